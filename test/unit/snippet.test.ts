import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../core/fold';
import { highlightTerms, parseQuery, type HitPattern, type ParsedQuery } from '../../core/search-query';
import { makeSnippet, type SnippetPart } from '../../core/snippet';
import { mulberry32 } from '../helpers/prng';

const snippet = (text: string, query: string, maxChars?: number) => makeSnippet(text, parseQuery(query), maxChars);
const hits = (parts: ReturnType<typeof snippet>) => parts!.filter((p) => p.hit).map((p) => p.text);
const joined = (parts: ReturnType<typeof snippet>) => parts!.map((p) => p.text).join('');

// About 1,400 characters of plain words, so a hit can sit far from both ends.
const FILLER = Array.from({ length: 200 }, (_, i) => `söz${i}`).join(' ');

describe('makeSnippet', () => {
  it('marks the original word for a folded prefix', () => {
    const parts = snippet('Nümayəndə heyəti Bakıda Baş Prokurorlukda qəbul edilib.', 'baki*');
    expect(parts).toEqual([
      { text: 'Nümayəndə heyəti ', hit: false },
      { text: 'Bakıda', hit: true },
      { text: ' Baş Prokurorlukda qəbul edilib.', hit: false },
    ]);
  });

  it('marks a plain word with its endings, a quoted or short word only as it is', () => {
    expect(snippet('Nümayəndə heyəti Bakıda qəbul edilib.', 'baki')).toEqual([
      { text: 'Nümayəndə heyəti ', hit: false },
      { text: 'Bakıda', hit: true },
      { text: ' qəbul edilib.', hit: false },
    ]);
    const text = 'Bakı, Bakıda və Bakının AB səfiri Abşeronda';
    expect(hits(snippet(text, 'baki'))).toEqual(['Bakı', 'Bakıda', 'Bakının']);
    expect(hits(snippet(text, '"baki"'))).toEqual(['Bakı']);
    expect(hits(snippet(text, 'ab'))).toEqual(['AB']);
    expect(hits(snippet(text, 'ab*'))).toEqual(['AB', 'Abşeronda']);
  });

  it('marks every hit in the window, for every term', () => {
    const parts = snippet('ƏLİYEV Bakıda, sonra yenə Bakıda və Gəncədə oldu.', 'baki* eliyev gence*');
    expect(hits(parts)).toEqual(['ƏLİYEV', 'Bakıda', 'Bakıda', 'Gəncədə']);
  });

  it('marks a phrase only where its words are adjacent', () => {
    const parts = snippet('Prokuror baş müavini ilə; Baş prokuror isə sonra gəldi.', '"baş prokuror"');
    expect(hits(parts)).toEqual(['Baş prokuror']);
    expect(hits(snippet('BMT-nin nümayəndəsi, BMT və nin', 'BMT-nin'))).toEqual(['BMT-nin']);
  });

  it('ignores excluded terms', () => {
    expect(hits(snippet('İnterpolun Bakı', 'baki -interpol'))).toEqual(['Bakı']);
    expect(snippet('İnterpolun və Bakı', '-interpol')).toBeNull();
  });

  it('returns null when there is no hit', () => {
    expect(snippet('Bakıda görüş keçirilib.', 'gence')).toBeNull();
    expect(snippet('Bakıda görüş keçirilib.', '"baki"')).toBeNull();
    expect(snippet('Bakıda görüş keçirilib.', 'ba')).toBeNull();
    expect(snippet('Bakıda görüş keçirilib.', 'bakix')).toBeNull();
    expect(snippet('', 'baki')).toBeNull();
    expect(snippet('Bakı', '')).toBeNull();
  });

  it('cuts a window around a hit far inside, at word boundaries, with ellipses', () => {
    const text = `${FILLER} Baş Prokurorluğu ${FILLER}`;
    const parts = snippet(text, 'prokurorlugu', 120)!;
    expect(hits(parts)).toEqual(['Prokurorluğu']);
    const shown = joined(parts);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    const inner = shown.slice(1, -1);
    expect(inner.length).toBeLessThanOrEqual(120);
    expect(inner.length).toBeGreaterThan(90);
    const at = text.indexOf(inner);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + inner.length]).toBe(' ');
  });

  it('has no leading ellipsis for a hit near the start, nor a trailing one near the end', () => {
    const start = joined(snippet(`Bakıda ${FILLER}`, 'baki*'));
    expect(start.startsWith('Bakıda ')).toBe(true);
    expect(start.endsWith('…')).toBe(true);

    const end = joined(snippet(`${FILLER} Bakıda.`, 'baki*', 100));
    expect(end.endsWith('Bakıda.')).toBe(true);
    expect(end.startsWith('…')).toBe(true);
    expect(end.length).toBeGreaterThan(90);
  });

  it('shows the whole text when it is short', () => {
    expect(joined(snippet('  Baş   Prokurorluğu\nBakıda.  ', 'baki*'))).toBe('Baş Prokurorluğu Bakıda.');
  });

  it('returns NFC text for decomposed input', () => {
    expect(hits(snippet('Bu\u0308lbu\u0308l oxuyur', 'bulbul'))).toEqual(['Bülbül']);
  });

  it('finds Russian hits in any case', () => {
    const parts = snippet('Сотрудники ГЕНЕРАЛЬНОЙ ПРОКУРАТУРЫ провели встречу.', 'генеральной прокуратур*');
    expect(hits(parts)).toEqual(['ГЕНЕРАЛЬНОЙ', 'ПРОКУРАТУРЫ']);
  });
});

// The straightforward makeSnippet, kept as the definition the fast one must agree with: tokenize
// the whole text, scan every token.
function referenceMatchesAt(tokens: Token[], i: number, pattern: HitPattern): boolean {
  const n = pattern.tokens.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k].folded;
    const wanted = pattern.tokens[k];
    const ok = k === n - 1 && pattern.prefix ? token.startsWith(wanted) : token === wanted;
    if (!ok) return false;
  }
  return true;
}

function referenceHits(tokens: Token[], patterns: HitPattern[]): [number, number][] {
  const hits: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of patterns) {
      if (!referenceMatchesAt(tokens, i, pattern)) continue;
      const start = tokens[i].start;
      const end = tokens[i + pattern.tokens.length - 1].end;
      const last = hits.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else hits.push([start, end]);
    }
  }
  return hits;
}

function referenceSnippet(text: string, q: ParsedQuery, maxChars = 220): SnippetPart[] | null {
  const patterns = highlightTerms(q);
  if (patterns.length === 0) return null;
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const hits = referenceHits(tokens, patterns);
  if (hits.length === 0) return null;

  const [hitStart, hitEnd] = hits[0];
  const width = Math.max(maxChars, hitEnd - hitStart);
  let from = Math.max(0, hitStart - Math.floor((width - (hitEnd - hitStart)) / 3));
  let to = Math.min(nfc.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  if (from > 0) from = tokens.find((t) => t.start >= from)!.start;
  if (to < nfc.length) to = tokens.findLast((t) => t.end <= to)!.end;
  while (from < to && /\s/.test(nfc[from])) from++;
  while (to > from && /\s/.test(nfc[to - 1])) to--;
  const cutBefore = /\S/.test(nfc.slice(0, from));
  const cutAfter = /\S/.test(nfc.slice(to));

  const parts: SnippetPart[] = [];
  const push = (slice: string, hit: boolean) => {
    if (slice === '') return;
    const shown = slice.replace(/\s+/g, ' ');
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += shown;
    else parts.push({ text: shown, hit });
  };
  if (cutBefore) push('…', false);
  let at = from;
  for (const [start, end] of hits) {
    if (end <= from) continue;
    if (start >= to) break;
    push(nfc.slice(at, Math.max(start, from)), false);
    at = Math.min(end, to);
    push(nfc.slice(Math.max(start, from), at), true);
  }
  push(nfc.slice(at, to), false);
  if (cutAfter) push('…', false);
  return parts;
}

// Words chosen to share stems and prefixes (Bakı, Bakıda, bakix), to fold alike in different spellings
// (ƏLİYEV, decomposed ü and İ), and to sit at the edges of the word rule: digits, hyphens, marks with
// no letter before them, astral letters, emoji with variation selectors, keycaps, very long words.
// A table laid out by hand (a row per group, a line per entry); prettier would put one item per line.
// prettier-ignore
const WORDS = [
  'Bakı', 'Bakıda', 'Bakının', 'BAKI', 'baki', 'bakix', 'Gəncə', 'Gəncədə', 'Əliyev', 'ƏLİYEV', 'İnterpol',
  'İNTERPOL-un', 'interpolun', 'Baş', 'baş', 'Prokuror', 'prokuror', 'Prokurorluğu', 'prokurorluq', 'nümayəndə',
  'heyəti', 'və', 'ilə', 'ab', 'AB', 'Abşeron', 'abş', 'BMT-nin', 'BMT', 'nin', '2024-cü', '2024', '100', '1000',
  '10:30-da', 'hüquq-mühafizə', 'Bu\u0308lbu\u0308l', 'bülbül', 'u\u0308', 'I\u0307NTERPOL', 'cafe\u0301', 'Straße',
  'Баку', 'прокуратура', 'ПРОКУРАТУРЫ', 'Генеральной', 'генеральной', 'Ёлка', 'елка', 'йогурт', 'и', 'в',
  '\u0301abc', 'a\u0301\u0301', '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇', '𐐨a', '𝟏𝟐', 'a\u{1d167}b', '\u{1d167}x', '😀', '👍🏽', '❤️', '1️⃣',
  'x\ufe0fy', '\ue000pu', "Qur'an", 'x_y',
  'baki'.repeat(40), 'ə'.repeat(700), 'söz',
];
// Between words: whitespace that shows as one space, punctuation, nothing at all, and characters
// that are neither: ZWJ, soft hyphen, BOM, U+2000 (NFC makes it U+2002), a mark after a space, a
// lone surrogate.
const GAPS = [
  ' ',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\u00a0',
  ', ',
  '. ',
  '; ',
  ' — ',
  '-',
  '«',
  '» ',
  '',
  '\u200d',
  '\u00ad',
  '\ufeff',
  '\u2000',
  ' \u0301',
  '\ud800',
  ' 😀 ',
  '…',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function generatedText(next: () => number): string {
  const size = pick(next, [0, 1, 3, 10, 40, 120, 400, 1200]);
  const count = Math.floor(next() * size);
  let text = next() < 0.2 ? pick(next, GAPS) : '';
  // makeSnippet reads 512 characters, then 2,048, then more: put words where those prefixes end.
  const filler = next() < 0.4 ? pick(next, [380, 1900]) + Math.floor(next() * 300) : 0;
  while (text.length < filler) text += `söz${pick(next, GAPS)}`;
  for (let i = 0; i < count; i++) text += (next() < 0.5 ? 'söz' : pick(next, WORDS)) + pick(next, GAPS);
  return text;
}

function generatedQuery(next: () => number, text: string): string {
  const terms: string[] = [];
  const words = text.split(/[\s,.;«»—]+/).filter(Boolean);
  const count = 1 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    const source = words.length > 0 && next() < 0.7 ? words : WORDS;
    const at = Math.floor(next() * source.length);
    let term = source[at];
    const kind = next();
    if (kind < 0.2) term = `${term.slice(0, 1 + Math.floor(next() * term.length))}*`;
    else if (kind < 0.4) term = `"${source.slice(at, at + 2 + Math.floor(next() * 2)).join(' ')}"`;
    else if (kind < 0.5) term = `"${term}"${next() < 0.5 ? '*' : ''}`;
    else if (kind < 0.55) term = term.slice(0, 2);
    if (next() < 0.15) term = `-${term}`;
    terms.push(term);
  }
  return terms.join(' ');
}

describe('makeSnippet against the whole-text reference', () => {
  it('gives the same parts for thousands of generated texts and queries', () => {
    const next = mulberry32(20240615);
    let withHits = 0;
    let far = 0;
    for (let run = 0; run < 5000; run++) {
      const text = generatedText(next);
      const query = generatedQuery(next, text);
      const maxChars = pick(next, [220, 220, 120, 40, 10, 1, 600]);
      const q = parseQuery(query);
      const expected = referenceSnippet(text, q, maxChars);
      const actual = makeSnippet(text, q, maxChars);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        expect({ run, text, query, maxChars, actual }).toEqual({ run, text, query, maxChars, actual: expected });
      }
      if (expected) withHits++;
      if (expected && text.length > 2000 && expected[0].text === '…') far++;
    }
    // The generator must keep producing both outcomes, and hits far from the start.
    expect(withHits).toBeGreaterThan(2000);
    expect(5000 - withHits).toBeGreaterThan(500);
    expect(far).toBeGreaterThan(100);
  });
});
