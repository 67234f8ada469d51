// Import and export as the app runs them: through the dispatcher (the path IPC and HTTP take) on a
// real database file, files written into a real folder, and the built CLI as a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { tempDir } from '../helpers/temp-dir';
import { appCalls } from '../helpers/app-calls';
import { richRelease } from '../bench/rich-release';
import { missingBrowser, missingTools, runTool } from '../helpers/tools';

const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');
beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'pressdesk.mjs'))) {
    throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first (npm test does it).');
  }
});

const NEWS_COPY = [
  'date 2024-04 Qazaxıstan nümayəndə heyəti Bakıda',
  '',
  'Baş prokuror Kamran Əliyev Qazaxıstanın nümayəndə heyəti ilə görüşüb. Görüşdə əməkdaşlığın inkişaf etdirilməsi müzakirə olundu-',
  'ğu bildirilib.',
  '',
  'You must enable Javascript on your browser for the site to work optimally and display sections completely.',
  '',
  'Tərəflər hüquq-mühafizə orqanları arasında əlaqələrin genişləndirilməsini vurğulayıblar.',
].join('\n');

function setup() {
  const { dir, dbPath, db, exportDir, call } = appCalls();
  const importText = (fileName: string, text: string | Uint8Array, force = false) =>
    call('importFile', { fileName, data: Buffer.from(text).toString('base64'), force });
  return { dir, dbPath, db, exportDir, call, importText };
}

function imported(outcome: ImportOutcome) {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('importing through the API', () => {
  it('imports a news-site copy clean, remembers what it changed, and lets a change be undone', async () => {
    const { db, call, importText } = setup();
    const outcome = imported(await importText('xeber.txt', NEWS_COPY));
    const release = outcome.release;
    expect(release.title).toBe('Qazaxıstan nümayəndə heyəti Bakıda');
    expect(release.releaseDate).toBe('2024-04-01');
    // The first paragraph is the lead; the rest is the body.
    const text = `${release.lead}\n\n${docToText(release.body)}`;
    expect(release.lead).toContain('müzakirə olunduğu bildirilib');
    expect(text).toContain('hüquq-mühafizə');
    expect(text).not.toContain('Javascript');
    const join = outcome.changes.find((change) => change.kind === 'hyphen-join');
    expect(join).toBeDefined();

    const record = await call('getImportRecord', { releaseId: release.id });
    expect(record?.reapplicable).toBe(true);
    expect(record?.changes.map((c) => c.id)).toEqual(outcome.changes.map((c) => c.id));

    const undone = await call('reapplyImport', { releaseId: release.id, revision: release.revision, skip: [join!.id] });
    expect(undone.lead).toContain('olundu-ğu bildirilib');
    expect((await call('getImportRecord', { releaseId: release.id }))?.skipped).toEqual([join!.id]);
    // The cleaned text it replaced is kept in the history.
    const revisions = await call('listRevisions', { releaseId: release.id });
    const before = await call('getRevision', { id: revisions[revisions.length - 1].id });
    expect(before.fields.lead).toContain('olunduğu');
    db.close();
  });

  it('does not import the same text twice unless asked, and refuses what it cannot read', async () => {
    const { db, importText } = setup();
    const first = imported(await importText('a.txt', NEWS_COPY));
    // The same text under another name, with Windows line ends, is still the same text.
    const again = await importText('copy of a.txt', NEWS_COPY.replace(/\n/g, '\r\n'));
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: { id: first.release.id } });
    expect((await importText('copy of a.txt', NEWS_COPY, true)).status).toBe('imported');

    const refusals = await Promise.all([
      importText('empty.txt', ''),
      importText('scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 0, 1, 2])),
      importText('old.doc', 'whatever'),
      importText('fake.docx', 'not a zip'),
    ]);
    expect(refusals.map((r) => (r.status === 'refused' ? r.reason.code : r.status))).toEqual(['empty', 'binary', 'unsupported-format', 'damaged']);
    for (const refusal of refusals) if (refusal.status === 'refused') expect(refusal.reason.message.length).toBeGreaterThan(10);
    db.close();
  });

  it('imports HTML and Markdown through the sanitiser', async () => {
    const { db, importText } = setup();
    const html = imported(
      await importText(
        'page.html',
        '<html lang="ru"><head><title>Встреча</title><script>alert(1)</script></head><body><h1 class="title">Встреча в Баку</h1>' +
          '<p onclick="x()">Генеральный прокурор <a href="javascript:alert(1)">встретился</a> с делегацией.</p><img src="https://evil.example/p.png"></body></html>',
      ),
    );
    expect(html.release.language).toBe('ru');
    const json = JSON.stringify(html.release.body);
    expect(json).not.toMatch(/script|alert|onclick|evil\.example|javascript/i);
    expect(docToText(html.release.body)).toContain('Генеральный прокурор встретился с делегацией.');
    expect(html.warnings.map((w) => w.code)).toContain('remote-image');

    const md = imported(await importText('note.md', '# Görüş\n\nBaş prokuror **qonaqları** qəbul edib.\n\n- bir\n- iki\n'));
    expect(md.release.title).toBe('Görüş');
    expect(md.release.body.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    db.close();
  });
});

describe('exporting through the API', () => {
  it('writes HTML, DOCX and PDF into the export folder under dated names, never over an existing file', async () => {
    const { db, call, importText, exportDir } = setup();
    const { release } = imported(await importText('xeber.txt', NEWS_COPY));
    const html = await call('exportRelease', { id: release.id, format: 'html' });
    expect(html.fileName).toBe('2024-04-01-qazaxıstan-nümayəndə-heyəti-bakıda.html');
    const page = readFileSync(html.path, 'utf8');
    expect(page).toContain('<html lang="az');
    expect(page).toContain('Qazaxıstan nümayəndə heyəti Bakıda');

    const docx = await call('exportRelease', { id: release.id, format: 'docx' });
    expect(readFileSync(docx.path).subarray(0, 2).toString()).toBe('PK');

    const again = await call('exportRelease', { id: release.id, format: 'html' });
    expect(again.fileName).toBe('2024-04-01-qazaxıstan-nümayəndə-heyəti-bakıda-2.html');
    expect(readdirSync(exportDir).sort()).toEqual([again.fileName, html.fileName, docx.fileName].sort());

    const fragment = await call('getHtmlFragment', { id: release.id });
    expect(fragment.html).not.toMatch(/<html|<head|<script|<style/i);
    expect(fragment.text).toContain('olunduğu bildirilib');
    db.close();
  });

  it.skipIf(missingBrowser() || missingTools('pdftotext'))('prints a PDF with Chromium whose text has ə and Cyrillic', async () => {
    const { db, call } = setup();
    const release = await call('createRelease', {
      title: 'Əməkdaşlıq — Сотрудничество',
      releaseDate: '2024-05-15',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Şəki, Gəncə və Москва: ğ ı ö ü ç ş ə.' }] }] },
    });
    const pdf = await call('exportRelease', { id: release.id, format: 'pdf' });
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = runTool('pdftotext', ['-enc', 'UTF-8', pdf.path, '-']);
    expect(text).toContain('Əməkdaşlıq');
    expect(text).toContain('Сотрудничество');
    expect(text).toContain('Şəki, Gəncə və Москва');
    db.close();
  });
  it.skipIf(missingBrowser() || missingTools('pdftotext'))('prints page numbers on every page and the office name after the first', async () => {
    const { db, call } = setup();
    const settings = await call('getSettings', {});
    await call('updateSettings', { export: { ...settings.export, officeName: { ...settings.export.officeName, az: 'Baş Prokurorluq' } } });
    const rich = richRelease(11, 0, 2_500);
    const release = await call('createRelease', { title: rich.title, releaseDate: '2024-05-15', body: rich.body });
    const pdf = await call('exportRelease', { id: release.id, format: 'pdf' });
    const pages = runTool('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'])
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Səhifə ${i + 1} / ${pages.length}`);
      expect(page, `page ${i + 1}`).toContain('Baş Prokurorluq');
    });
    db.close();
  });
});

describe('pressdesk import / export (CLI)', () => {
  const pressdesk = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('imports files and prints each as JSON, then exports them by id', () => {
    const dir = tempDir();
    const db = join(dir, 'cli.db');
    const good = join(dir, 'xeber.txt');
    const bad = join(dir, 'scan.txt');
    writeFileSync(good, NEWS_COPY);
    writeFileSync(bad, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1]));
    const result = pressdesk('import', good, bad, '--db', db, '--json');
    expect(result.status).toBe(1);
    const printed = JSON.parse(result.stdout) as {
      status: string;
      id?: number;
      title?: string;
      date?: string;
      language?: string;
      warnings?: { code: string }[];
    }[];
    expect(printed[0]).toMatchObject({ status: 'imported', title: 'Qazaxıstan nümayəndə heyəti Bakıda', date: '2024-04-01', language: 'az' });
    expect(printed[0].warnings?.map((w) => w.code)).toContain('date-partial');
    expect(printed[1]).toMatchObject({ status: 'refused', reason: { code: 'binary' } });

    const out = join(dir, 'out');
    const exported = pressdesk('export', String(printed[0].id), '--format', 'docx', '--out', out, '--db', db);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(readdirSync(out)).toEqual(['2024-04-01-qazaxıstan-nümayəndə-heyəti-bakıda.docx']);

    const usage = pressdesk('export', '1', '--format', 'odt', '--out', out, '--db', db);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format html|docx|pdf');
  });
});
