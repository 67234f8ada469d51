// Search result snippets, cut from the original text so they show real letters (Bakı, not baki).
// Matching uses the folded tokens, whose offsets are offsets into the NFC text (see fold.ts).
import { tokenize, type Token } from './fold';
import { highlightTerms, type HitPattern, type ParsedQuery } from './search-query';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

function matchesAt(tokens: Token[], i: number, pattern: HitPattern): boolean {
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

/** Character ranges of every hit, in order, overlapping ones merged. */
function findHits(tokens: Token[], patterns: HitPattern[]): [number, number][] {
  const hits: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const pattern of patterns) {
      if (!matchesAt(tokens, i, pattern)) continue;
      const start = tokens[i].start;
      const end = tokens[i + pattern.tokens.length - 1].end;
      const last = hits.at(-1);
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else hits.push([start, end]);
    }
  }
  return hits;
}

/**
 * About maxChars of text around the first hit, cut at word boundaries, as plain and hit parts; '…'
 * marks a cut end. Null when the text has no hit, so the caller can try another field.
 */
export function makeSnippet(text: string, q: ParsedQuery, maxChars = 220): SnippetPart[] | null {
  const patterns = highlightTerms(q);
  if (patterns.length === 0) return null;
  const nfc = text.normalize('NFC');
  const tokens = tokenize(nfc);
  const hits = findHits(tokens, patterns);
  if (hits.length === 0) return null;

  // Put the first hit a third of the way in, so it is seen with what leads up to it.
  const [hitStart, hitEnd] = hits[0];
  const width = Math.max(maxChars, hitEnd - hitStart);
  let from = Math.max(0, hitStart - Math.floor((width - (hitEnd - hitStart)) / 3));
  let to = Math.min(nfc.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  // Never cut a word in half: move each cut end inward to the nearest word edge.
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
