import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { fold } from '../../core/fold';
import { highlightTerms, parseQuery, toFtsMatch } from '../../core/search-query';

const DOCS: Record<number, string> = {
  1: 'Azərbaycan Respublikasının Baş Prokurorluğu Bakı şəhərində görüş keçirib.',
  2: 'Kamran ƏLİYEV Özbəkistan nümayəndə heyətini qəbul edib.',
  3: 'Baş prokuror İNTERPOL-un nümayəndələri ilə Bakıda görüşüb.',
  4: 'Prokuror baş müavini ilə birlikdə çıxış edib; prokurorluq orqanları xəbər verir.',
  5: 'Генеральной прокуратуры Азербайджанской Республики сообщила пресс-служба.',
  6: 'BMT-nin nümayəndəsi ilə görüş keçirilib.',
  7: 'Ёлка в Баку.',
  8: 'Meeting with the delegation of Iraq and Interpol in Baku.',
  9: 'AB səfiri İnterpolun əməkdaşları ilə Bakının mərkəzində görüşüb.',
  10: 'Abşeron rayonunda yeni məktəb açılıb.',
};

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')`);
const insert = db.prepare('INSERT INTO t(rowid, body) VALUES (?, ?)');
for (const [id, body] of Object.entries(DOCS)) insert.run(Number(id), fold(body));
const select = db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').pluck();
afterAll(() => db.close());

function search(input: string): number[] | null {
  const match = toFtsMatch(parseQuery(input));
  return match === null ? null : (select.all(match) as number[]);
}

describe('parseQuery', () => {
  it('reads words, prefixes, phrases and exclusions, folded', () => {
    expect(parseQuery('Bakı prokur* "Baş Prokuror" -İNTERPOL -"BMT nümayəndəsi"').terms).toEqual([
      { kind: 'word', token: 'baki', prefix: true, negated: false },
      { kind: 'word', token: 'prokur', prefix: true, negated: false },
      { kind: 'phrase', tokens: ['bas', 'prokuror'], prefix: false, negated: false },
      { kind: 'word', token: 'interpol', prefix: true, negated: true },
      { kind: 'phrase', tokens: ['bmt', 'numayendesi'], prefix: false, negated: true },
    ]);
  });

  it('takes a plain word of STEM_MIN letters or more as a word start, and nothing else', () => {
    const prefixes = (input: string) => parseQuery(input).terms.map((t) => t.prefix);
    // Plain words of 3 letters or more, excluded or not; ı and ş count as one letter each.
    expect(prefixes('Bakı abş -İNTERPOL -abş')).toEqual([true, true, true, true]);
    // Quoted words, words under 3 letters and words with inner punctuation stay exact.
    expect(prefixes('"baki" "Bakı" ab AB -ab BMT-nin -BMT-nin "baş prokuror"')).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('turns a word with inner punctuation into a phrase of its tokens', () => {
    expect(parseQuery('BMT-nin 2024-cü').terms).toEqual([
      { kind: 'phrase', tokens: ['bmt', 'nin'], prefix: false, negated: false },
      { kind: 'phrase', tokens: ['2024', 'cu'], prefix: false, negated: false },
    ]);
  });

  it('closes an unclosed quote at the end', () => {
    expect(parseQuery('baki "baş prok').terms).toEqual([
      { kind: 'word', token: 'baki', prefix: true, negated: false },
      { kind: 'phrase', tokens: ['bas', 'prok'], prefix: false, negated: false },
    ]);
  });

  it('takes a star only right after a word', () => {
    const prefixes = (input: string) => parseQuery(input).terms.map((t) => t.prefix);
    expect(prefixes('ab** "baş prok"* BMT-n* "baki"*')).toEqual([true, true, true, true]);
    expect(prefixes('ab-* "baş prok" * *ab BMT-nin-*')).toEqual([false, false, false, false]);
  });

  it('keeps operators as words and drops what has no words', () => {
    const words = parseQuery('AND OR NOT NEAR ( ) : ^ * - "" -- "-"').terms.map((t) => t.kind === 'word' && t.token);
    expect(words).toEqual(['and', 'or', 'not', 'near']);
    expect(parseQuery('   \t\n').terms).toEqual([]);
  });
});

describe('toFtsMatch', () => {
  it('quotes every token and puts exclusions last', () => {
    expect(toFtsMatch(parseQuery('-İNTERPOL Bakı prokur* "baş prokuror" BMT-n* ab "baki"'))).toBe(
      '"baki"* AND "prokur"* AND "bas prokuror" AND "bmt n"* AND "ab" AND "baki" NOT "interpol"*',
    );
  });

  it('returns null when nothing positive is asked for', () => {
    for (const input of ['', '   ', '\t\n', '-interpol', '-"baş prokuror" -bakı', '* ( ) ^ :', '"']) {
      expect(toFtsMatch(parseQuery(input)), input).toBeNull();
    }
  });
});

describe('search through a real FTS5 table', () => {
  it('finds Azerbaijani words however they are typed', () => {
    expect(search('"baki"')).toEqual([1]);
    expect(search('"Bakı"')).toEqual([1]);
    expect(search('eliyev')).toEqual([2]);
    expect(search('ƏLİYEV')).toEqual([2]);
    expect(search('Əliyev')).toEqual([2]);
    expect(search('ozbekistan')).toEqual([2]);
    expect(search('ÖZBƏKİSTAN')).toEqual([2]);
  });

  it('finds a plain word with its endings, a quoted word only as it is', () => {
    // 1 has Bakı, 3 Bakıda, 9 Bakının.
    expect(search('baki')).toEqual([1, 3, 9]);
    expect(search('Bakı')).toEqual([1, 3, 9]);
    expect(search('"baki"')).toEqual([1]);
    expect(search('bakının')).toEqual([9]);
    expect(search('"bakıda"')).toEqual([3]);
    expect(search('prokur')).toEqual([1, 3, 4]);
    expect(search('"prokur"')).toEqual([]);
    expect(search('prokurorluq')).toEqual([4]);
  });

  it('keeps words under STEM_MIN letters exact', () => {
    // 9 has AB, 10 Abşeron.
    expect(search('ab')).toEqual([9]);
    expect(search('AB')).toEqual([9]);
    expect(search('ab*')).toEqual([9, 10]);
    expect(search('abş')).toEqual([10]);
  });

  it('finds prefixes', () => {
    expect(search('prokur*')).toEqual([1, 3, 4]);
    expect(search('Prokurorluğ*')).toEqual([1]);
    expect(search('"prokur"*')).toEqual([1, 3, 4]);
  });

  it('finds a phrase only where its words are adjacent', () => {
    expect(search('"baş prokuror"')).toEqual([3]);
    expect(search('"baş" "prokuror"')).toEqual([3, 4]);
    // Unquoted, Baş Prokurorluğu in 1 counts too: prokuror is a word start there.
    expect(search('baş prokuror')).toEqual([1, 3, 4]);
    expect(search('"baş prokur"*')).toEqual([1, 3]);
    expect(search('BMT-nin')).toEqual([6]);
    expect(search('BMT-ni')).toEqual([]);
    expect(search('BMT-ni*')).toEqual([6]);
    expect(search('nin-BMT')).toEqual([]);
  });

  it('excludes', () => {
    expect(search('"prokuror" -interpol')).toEqual([4]);
    expect(search('prokur* -"baş prokuror" -prokurorluq')).toEqual([1]);
    expect(search('nümayəndə* -BMT-nin')).toEqual([2, 3]);
  });

  it('excludes a plain word with its endings, a quoted or short word only as it is', () => {
    // 3 has İNTERPOL-un (the word itself), 9 İnterpolun (one word with its ending).
    expect(search('baki -interpol')).toEqual([1]);
    expect(search('baki -"interpol"')).toEqual([1, 9]);
    expect(search('ab* -ab')).toEqual([10]);
  });

  it('finds Russian regardless of case and ё', () => {
    expect(search('генеральной прокуратуры')).toEqual([5]);
    expect(search('ГЕНЕРАЛЬНОЙ ПРОКУРАТУРЫ')).toEqual([5]);
    expect(search('прокурат*')).toEqual([5]);
    expect(search('ёлка')).toEqual([7]);
    expect(search('елка')).toEqual([7]);
  });

  it('treats operators as plain words', () => {
    expect(search('iraq AND interpol')).toEqual([8]);
    expect(search('iraq OR qatar')).toEqual([]);
    expect(search('iraq NOT interpol')).toEqual([]);
    expect(search('body:baki')).toEqual([]);
  });

  it('never lets hostile input break the MATCH expression', () => {
    const hostile = [
      'AND OR ( " ^ NEAR(a b) col:x *',
      'NEAR(baki eliyev, 2)',
      '"""',
      'a"b"c"',
      '- -- -"',
      '{body}: baki',
      'body:"baki"',
      '^baki',
      'baki +',
      '+ baki',
      'x*y*',
      '***',
      '\u0303 \u0303baki',
      'NOT baki',
      'baki NOT',
      '"" AND ""',
      "'; DROP TABLE t; --",
      '\\" baki \\',
      '😀 baki',
      'a'.repeat(2000),
    ];
    for (const input of hostile) {
      expect(() => search(input), input).not.toThrow();
    }
    expect(search('NEAR(baki eliyev, 2)')).toEqual([]);
    expect(search('^baki')).toEqual([1, 3, 9]);
  });
});

describe('highlightTerms', () => {
  it('gives the positive terms as token sequences', () => {
    expect(highlightTerms(parseQuery('Bakı prokur* "baş prokuror" ab "baki" -interpol'))).toEqual([
      { tokens: ['baki'], prefix: true },
      { tokens: ['prokur'], prefix: true },
      { tokens: ['bas', 'prokuror'], prefix: false },
      { tokens: ['ab'], prefix: false },
      { tokens: ['baki'], prefix: false },
    ]);
  });
});

describe('numbers', () => {
  it('match exactly: 100 does not find 1000, 100* does', () => {
    const terms = (input: string) => parseQuery(input).terms.map((t) => (t.kind === 'word' ? t.prefix : null));
    expect(terms('100 1000 2024')).toEqual([false, false, false]);
    expect(terms('100*')).toEqual([true]);
  });
});
