// Every exported DOCX is read back by pandoc and compared with its source document, then turned
// into PDF by LibreOffice (one soffice run for all files) and searched with pdftotext.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx';
import type { ExportInput } from '../../core/export/input';
import { ALL_LETTERS_LINES, AZ_LETTERS, FIXTURES, link, p, t, RU_LOWER, RU_UPPER, TEST_SETTINGS, fixtureInput, type Fixture } from '../helpers/export-fixtures';
import { docBlocks, pandocBlocks, pandocMetaText, pandocRead, type Block, type PandocDoc } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools, runTool } from '../helpers/tools';
import { zipEntryText } from '../helpers/zip';

interface Exported {
  fixture: Fixture;
  input: ExportInput;
  docx: Uint8Array;
  pandoc: PandocDoc;
  pdfText: string;
}

describe.skipIf(missingTools('pandoc', 'soffice', 'pdftotext'))('DOCX export', () => {
  let dir: string;
  const exported = new Map<string, Exported>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-docx-'));
    const files: string[] = [];
    const inputs = FIXTURES.map((fixture) => ({ fixture, input: fixtureInput(fixture, { keywords: ['Qazaxıstan', 'ekstradisiya'] }) }));
    for (const { fixture, input } of inputs) {
      const path = join(dir, `${fixture.name}.docx`);
      writeFileSync(path, await exportDocx(input));
      files.push(path);
    }
    // soffice takes seconds to start: one run converts every file, in a profile of its own.
    runTool(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { timeout: 180_000 },
    );
    for (const { fixture, input } of inputs) {
      const path = join(dir, `${fixture.name}.docx`);
      const pdfText = runTool('pdftotext', ['-enc', 'UTF-8', join(dir, `${fixture.name}.pdf`), '-']);
      exported.set(fixture.name, { fixture, input, docx: readFileSync(path), pandoc: pandocRead(path), pdfText });
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (name: string) => exported.get(name)!;

  describe.each(FIXTURES.map((fixture) => fixture.name))('%s', (name) => {
    it('comes back from pandoc with the same blocks, marks, links and text', () => {
      const { fixture, pandoc } = get(name);
      const expected = name === 'letters' ? lettersBlocks() : docBlocks(fixture.body.content ?? []);
      expect(pandocBlocks(pandoc.blocks)).toEqual(expected);
    });

    it('has the title and dateline as Title and Subtitle', () => {
      const { fixture, pandoc } = get(name);
      expect(pandocMetaText(pandoc, 'title')).toBe(fixture.title);
      const date = { az: '3 aprel 2024', en: 'April 3, 2024', ru: '3 апреля 2024 г.' }[fixture.language];
      expect(pandocMetaText(pandoc, 'subtitle')).toBe(`Bakı, ${date}`);
    });

    it('prints through LibreOffice with its text, header and page numbers', () => {
      const { fixture, pdfText } = get(name);
      const text = pdfText.normalize('NFC');
      expect(text).toContain(TEST_SETTINGS.officeName[fixture.language]);
      const pageLine = { az: 'Səhifə 1 / 1', en: 'Page 1 of 1', ru: 'Страница 1 из 1' }[fixture.language];
      expect(text).toContain(pageLine);
      for (const block of docBlocks(fixture.body.content ?? [])) {
        if (block.kind === 'heading') expect(text).toContain(block.runs.map((run) => run.text).join(''));
      }
    });

    it('names the release language on every run, and in the properties', () => {
      const { fixture, docx } = get(name);
      const tag = { az: 'az-Latn-AZ', en: 'en-US', ru: 'ru-RU' }[fixture.language];
      const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(zipEntryText(docx, 'word/styles.xml'))?.[0] ?? '';
      expect(defaults).toContain(`<w:lang w:val="${tag}"/>`);
      const core = zipEntryText(docx, 'docProps/core.xml');
      expect(core).toContain(`<dc:language>${tag}</dc:language>`);
      expect(core).toContain(`<dc:creator>${TEST_SETTINGS.officeName[fixture.language]}</dc:creator>`);
      expect(core).toContain('<cp:keywords>Qazaxıstan, ekstradisiya</cp:keywords>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-03T11:20:11Z</dcterms:modified>');
    });
  });

  it('defines the named styles Word, LibreOffice and pandoc know', () => {
    const styles = zipEntryText(get('headings').docx, 'word/styles.xml');
    for (const [id, name] of [
      ['Title', 'Title'],
      ['Subtitle', 'Subtitle'],
      ['Heading1', 'Heading 1'],
      ['Heading2', 'Heading 2'],
      ['Heading3', 'Heading 3'],
      ['Normal', 'Normal'],
      ['ListParagraph', 'List Paragraph'],
      ['Quote', 'Quote'],
    ]) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"`, 'i'));
    }
  });

  it('starts each ordered list again at its own start', () => {
    const { pandoc, docx } = get('lists');
    const starts = pandocBlocks(pandoc.blocks).flatMap((block) => (block.kind === 'ordered' ? [block.start] : []));
    expect(starts).toEqual([1, 1, 4]);
    // Each top-level ordered list is a numbering instance of its own in the document.
    const numIds = [...zipEntryText(docx, 'word/document.xml').matchAll(/<w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    const topLevelLists = 4;
    expect(new Set(numIds).size).toBe(topLevelLists);
  });

  it('keeps every letter, NBSP, soft hyphen and emoji exactly, and maps U+000B/U+000C', () => {
    const { docx, pdfText } = get('letters');
    const xml = zipEntryText(docx, 'word/document.xml');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('<w:softHyphen/>');
    const text = pdfText.normalize('NFC');
    for (const letters of [AZ_LETTERS, RU_UPPER, RU_LOWER]) expect(text).toContain(letters);
    // PDF text has no no-break space: pdftotext gives a plain one.
    expect(text).toMatch(/ü nb[\u00A0 ]sp/);
    expect(text).toMatch(/vt\s*\n\s*ff end/);
  });

  it('carries the letterhead logo as an image in the header', () => {
    const docx = get('headings').docx;
    const rels = zipEntryText(docx, 'word/_rels/header1.xml.rels');
    expect(rels).toMatch(/Target="media\/[^"]+\.png"/);
    expect(zipEntryText(docx, 'word/header1.xml')).toContain('<pic:pic');
    expect(zipEntryText(docx, 'word/footer1.xml')).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });
});

describe.skipIf(missingTools('pandoc'))('DOCX export around the body', () => {
  it('puts the lead first and the boilerplate and media contact last, and drops unsafe links', async () => {
    const input = fixtureInput(FIXTURES[0], {
      settings: {
        ...TEST_SETTINGS,
        logo: null,
        boilerplate: { ...TEST_SETTINGS.boilerplate, az: 'Birinci bağlayıcı abzas.\n\nİkinci abzas.' },
        mediaContact: { ...TEST_SETTINGS.mediaContact, az: 'Mətbuat xidməti\n+994 12 000 00 00' },
      },
    });
    input.release.lead = 'Baş prokuror\u000Bqonaqları qəbul edib.';
    // normalizeDoc never stores such a link; the exporter must not trust that it did.
    input.release.body = { type: 'doc', content: [p(t('Bax: '), t('bura', link('javascript:alert(1)')))] };
    const path = join(tempDir(), 'around.docx');
    writeFileSync(path, await exportDocx(input));
    expect(pandocBlocks(pandocRead(path).blocks)).toEqual([
      { kind: 'para', runs: [{ text: 'Baş prokuror qonaqları qəbul edib.', marks: ['strong'] }] },
      { kind: 'para', runs: [{ text: 'Bax: bura', marks: [] }] },
      { kind: 'para', runs: [{ text: 'Birinci bağlayıcı abzas.', marks: [] }] },
      { kind: 'para', runs: [{ text: 'İkinci abzas.', marks: [] }] },
      { kind: 'para', runs: [{ text: 'Mətbuat xidməti\n+994 12 000 00 00', marks: [] }] },
    ]);
  });
});

/** The letters fixture as pandoc must read it back: written out by hand, not by the exporter. */
function lettersBlocks(): Block[] {
  return [{ kind: 'para', runs: [{ text: ALL_LETTERS_LINES.join('\n'), marks: [] }] }];
}
