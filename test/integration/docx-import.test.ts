// DOCX files written by independent programs (pandoc from Markdown, LibreOffice from HTML) are
// imported and compared, block by block and run by run, with what was written into them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { normalizeDoc } from '../../core/doc-schema';
import { importDocx } from '../../core/import/docx-import';
import { ImportRefusedError } from '../../core/import/types';
import { docBlocks, type Block, type Run } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools, runTool } from '../helpers/tools';

const plain = (text: string): Run => ({ text, marks: [] });
const para = (...runs: Run[]): Block => ({ kind: 'para', runs });

// A 1×1 PNG, so pandoc has a real image to embed.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

const MARKDOWN = `# Birinci başlıq

Mətn **qalın**, *kursiv*, [altından xətt]{.underline} və ~~pozulmuş~~. Bax [sayt](https://prosecutor.gov.az/az). Qeyd burada[^1].

## İkinci başlıq

- Bir
    - İç içə
- İki

1. Üçüncü
2. Dördüncü

> Sitat mətni.

| Ad | Say |
|----|-----|
| Əli | 3 |

::: {custom-style="Başlıq 3"}
Yerli adlı başlıq
:::

::: {custom-style="Xüsusi üslub"}
Xüsusi üslubda mətn.
:::

![Şəkil](pixel.png)

[^1]: Qeydin mətni.
`;

async function pandocDocx(dir: string): Promise<Buffer> {
  writeFileSync(join(dir, 'release.md'), MARKDOWN);
  writeFileSync(join(dir, 'pixel.png'), PNG);
  const out = join(dir, 'release.docx');
  runTool(
    'pandoc',
    [
      '-f',
      'markdown',
      '-t',
      'docx',
      '--metadata',
      'title=Sənəd başlığı',
      '--metadata',
      'subtitle=Qısa məzmun',
      '--metadata',
      'author=Mətbuat xidməti',
      '--metadata',
      'lang=az',
      '-o',
      out,
      'release.md',
    ],
    { cwd: dir },
  );
  return readFileSync(out);
}

describe.skipIf(missingTools('pandoc'))('importDocx on a DOCX written by pandoc', () => {
  it('keeps title, subtitle, headings, lists, quote, table, marks, link and footnote, and reads the properties', async () => {
    const draft = await importDocx(await pandocDocx(tempDir()));

    expect(draft.title).toBe('Sənəd başlığı');
    expect(draft.lead).toBe('Qısa məzmun');
    expect(draft.language).toBe('az');
    expect(draft.properties).toMatchObject({ title: 'Sənəd başlığı', author: 'Mətbuat xidməti', language: 'az' });
    expect(normalizeDoc(draft.body)).toEqual(draft.body);

    expect(docBlocks(draft.body.content ?? [])).toEqual<Block[]>([
      // pandoc writes the author as a paragraph of the document, so it is text of the document.
      para(plain('Mətbuat xidməti')),
      { kind: 'heading', level: 1, runs: [plain('Birinci başlıq')] },
      para(
        plain('Mətn '),
        { text: 'qalın', marks: ['strong'] },
        plain(', '),
        { text: 'kursiv', marks: ['emph'] },
        plain(', '),
        { text: 'altından xətt', marks: ['underline'] },
        plain(' və '),
        { text: 'pozulmuş', marks: ['strikeout'] },
        plain('. Bax '),
        { text: 'sayt', marks: [], href: 'https://prosecutor.gov.az/az' },
        plain('. Qeyd burada[1].'),
      ),
      { kind: 'heading', level: 2, runs: [plain('İkinci başlıq')] },
      { kind: 'bullets', items: [[para(plain('Bir')), { kind: 'bullets', items: [[para(plain('İç içə'))]] }], [para(plain('İki'))]] },
      { kind: 'ordered', start: 1, items: [[para(plain('Üçüncü'))], [para(plain('Dördüncü'))]] },
      { kind: 'quote', blocks: [para(plain('Sitat mətni.'))] },
      { kind: 'table', head: [['Ad', 'Say']], body: [['Əli', '3']] },
      { kind: 'heading', level: 3, runs: [plain('Yerli adlı başlıq')] },
      para(plain('Xüsusi üslubda mətn.')),
      // pandoc writes the image's text as its caption, under the image.
      para(plain('Şəkil')),
      { kind: 'heading', level: 2, runs: [plain('Qeydlər')] },
      { kind: 'ordered', start: 1, items: [[para(plain('Qeydin mətni.'))]] },
    ]);

    const codes = draft.warnings.map((warning) => warning.code);
    expect(codes).toContain('footnotes-inlined');
    // The image is left out, but its description is named.
    expect(draft.warnings).toContainEqual({ code: 'not-kept', detail: 'image: Şəkil' });
    expect(draft.warnings.filter((w) => w.code === 'not-kept' && w.detail?.includes('Xüsusi üslub'))).toHaveLength(1);
    // Styles that are only body text under another name are not reported.
    expect(draft.warnings.some((w) => /First Paragraph|Compact|Body Text|Caption/.test(w.detail ?? ''))).toBe(false);
  });
});

describe.skipIf(missingTools('soffice'))('importDocx on a DOCX written by LibreOffice', () => {
  it("reads the structure and the title property, and the language from the Cyrillic text over LibreOffice's locale", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'release.html'),
      `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Пресс-релиз</title></head><body>
<h2>Встреча делегаций</h2>
<p>Прокурор <b>принял</b> делегацию, <i>обсуждение</i> было <u>открытым</u>; <a href="https://example.org/">подробнее</a>.</p>
<ul><li>Первый</li><li>Второй<ul><li>Вложенный</li></ul></li></ul>
<ol><li>Один</li><li>Два</li></ol>
<table border="1"><tr><td>Страна</td><td>Число</td></tr><tr><td>Грузия</td><td>4</td></tr></table>
</body></html>`,
    );
    runTool(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        join(dir, 'release.html'),
      ],
      { timeout: 120_000 },
    );
    const bytes = readFileSync(join(dir, 'release.docx'));
    const declared = /<dc:language>([^<]*)</.exec(await new JSZip().loadAsync(bytes).then((zip) => zip.file('docProps/core.xml')!.async('string')))?.[1];

    const draft = await importDocx(bytes);

    expect(draft.properties.title).toBe('Пресс-релиз');
    expect(draft.properties.language).toBe(declared);
    expect(draft.language).toBe('ru');
    // No Title paragraph: the title property is proposed, and said to be.
    expect(draft.title).toBe('Пресс-релиз');
    expect(draft.warnings).toContainEqual({ code: 'title-proposed', detail: 'Пресс-релиз' });
    expect(docBlocks(draft.body.content ?? [])).toEqual<Block[]>([
      { kind: 'heading', level: 2, runs: [plain('Встреча делегаций')] },
      para(
        plain('Прокурор '),
        { text: 'принял', marks: ['strong'] },
        plain(' делегацию, '),
        { text: 'обсуждение', marks: ['emph'] },
        plain(' было '),
        { text: 'открытым', marks: ['underline'] },
        plain('; '),
        { text: 'подробнее', marks: [], href: 'https://example.org/' },
        plain('.'),
      ),
      { kind: 'bullets', items: [[para(plain('Первый'))], [para(plain('Второй')), { kind: 'bullets', items: [[para(plain('Вложенный'))]] }]] },
      { kind: 'ordered', start: 1, items: [[para(plain('Один'))], [para(plain('Два'))]] },
      {
        kind: 'table',
        head: [],
        body: [
          ['Страна', 'Число'],
          ['Грузия', '4'],
        ],
      },
    ]);
  });
});

describe('importDocx on files that are not Word documents', () => {
  const refusal = async (bytes: Uint8Array) => {
    try {
      await importDocx(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportRefusedError);
      return (error as ImportRefusedError).refusal;
    }
    throw new Error('the file was imported');
  };

  it('refuses a text file renamed to .docx', async () => {
    expect(await refusal(new TextEncoder().encode('Bu mətn Word sənədi deyil.\n'))).toBe('damaged');
  });

  it('refuses a ZIP package with no Word document in it', async () => {
    const zip = new JSZip();
    zip.file('word/other.xml', '<x/>');
    zip.file('docProps/core.xml', '<cp:coreProperties/>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBe('damaged');
  });

  it('refuses an empty file', async () => {
    expect(await refusal(new Uint8Array())).toBe('empty');
  });

  describe.skipIf(missingTools('pandoc'))('with pandoc', () => {
    it('refuses a DOCX cut short', async () => {
      const whole = await pandocDocx(tempDir());
      expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toBe('damaged');
    });

    it('refuses a DOCX whose document part is not XML', async () => {
      const zip = await JSZip.loadAsync(await pandocDocx(tempDir()));
      zip.file('word/document.xml', 'not < xml at all');
      expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBe('damaged');
    });
  });
});
