// The embargo notice as a recipient meets it: each export written through the app's own call, then
// read back by pandoc (HTML, DOCX) and pdftotext (PDF, printed by Chromium from the HTML).
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { ExportFormat, Language } from '../../core/api';
import { appCalls } from '../helpers/app-calls';
import { missingBrowser, missingTools, runTool } from '../helpers/tools';

// Written out by hand: 10:00 in Baku on 1 January 2099, in each release language.
const NOTICES: Record<Language, string> = {
  az: 'EMBARGO: 1 yanvar 2099, 10:00 (UTC+04:00) tarixinədək yayımlanmamalıdır',
  en: 'EMBARGOED until January 1, 2099, 10:00 (UTC+04:00)',
  ru: 'ЭМБАРГО до 1 января 2099 г., 10:00 (UTC+04:00)',
};
const BODIES: Record<Language, string> = {
  az: 'Görüşdə hüquqi yardım məsələləri müzakirə olunub.',
  en: 'Legal assistance was discussed at the meeting.',
  ru: 'На встрече обсуждены вопросы правовой помощи.',
};
const TITLES: Record<Language, string> = {
  az: 'Baş prokuror Özbəkistan nümayəndə heyətini qəbul edib',
  en: 'The Prosecutor General received a delegation of Uzbekistan',
  ru: 'Генеральный прокурор принял делегацию Узбекистана',
};

/** The exported file as plain text lines, as its recipient's tools read it. */
function readBack(path: string, format: ExportFormat): string[] {
  const text = format === 'pdf' ? runTool('pdftotext', ['-enc', 'UTF-8', path, '-']) : runTool('pandoc', ['-f', format, '-t', 'plain', '--wrap=none', path]);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe.skipIf(missingTools('pandoc', 'pdftotext') || missingBrowser())('the embargo notice in exports', () => {
  for (const language of ['az', 'en', 'ru'] as const) {
    it(`stands at the top of HTML, DOCX and PDF in ${language} until the embargo is lifted`, async () => {
      const app = appCalls();
      await app.call('updateSettings', { officer: { name: 'Rəşad Əliyev', role: 'approver' } });
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: BODIES[language] }] }] };
      const release = await app.call('createRelease', { title: TITLES[language], language, releaseDate: '2099-01-01', body });
      await app.call('setEmbargo', { id: release.id, until: '2099-01-01T10:00' });

      for (const format of ['html', 'docx', 'pdf'] as const) {
        const file = await app.call('exportRelease', { id: release.id, format });
        const lines = readBack(file.path, format);
        // The HTML page's header (office name) comes after the notice; the title follows in each.
        expect(lines[0], format).toBe(NOTICES[language]);
        // PDF lines wrap where the page ends.
        expect(lines.join(' '), format).toContain(TITLES[language]);
      }
      const html = readFileSync((await app.call('exportRelease', { id: release.id, format: 'html' })).path, 'utf8');
      expect(html).toContain('<meta name="embargo" content="2099-01-01T10:00:00+04:00">');
      const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
      expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
      expect((await app.call('getHtmlFragment', { id: release.id })).html).toContain(NOTICES[language]);

      await app.call('setEmbargo', { id: release.id, until: null });
      for (const format of ['html', 'docx', 'pdf'] as const) {
        const file = await app.call('exportRelease', { id: release.id, format });
        const text = readBack(file.path, format).join(' ');
        expect(text, format).not.toContain(NOTICES[language]);
        // pandoc takes a DOCX title at the very top for metadata, so the body is what shows the file is whole.
        expect(text, format).toContain(BODIES[language]);
      }
      expect(readFileSync((await app.call('exportRelease', { id: release.id, format: 'html' })).path, 'utf8')).not.toContain('name="embargo"');
      app.db.close();
    }, 120_000);
  }
});
