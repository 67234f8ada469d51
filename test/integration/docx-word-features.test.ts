// Word's own XML for what other programs rarely write: each feature in a small package made here,
// imported, and compared with pandoc's reading of the same file where pandoc reads it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { importDocx } from '../../core/import/docx-import';
import { docBlocks, pandocBlocks, pandocRead, type Block } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';
import { p, picture, r, wordDocx, type WordParts } from '../helpers/word-docx';

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
    p(
      `${r('Prokurorluq ')}<w:del w:id="1" ${AUTHOR}><w:r><w:delText>dünən </w:delText></w:r></w:del><w:ins w:id="2" ${AUTHOR}>${r('bu gün ')}</w:ins>${r('məlumat yaydı.')}`,
    ),
    p(`${r('Birinci cümlə.')}`, `<w:rPr><w:del w:id="3" ${OTHER}/></w:rPr>`),
    p(`${r(' İkinci cümlə')}<w:ins w:id="4" ${OTHER}>${r(' əlavə olundu')}</w:ins>${r('.')}`),
    p(
      `<w:moveFromRangeStart w:id="5" w:name="move1" ${AUTHOR}/><w:moveFrom w:id="6" ${AUTHOR}>${r('Köçən abzas. ').replace('w:t ', 'w:t ')}</w:moveFrom><w:moveFromRangeEnd w:id="5"/>${r('Qalan mətn.')}`,
    ),
    p(
      `${r('Son abzas.')}<w:moveToRangeStart w:id="7" w:name="move1" ${AUTHOR}/><w:moveTo w:id="8" ${AUTHOR}>${r(' Köçən abzas.')}</w:moveTo><w:moveToRangeEnd w:id="7"/>`,
    ),
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
    expect(draft.warnings).toContainEqual({ code: 'tracked-changes', detail: 'Leyla Məmmədova, R. Quliyev', count: 6 });
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

const lvl = (ilvl: number, format: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%${ilvl + 1}."/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
const item = (text: string, numId: number, level = 0) =>
  p(r(text), `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);

const NUMBERING: WordParts = {
  styles: '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>',
  numbering: [
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal')}${lvl(1, 'lowerLetter')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerRoman')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperLetter')}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>',
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>',
  ].join(''),
  body: [
    item('Birinci', 1),
    item('İkinci', 1),
    item('Üçüncü', 1),
    item('alt bənd', 1, 1),
    item('daha bir alt bənd', 1, 1),
    p(r('Siyahını kəsən abzas.')),
    item('Dördüncü', 1),
    p(r('Roma rəqəmləri üçdən başlayır:')),
    item('üçüncü', 2),
    item('dördüncü', 2),
    p(r('Böyük hərflər:')),
    item('A bəndi', 3),
    item('B bəndi', 3),
  ].join(''),
};

describe.skipIf(missingTools('pandoc'))('structure, as Word shows it and pandoc reads it', () => {
  it('numbers lists as Word does: on after a paragraph, restarted by startOverride, a./i./A. kept', async () => {
    const { bytes, file } = await fixture(NUMBERING);
    const blocks = ours((await importDocx(bytes)).body);
    expect(blocks).toEqual(pandocs(file));
    expect(blocks.filter((b) => b.kind === 'ordered').map((b) => b.kind === 'ordered' && [b.start, b.style ?? '1'])).toEqual([
      [1, '1'],
      [4, '1'],
      [3, 'i'],
      [1, 'A'],
    ]);
    const first = blocks[0];
    expect(first.kind === 'ordered' && first.items[2][1]).toMatchObject({ kind: 'ordered', start: 1, style: 'a' });
  });

  it('keeps Heading 4 to 6, superscript and subscript', async () => {
    const heading = (level: number) =>
      `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`;
    const { bytes, file } = await fixture({
      styles: `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${[1, 2, 3, 4, 5, 6].map(heading).join('')}`,
      body: [
        ...[4, 5, 6].map((level) => p(r(`Başlıq ${level}`), `<w:pStyle w:val="Heading${level}"/>`)),
        p(
          `${r('Sahə 120 m')}${r('2', '<w:vertAlign w:val="superscript"/>')}${r(', qaz CO')}${r('2', '<w:vertAlign w:val="subscript"/>')}${r(', 1')}${r('st', '<w:vertAlign w:val="superscript"/>')}`,
        ),
      ].join(''),
    });
    const draft = await importDocx(bytes);
    expect(ours(draft.body)).toEqual(pandocs(file));
    expect(
      ours(draft.body)
        .slice(0, 3)
        .map((b) => b.kind === 'heading' && b.level),
    ).toEqual([4, 5, 6]);
    expect(draft.body.content![3].content!.filter((n) => n.marks).map((n) => `${n.text}:${n.marks![0].type}`)).toEqual([
      '2:superscript',
      '2:subscript',
      'st:superscript',
    ]);
  });

  it('resolves character styles: Emphasis italic, Strong bold, a run un-bolded inside Strong, a style based on another', async () => {
    const { bytes, file } = await fixture({
      styles: [
        '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Emphasis"><w:name w:val="Emphasis"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Vurgu"><w:name w:val="Güclü vurğu"/><w:basedOn w:val="Emphasis"/><w:rPr><w:b/></w:rPr></w:style>',
      ].join(''),
      body: p(
        [
          r('Adi, '),
          r('kursiv', '<w:rStyle w:val="Emphasis"/>'),
          r(', '),
          r('qalın', '<w:rStyle w:val="Strong"/>'),
          r(' və ', '<w:rStyle w:val="Strong"/><w:b w:val="0"/>'),
          r('yenə qalın', '<w:rStyle w:val="Strong"/>'),
          r(', '),
          r('hər ikisi', '<w:rStyle w:val="Vurgu"/>'),
        ].join(''),
      ),
    });
    const blocks = ours((await importDocx(bytes)).body);
    expect(blocks).toEqual(pandocs(file));
    expect(blocks[0].kind === 'para' && blocks[0].runs).toEqual([
      { text: 'Adi, ', marks: [] },
      { text: 'kursiv', marks: ['emph'] },
      { text: ', ', marks: [] },
      { text: 'qalın', marks: ['strong'] },
      { text: ' və ', marks: [] },
      { text: 'yenə qalın', marks: ['strong'] },
      { text: ', ', marks: [] },
      { text: 'hər ikisi', marks: ['emph', 'strong'] },
    ]);
  });

  it('keeps header rows as header cells', async () => {
    const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${p(r(text))}</w:tc>`;
    const { bytes, file } = await fixture({
      body:
        `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` +
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('Ad')}${cell('Say')}</w:tr><w:tr>${cell('Əli')}${cell('3')}</w:tr></w:tbl>${p(r('Son.'))}`,
    });
    const blocks = ours((await importDocx(bytes)).body);
    expect(blocks).toEqual(pandocs(file));
    expect(blocks[0]).toEqual({ kind: 'table', head: [['Ad', 'Say']], body: [['Əli', '3']] });
  });

  it('joins a drop cap to its word and keeps indented paragraphs as quotations', async () => {
    const { bytes, file } = await fixture({
      body: [
        p(r('B', '<w:sz w:val="96"/>'), '<w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'),
        p(r('akı şəhərində görüş keçirilib.')),
        p(r('Baş prokuror bildirib:')),
        p(r('«Əməkdaşlıq davam edəcək.»'), '<w:ind w:left="1134" w:right="567"/>'),
        p(r('Sonrakı mətn.')),
      ].join(''),
    });
    const blocks = ours((await importDocx(bytes)).body);
    expect(blocks).toEqual(pandocs(file));
    expect(blocks).toEqual([
      { kind: 'para', runs: [{ text: 'Bakı şəhərində görüş keçirilib.', marks: [] }] },
      { kind: 'para', runs: [{ text: 'Baş prokuror bildirib:', marks: [] }] },
      { kind: 'quote', blocks: [{ kind: 'para', runs: [{ text: '«Əməkdaşlıq davam edəcək.»', marks: [] }] }] },
      { kind: 'para', runs: [{ text: 'Sonrakı mətn.', marks: [] }] },
    ]);
  });
});

describe('what other readers lose', () => {
  it('fills the grid columns a row skips (gridBefore/gridAfter) with empty cells, and says so', async () => {
    const cell = (text: string) => `<w:tc>${p(r(text))}</w:tc>`;
    const row = (props: string, cells: string) => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
    const { bytes } = await fixture({
      body:
        `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>` +
        row('', cell('Ölkə') + cell('2023') + cell('2024')) +
        row('<w:gridBefore w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/>', cell('5') + cell('7')) +
        row('<w:gridAfter w:val="2"/>', cell('Gürcüstan')) +
        `</w:tbl>${p(r('Son.'))}`,
    });
    const draft = await importDocx(bytes);
    const rows = [
      ['Ölkə', '2023', '2024'],
      ['', '5', '7'],
      ['Gürcüstan', '', ''],
    ];
    expect(ours(draft.body)[0]).toEqual({ kind: 'table', head: [], body: rows });
    expect(draft.warnings).toContainEqual({ code: 'not-kept', detail: 'table cells left empty for skipped grid columns', count: 3 });
    // pandoc 2.17 shifts such rows left; LibreOffice keeps the columns, as Word does: its HTML is the check.
    if (missingTools('soffice')) return;
    const dir = tempDir();
    writeFileSync(join(dir, 'grid.docx'), bytes);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'html', '--outdir', dir, join(dir, 'grid.docx')],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    const html = readFileSync(join(dir, 'grid.html'), 'utf8');
    const libreOffice = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) =>
        cell
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      ),
    );
    expect(libreOffice).toEqual(rows);
  });
});

// A 1×1 PNG, as a real image part.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

describe('what the body cannot hold is in the report', () => {
  it('names a dropped image by its alternative text', async () => {
    const { bytes } = await fixture({ images: [{ id: 'rIdImg', bytes: PNG }], body: p(picture('rIdImg', 'Baş prokuror tribunada')) + p(r('Mətn.')) });
    const draft = await importDocx(bytes);
    expect(draft.warnings).toContainEqual({ code: 'not-kept', detail: 'image: Baş prokuror tribunada' });
  });

  it('reports header and footer text (every page, first page, even pages) instead of dropping it', async () => {
    const { bytes } = await fixture({
      headers: [
        { part: 'header', type: 'default', body: p(r('EMBARGO: 5 dekabr 2026, saat 10:00-dək')) },
        { part: 'header', type: 'first', body: p(r('Mətbuat relizi')) + p(r('Dərhal yayım üçün')) },
        { part: 'footer', type: 'even', body: p(`${r('Əlaqə: press@prosecutor.gov.az')}<w:r><w:tab/></w:r>${r('+994 12 000 00 00')}`) },
      ],
      body: p(r('Mətn.')),
    });
    const draft = await importDocx(bytes);
    expect(draft.word?.headersFooters).toEqual([
      { part: 'header', kind: 'default', text: 'EMBARGO: 5 dekabr 2026, saat 10:00-dək' },
      { part: 'header', kind: 'first', text: 'Mətbuat relizi\nDərhal yayım üçün' },
      { part: 'footer', kind: 'even', text: 'Əlaqə: press@prosecutor.gov.az +994 12 000 00 00' },
    ]);
    expect(draft.warnings.find((w) => w.code === 'header-footer')?.count).toBe(3);
    expect(texts(ours(draft.body))).toEqual(['Mətn.']);
  });

  it.skipIf(missingTools('pandoc'))('reports comments with author, date, text and the words they are on, as pandoc reads them', async () => {
    const { bytes, file } = await fixture({
      comments: `<w:comment w:id="0" w:author="Nigar Həsənova" w:date="2026-12-02T11:30:00Z" w:initials="NH">${p(r('Tarixi yoxlayın.'))}${p(r('Protokolda başqa gündür.'))}</w:comment>`,
      body: p(
        `${r('Görüş ')}<w:commentRangeStart w:id="0"/>${r('3 dekabrda')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${r(' keçirilib.')}`,
      ),
    });
    const draft = await importDocx(bytes);
    expect(draft.word?.comments).toEqual([
      {
        id: '0',
        threadId: expect.any(String),
        author: 'Nigar Həsənova',
        date: '2026-12-02T11:30:00Z',
        text: 'Tarixi yoxlayın.\nProtokolda başqa gündür.',
        quote: '3 dekabrda',
      },
    ]);
    expect(draft.warnings).toContainEqual({ code: 'comments', count: 1 });
    expect(texts(ours(draft.body))).toEqual(['Görüş 3 dekabrda keçirilib.']);
    // pandoc shows the comment around the same words, by the same author.
    const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--track-changes=all', '--wrap=none', file], { encoding: 'utf8' });
    expect(markdown).toMatch(
      /\[Tarixi yoxlayın\.\s*¶?\s*Protokolda başqa gündür\.\]\{\.comment-start id="0" author="Nigar Həsənova" date="2026-12-02T11:30:00Z"\}3 dekabrda\[\]\{\.comment-end id="0"\}/,
    );
  });
});
