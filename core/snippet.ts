// Search result snippets, cut from the original text so they show real letters (Bakı, not baki).
// Matching uses the folded tokens, whose offsets are offsets into the NFC text (see fold.ts).
//
// A results page makes 50 snippets from bodies of thousands of characters, and the first hit is
// usually early, so nothing here reads the whole text unless it must: only a prefix is normalized
// and folded, hits are found with indexOf and confirmed by tokenizing just there, and only tokens
// near the first hit are read. The result is the same as tokenizing everything and scanning every
// token (test/unit/snippet.test.ts compares the two).
import { foldNfc, nextToken, tokenAt, type Token } from './fold';
import { highlightTerms, type HitPattern, type ParsedQuery } from './search-query';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

// Thrown when an answer could depend on text past the prefix; the caller reads more and tries again.
const NEEDS_MORE_TEXT = Symbol('needs more text');
// Enough for a hit in the first couple of hundred characters and the window around it.
const FIRST_PREFIX = 512;

/** The start of a text, in NFC and folded (the same length); `complete` when it is the whole text. */
class TextPrefix {
  constructor(
    readonly nfc: string,
    readonly folded: string,
    readonly complete: boolean,
  ) {}

  needsAll(): void {
    if (!this.complete) throw NEEDS_MORE_TEXT;
  }

  /** A token that reaches the end of the prefix might go on past it. */
  private whole(token: Token | undefined): Token | undefined {
    if (token === undefined || token.end >= this.folded.length) this.needsAll();
    return token;
  }

  /** Whether a token starts at `start` depends only on what comes before; where it ends may not. */
  tokenAt(start: number): Token | undefined {
    const token = tokenAt(this.folded, start);
    return token && this.whole(token);
  }

  nextToken(from: number): Token | undefined {
    return this.whole(nextToken(this.folded, from));
  }
}

/** The tokens from a given one on, read only as far as asked. */
class Tokens {
  private readonly list: Token[];
  constructor(
    private readonly text: TextPrefix,
    first: Token,
  ) {
    this.list = [first];
  }

  at(i: number): Token | undefined {
    while (this.list.length <= i) {
      const next = this.text.nextToken(this.list.at(-1)!.end);
      if (!next) return undefined;
      this.list.push(next);
    }
    return this.list[i];
  }
}

function matchesAt(tokens: Tokens, i: number, pattern: HitPattern): boolean {
  const n = pattern.tokens.length;
  for (let k = 0; k < n; k++) {
    const token = tokens.at(i + k)?.folded;
    if (token === undefined) return false;
    const wanted = pattern.tokens[k];
    const ok = k === n - 1 && pattern.prefix ? token.startsWith(wanted) : token === wanted;
    if (!ok) return false;
  }
  return true;
}

/** The tokens from the first hit on, or undefined when there is no hit. */
function firstHit(text: TextPrefix, patterns: HitPattern[]): Tokens | undefined {
  const { folded } = text;
  let best: Tokens | undefined;
  for (const pattern of patterns) {
    // A token the pattern matches begins with the pattern's first token, so indexOf finds it.
    const word = pattern.tokens[0];
    for (let at = folded.indexOf(word); at >= 0 && !(best && at >= best.at(0)!.start);) {
      const token = text.tokenAt(at);
      if (token) {
        const tokens = new Tokens(text, token);
        if (matchesAt(tokens, 0, pattern)) {
          best = tokens;
          break;
        }
      }
      // No other token starts inside a token, so a long word is passed over at once.
      at = folded.indexOf(word, token ? token.end : at + 1);
    }
  }
  // A hit before `best` ends before it, so indexOf cannot have missed it; but with no hit in the
  // prefix, one may be cut off by its end or lie beyond.
  if (!best) text.needsAll();
  return best;
}

/** The hits from the first token on: character ranges in order, overlapping ones merged. */
class Hits {
  readonly list: [number, number][] = [];
  private next = 0;
  constructor(
    private readonly tokens: Tokens,
    private readonly patterns: HitPattern[],
  ) {}

  /** Reads on up to the first token at or after `until` that the last hit does not reach. */
  readUntil(until: number): [number, number][] {
    for (let token; (token = this.tokens.at(this.next)); this.next++) {
      const open = this.list.at(-1);
      if (token.start >= until && !(open && token.start <= open[1])) break;
      for (const pattern of this.patterns) {
        if (!matchesAt(this.tokens, this.next, pattern)) continue;
        const end = this.tokens.at(this.next + pattern.tokens.length - 1)!.end;
        const last = this.list.at(-1);
        if (last && token.start <= last[1]) last[1] = Math.max(last[1], end);
        else this.list.push([token.start, end]);
      }
    }
    return this.list;
  }
}

function snippetOf(text: TextPrefix, patterns: HitPattern[], maxChars: number): SnippetPart[] | null {
  const tokens = firstHit(text, patterns);
  if (!tokens) return null;
  const { nfc } = text;
  const hits = new Hits(tokens, patterns);
  const [[hitStart, hitEnd]] = hits.readUntil(tokens.at(0)!.start + 1);

  // Put the first hit a third of the way in, so it is seen with what leads up to it.
  const width = Math.max(maxChars, hitEnd - hitStart);
  let from = Math.max(0, hitStart - Math.floor((width - (hitEnd - hitStart)) / 3));
  let to = from + width;
  if (to >= nfc.length) {
    text.needsAll(); // only the whole text's length will do
    to = nfc.length;
  }
  from = Math.max(0, Math.min(from, to - width));
  // Never cut a word in half: move each cut end inward to the nearest word edge. The first hit is
  // inside the window, so the edges are its tokens or ones nearer the ends. (Short of the whole text,
  // `to` ends up before a token read from the prefix, so cutAfter needs no more text either.)
  if (from > 0) from = text.nextToken(from)!.start;
  if (to < nfc.length) {
    let last = tokens.at(0)!;
    for (let i = 1, next = tokens.at(1); next && next.end <= to; next = tokens.at(++i)) last = next;
    to = last.end;
  }
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
  for (const [start, end] of hits.readUntil(to)) {
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

// Normalization never joins characters across an ASCII one (none composes with what precedes it),
// so the text can be normalized piece by piece, cut just before one.
function cutBeforeAscii(text: string, from: number): number {
  let cut = Math.min(from, text.length);
  while (cut < text.length && text.charCodeAt(cut) > 0x7f) cut++;
  return cut;
}

/**
 * About maxChars of text around the first hit, cut at word boundaries, as plain and hit parts; '…'
 * marks a cut end. Null when the text has no hit, so the caller can try another field.
 */
export function makeSnippet(text: string, q: ParsedQuery, maxChars = 220): SnippetPart[] | null {
  const patterns = highlightTerms(q);
  if (patterns.length === 0) return null;
  let nfc = '';
  let folded = '';
  for (let end = 0; ;) {
    const start = end;
    end = cutBeforeAscii(text, Math.max(FIRST_PREFIX, end * 4));
    const piece = text.slice(start, end).normalize('NFC');
    nfc += piece;
    folded += foldNfc(piece);
    try {
      return snippetOf(new TextPrefix(nfc, folded, end === text.length), patterns, maxChars);
    } catch (e) {
      if (e !== NEEDS_MORE_TEXT) throw e;
    }
  }
}
