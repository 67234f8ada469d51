import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../core/search-query';
import { makeSnippet } from '../../core/snippet';

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
