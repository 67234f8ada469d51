// Word's own XML for what other programs rarely write: each feature in a small package made here,
// imported, and compared with pandoc's reading of the same file where pandoc reads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { importDocx } from '../../core/import/docx-import';
import { docBlocks, pandocBlocks, pandocRead, type Block } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';
import { p, r, wordDocx, type WordParts } from '../helpers/word-docx';

async function fixture(parts: WordParts): Promise<{ bytes: Uint8Array; file: string }> {
  const bytes = await wordDocx(parts);
  const file = join(tempDir(), 'fixture.docx');
  writeFileSync(file, bytes);
  return { bytes, file };
}

const ours = (body: DocNode): Block[] => docBlocks(body.content ?? []);
const pandocs = (file: string, options: string[] = []): Block[] => pandocBlocks(pandocRead(file, options).blocks as never);
const texts = (blocks: Block[]): string[] => blocks.map((b) => ('runs' in b ? b.runs.map((run) => run.text).join('') : JSON.stringify(b)));

const AUTHOR = 'w:author="Leyla Məmmədova" w:date="2026-11-30T09:15:00Z"';
const OTHER = 'w:author="R. Quliyev" w:date="2026-12-01T14:02:00Z"';

// Insertions, deletions, a move and a deleted paragraph mark, as Word writes them.
const TRACKED: WordParts = {
  body: [
    p(`${r('Prokurorluq ')}<w:del w:id="1" ${AUTHOR}><w:r><w:delText>dünən </w:delText></w:r></w:del><w:ins w:id="2" ${AUTHOR}>${r('bu gün ')}</w:ins>${r('məlumat yaydı.')}`),
    p(`${r('Birinci cümlə.')}`, `<w:rPr><w:del w:id="3" ${OTHER}/></w:rPr>`),
    p(`${r(' İkinci cümlə')}<w:ins w:id="4" ${OTHER}>${r(' əlavə olundu')}</w:ins>${r('.')}`),
    p(`<w:moveFromRangeStart w:id="5" w:name="move1" ${AUTHOR}/><w:moveFrom w:id="6" ${AUTHOR}>${r('Köçən abzas. ').replace('w:t ', 'w:t ')}</w:moveFrom><w:moveFromRangeEnd w:id="5"/>${r('Qalan mətn.')}`),
    p(`${r('Son abzas.')}<w:moveToRangeStart w:id="7" w:name="move1" ${AUTHOR}/><w:moveTo w:id="8" ${AUTHOR}>${r(' Köçən abzas.')}</w:moveTo><w:moveToRangeEnd w:id="7"/>`),
  ].join(''),
};

describe('tracked changes', () => {
  it('lists every change with its author and date, and keeps them as marks by default', async () => {
    const { bytes } = await fixture(TRACKED);
    const draft = await importDocx(bytes);
    expect(draft.word?.trackedChangeMode).toBe('keep');
    expect(draft.word?.trackedChanges).toEqual([
      { kind: 'deletion', author: 'Leyla Məmmədova', date: '2026-11-30T09:15:00Z', text: 'dünən ' },
      { kind: 'insertion', author: 'Leyla Məmmədova', date: '2026-11-30T09:15:00Z', text: 'bu gün ' },
      { kind: 'paragraph-mark', author: 'R. Quliyev', date: '2026-12-01T14:02:00Z', text: '' },
      { kind: 'insertion', author: 'R. Quliyev', date: '2026-12-01T14:02:00Z', text: ' əlavə olundu' },
      { kind: 'move', author: 'Leyla Məmmədova', date: '2026-11-30T09:15:00Z', text: 'Köçən abzas. ' },
      { kind: 'move', author: 'Leyla Məmmədova', date: '2026-11-30T09:15:00Z', text: ' Köçən abzas.' },
    ]);
    expect(draft.warnings).toContainEqual({ code: 'tracked-changes', detail: 'keep', count: 6 });
    const first = draft.body.content![0].content!;
    expect(first.map((n) => [n.text, n.marks?.map((m) => `${m.type}:${m.attrs?.author}`).join() ?? ''])).toEqual([
      ['Prokurorluq ', ''],
      ['dünən ', 'deletion:Leyla Məmmədova'],
      ['bu gün ', 'insertion:Leyla Məmmədova'],
      ['məlumat yaydı.', ''],
    ]);
  });

  describe.skipIf(missingTools('pandoc'))('accepted and rejected as Word does', () => {
    for (const mode of ['accept', 'reject'] as const) {
      it(`"${mode} all" gives the text pandoc gives with --track-changes=${mode}`, async () => {
        const { bytes, file } = await fixture(TRACKED);
        const draft = await importDocx(bytes, { trackedChanges: mode });
        expect(texts(ours(draft.body))).toEqual(texts(pandocs(file, [`--track-changes=${mode}`])));
        // And the text Word shows, written out.
        expect(texts(ours(draft.body))).toEqual(
          mode === 'accept'
            ? ['Prokurorluq bu gün məlumat yaydı.', 'Birinci cümlə. İkinci cümlə əlavə olundu.', 'Qalan mətn.', 'Son abzas. Köçən abzas.']
            : ['Prokurorluq dünən məlumat yaydı.', 'Birinci cümlə.', 'İkinci cümlə.', 'Köçən abzas. Qalan mətn.', 'Son abzas.'],
        );
        expect(JSON.stringify(draft.body)).not.toMatch(/insertion|deletion|\uE000|\uE002/);
      });
    }
  });
});

describe.skipIf(missingTools('pandoc'))('the package', () => {
  it('finds the main part through _rels/.rels when it is not word/document.xml', async () => {
    const { bytes, file } = await fixture({ mainPath: 'word/main-text.xml', body: p(r('Əsas hissə başqa adla saxlanıb.')) + p(r('İkinci abzas.')) });
    const draft = await importDocx(bytes);
    expect(ours(draft.body)).toEqual(pandocs(file));
    expect(texts(ours(draft.body))).toEqual(['Əsas hissə başqa adla saxlanıb.', 'İkinci abzas.']);
  });
});
