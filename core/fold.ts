// Search folding for Azerbaijani, Russian and English. The FTS5 index holds folded text and queries
// are folded the same way, so "baki" finds "Bakı" and "ƏLİYEV" finds "Əliyev".
//
// Guarantee: fold(text).length === text.normalize('NFC').length, and every UTF-16 code unit is folded
// on its own. An offset into the folded string is therefore the same offset into the NFC text, which
// is what lets snippets be cut from the original letters. A letter whose natural folding would take
// two units (İ → "i̇" in toLowerCase, ß → "ss") is given a one-unit folding instead.

// Azerbaijani case rules (dotless ı, dotted İ, schwa) and the few letters generic folding gets wrong.
const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  Ə: 'e',
  ə: 'e',
  ß: 's',
  ẞ: 's',
  // Russian writers use е for ё freely; й stays apart from и because it is a different letter.
  Ё: 'е',
  ё: 'е',
  // Raised and lowered digits (m², CO₂ in the body text) are found by plain digits.
  ...Object.fromEntries([...'⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉'].map((c, i) => [c, String(i % 10)])),
};

const LATIN = /\p{Script=Latin}/u;
const MARKS = /\p{M}/gu;

function foldUnit(unit: number): number {
  const ch = String.fromCharCode(unit);
  const special = SPECIAL[ch];
  if (special) return special.charCodeAt(0);
  if (unit >= 0xd800 && unit <= 0xdfff) return unit;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return unit;
  // Only Latin letters lose their marks: in Cyrillic a mark makes another letter (й, ў, ї).
  if (!LATIN.test(lower)) return lower.charCodeAt(0);
  const bare = lower.normalize('NFD').replace(MARKS, '');
  return (bare.length === 1 ? bare : lower).charCodeAt(0);
}

// Built lazily, one code unit at a time: 0 means "not yet folded" (U+0000 folds to itself anyway).
let foldTable: Uint16Array | undefined;
let buffer = new Uint16Array(8192);
// A UTF-16 decoder turns the folded units back into a string much faster than String.fromCharCode.
// Typed arrays are little-endian on every platform we ship for. The decoder replaces a lone
// (broken) surrogate with U+FFFD, which still keeps the length; valid pairs pass through unchanged.
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

export function fold(text: string): string {
  return foldNfc(text.normalize('NFC'));
}

/** fold() of text already in NFC, without normalizing it again. */
export function foldNfc(nfc: string): string {
  const n = nfc.length;
  const table = (foldTable ??= new Uint16Array(0x10000));
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const out = buffer;
  for (let i = 0; i < n; i++) {
    const unit = nfc.charCodeAt(i);
    let folded = table[unit];
    if (folded === 0 && unit !== 0) folded = table[unit] = foldUnit(unit);
    out[i] = folded;
  }
  return decoder.decode(out.subarray(0, n));
}

export interface Token {
  /** Offsets into text.normalize('NFC'), which are the same as offsets into fold(text). */
  start: number;
  end: number;
  folded: string;
}

// How FTS5's unicode61 tokenizer splits words (checked against SQLite 3.53): letters, digits and
// private-use characters make words; a combining mark continues a word but never starts one
// (SQLite accepts only a subset of marks there; the rest are too rare in our text to matter).
const STARTS = /[\p{L}\p{N}\p{Co}]/u;
const CONTINUES = /\p{Mn}/u;
// Character kinds; 0 in the table means "not yet looked up".
const STARTS_WORD = 1;
const CONTINUES_WORD = 2;
const SEPARATES = 3;
let kindTable: Uint8Array | undefined;
const astralKinds = new Map<number, number>();

function kindOf(ch: string): number {
  return STARTS.test(ch) ? STARTS_WORD : CONTINUES.test(ch) ? CONTINUES_WORD : SEPARATES;
}

/** The kind of the code point at i; a lone surrogate separates. */
function kindAt(folded: string, i: number): number {
  const unit = folded.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) {
    const table = (kindTable ??= new Uint8Array(0x10000));
    return table[unit] || (table[unit] = kindOf(String.fromCharCode(unit)));
  }
  const cp = folded.codePointAt(i)!;
  if (cp <= 0xffff) return SEPARATES;
  let kind = astralKinds.get(cp);
  if (kind === undefined) astralKinds.set(cp, (kind = kindOf(String.fromCodePoint(cp))));
  return kind;
}

/** 2 for a surrogate pair, else 1. */
function widthAt(folded: string, i: number): number {
  const unit = folded.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && folded.codePointAt(i)! > 0xffff ? 2 : 1;
}

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  const n = folded.length;
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < n; i += widthAt(folded, i)) {
    const kind = kindAt(folded, i);
    if (kind === STARTS_WORD || (kind === CONTINUES_WORD && start >= 0)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push({ start, end: i, folded: folded.slice(start, i) });
      start = -1;
    }
  }
  if (start >= 0) tokens.push({ start, end: n, folded: folded.slice(start) });
  return tokens;
}

// The same rule read from any offset, so a caller can look at a few tokens without tokenizing the
// whole text. Seen that way, every run of non-separators holds at most one token: from its first
// letter or digit to the run's end (marks before that letter belong to no token).

/** Whether the code point before i belongs to a token: marks do if a letter precedes them in their run. */
function inTokenBefore(folded: string, i: number): boolean {
  while (i > 0) {
    const width = i >= 2 && folded.codePointAt(i - 2)! > 0xffff ? 2 : 1;
    const kind = kindAt(folded, i - width);
    if (kind !== CONTINUES_WORD) return kind === STARTS_WORD;
    i -= width;
  }
  return false;
}

/** The token starting at `start`, which must be a letter or digit not inside a token. */
function tokenFrom(folded: string, start: number): Token {
  let end = start;
  while (end < folded.length && kindAt(folded, end) !== SEPARATES) end += widthAt(folded, end);
  return { start, end, folded: folded.slice(start, end) };
}

/** The token of fold(text) that starts exactly at `start`, as tokenize() would give it, if there is one. */
export function tokenAt(folded: string, start: number): Token | undefined {
  const starts = start < folded.length && kindAt(folded, start) === STARTS_WORD && !inTokenBefore(folded, start);
  return starts ? tokenFrom(folded, start) : undefined;
}

/** The first token of fold(text) starting at or after `from`, as tokenize() would give it. */
export function nextToken(folded: string, from: number): Token | undefined {
  const n = folded.length;
  let i = from;
  // No token starts inside a surrogate pair.
  if (i > 0 && i < n && folded.codePointAt(i - 1)! > 0xffff) i++;
  // The rest of a token that began before `from`.
  if (inTokenBefore(folded, i)) while (i < n && kindAt(folded, i) !== SEPARATES) i += widthAt(folded, i);
  while (i < n && kindAt(folded, i) !== STARTS_WORD) i += widthAt(folded, i);
  return i < n ? tokenFrom(folded, i) : undefined;
}
