// Every sample release, imported as an officer would and exported to DOCX, rendered by LibreOffice:
// no text line may be drawn over another (a wrapped title under an exact line height did that).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx';
import { decodeText } from '../../core/import/decode';
import { importPlainText } from '../../core/import/plain-text';
import { TEST_SETTINGS, UPDATED_AT } from '../helpers/export-fixtures';
import { overlappingLines, pdfLines } from '../helpers/pdf-lines';
import { missingTools } from '../helpers/tools';

const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
const haveSeeds = existsSync(seeds);
if (!haveSeeds) console.warn(`docx-rendering: ${seeds} is absent, so the sample releases are not rendered`);

describe.skipIf(!haveSeeds || missingTools('soffice', 'pdftotext'))('DOCX of every sample release rendered by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressdesk-docx-render-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no two text lines drawn over each other', async () => {
    const names = readdirSync(seeds).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(0);
    const files: string[] = [];
    for (const [i, name] of names.entries()) {
      const draft = importPlainText(decodeText(readFileSync(join(seeds, name))).text);
      const path = join(dir, name.replace(/\.txt$/, '.docx'));
      const release = {
        id: i + 1,
        title: draft.title,
        lead: draft.lead,
        dateline: draft.dateline ?? 'Bakı',
        releaseDate: draft.releaseDate,
        language: draft.language,
        body: draft.body,
        createdAt: UPDATED_AT,
        updatedAt: UPDATED_AT,
      };
      writeFileSync(path, await exportDocx({ release, settings: TEST_SETTINGS, generator: 'Pressdesk test' }));
      files.push(path);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    for (const file of files) {
      const lines = pdfLines(file.replace(/\.docx$/, '.pdf'));
      expect(lines.length, file).toBeGreaterThan(5);
      const overlaps = overlappingLines(lines).map(([a, b]) => `p${a.page}: «${a.text.slice(0, 40)}» / «${b.text.slice(0, 40)}»`);
      expect(overlaps, file).toEqual([]);
    }
  }, 240_000);
});
