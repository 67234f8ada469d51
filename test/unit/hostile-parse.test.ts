// Hostile nesting in every format read through htmlparser2: the read ends within the depth limit
// (XML refused, HTML flattened), so the work stays linear in the file's length.
import { describe, expect, it } from 'vitest';
import { importFileBytes } from '../../core/import/import-file';
import { flattenDeepHtml } from '../../core/import/bounded-parser';
import { foldWarnings, ImportRefusedError } from '../../core/import/types';
import { docToText } from '../../core/doc-text';
import { MAX_ELEMENT_DEPTH, MAX_SEGMENT_CHARS, MAX_TERM_CHARS } from '../../core/limits';
import { readTbx } from '../../core/translate/tbx';
import { readTmx } from '../../core/translate/tmx';
import { readXliff } from '../../core/translate/xliff';

const DEEP = 200_000;
const nest = (open: string, close: string, inner: string) => open.repeat(DEEP) + inner + close.repeat(DEEP);

function refusal(read: () => unknown): ImportRefusedError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error('the file was read without a refusal');
}

describe('nesting 200,000 deep', () => {
  it('is refused in TMX, naming the limit', () => {
    const xml = `<tmx version="1.4"><header srclang="az"/><body><tu><tuv xml:lang="az"><seg>${nest('<bpt>', '</bpt>', 'x')}</seg></tuv></tu></body></tmx>`;
    const error = refusal(() => readTmx(xml));
    expect(error.refusal).toBe('too-deep');
    expect(error.message).toContain(String(MAX_ELEMENT_DEPTH));
  });

  it('is refused in XLIFF', () => {
    const xml = `<xliff version="2.0" srcLang="az" trgLang="en"><file id="1">${nest('<group>', '</group>', '<unit id="s1"><segment><source>a</source></segment></unit>')}</file></xliff>`;
    expect(refusal(() => readXliff(xml, { srcLang: 'az', trgLang: 'en', segments: [] })).refusal).toBe('too-deep');
  });

  it('is refused in TBX', () => {
    const xml = `<martif type="TBX-Basic"><text><body>${nest('<termEntry>', '</termEntry>', '')}</body></text></martif>`;
    expect(refusal(() => readTbx(xml)).refusal).toBe('too-deep');
  });

  it('is flattened in HTML, its text kept and the flattening reported', async () => {
    const html = `<p>başlanğıc</p>${nest('<span>', '</span>', 'dərində')}<p>son</p>`;
    const { draft } = await importFileBytes('deep.html', new TextEncoder().encode(html));
    expect(docToText(draft.body)).toContain('dərində');
    expect(docToText(draft.body)).toContain('son');
    expect(draft.warnings).toContainEqual({ code: 'not-kept', detail: `nesting deeper than ${MAX_ELEMENT_DEPTH} levels` });
  });

  it('keeps unclosed paragraphs and list items of ordinary HTML as they are', () => {
    const html = '<ul>' + '<li>bənd'.repeat(1_000) + '</ul>' + '<p>abzas'.repeat(1_000) + '<div/>'.repeat(10);
    expect(flattenDeepHtml(html)).toEqual({ html, flattened: false });
  });
});

describe('texts beyond the limits', () => {
  const huge = 'ə'.repeat(7 * 1024 * 1024);

  it('a 7 MB term in TBX is refused, the entry named, the others kept', () => {
    const entry = (id: string, az: string) =>
      `<termEntry id="${id}"><langSet xml:lang="az"><tig><term>${az}</term></tig></langSet><langSet xml:lang="en"><tig><term>term</term></tig></langSet></termEntry>`;
    const read = readTbx(`<martif type="TBX-Basic"><text><body>${entry('t1', huge)}${entry('t2', 'termin')}</body></text></martif>`);
    expect(read.terms.map((t) => t.az)).toEqual(['termin']);
    expect(read.problems).toEqual([{ entry: 1, id: 't1', reason: `a term longer than ${MAX_TERM_CHARS} characters, the limit` }]);
  });

  it('a TMX segment longer than the limit is left out with a warning', () => {
    const tu = (az: string) => `<tu><tuv xml:lang="az"><seg>${az}</seg></tuv><tuv xml:lang="en"><seg>text</seg></tuv></tu>`;
    const read = readTmx(`<tmx version="1.4"><header srclang="az"/><body>${tu('ə'.repeat(MAX_SEGMENT_CHARS + 1))}${tu('mətn')}</body></tmx>`);
    expect(read.units.map((u) => u.source)).toEqual(['mətn']);
    expect(read.warnings).toContainEqual(expect.objectContaining({ code: 'too-long', count: 1, firstUnit: 1 }));
  });
});

describe('import warnings', () => {
  it('are folded into one with a count', () => {
    const warnings = foldWarnings([
      ...Array.from({ length: 10_000 }, () => ({ code: 'not-kept' as const, detail: 'image' })),
      { code: 'date-missing' as const },
    ]);
    expect(warnings).toEqual([{ code: 'not-kept', detail: 'image', count: 10_000 }, { code: 'date-missing' }]);
  });

  it('from 10,000 dropped images in an HTML file come as one', async () => {
    const html = '<p>mətn</p>' + '<img src="data:image/png;base64,AA==">'.repeat(10_000);
    const { draft } = await importFileBytes('images.html', new TextEncoder().encode(html));
    expect(draft.warnings.filter((w) => w.detail === 'image')).toEqual([{ code: 'not-kept', detail: 'image', count: 10_000 }]);
  });
});
