// Words of a release for the tagger, with what suffix and name rules need to see: the folded form
// (for case- and diacritic-insensitive comparison, same offsets as the NFC text), the Azerbaijani
// lower-case form (which keeps ı apart from i for vowel harmony), and what separates a word from
// the one before (a hyphen or apostrophe joins "BMT-nin", "Al-Raisi", "İnterpol'un").
import { foldNfc } from '../fold';

export interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** Azerbaijani lower case: I → ı, İ → i, one unit per unit. */
  lower: string;
  /** First letter is a capital. */
  cap: boolean;
  /** Every letter is a capital (abbreviations: BMT, ATƏT, COP29). */
  allCaps: boolean;
  /** What separates this word from the previous one. */
  sep: Separator;
  /** First word of a sentence, a heading or a paragraph. */
  sentenceStart: boolean;
  /** Inside quotation marks: titles of events, systems and documents, not names of bodies. */
  quoted: boolean;
  /** An abbreviation in brackets inside or after a name: "Avropa Şurası (AŞ) Parlament Assambleyası". */
  aside?: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`']);
const HYPHENS = new Set(['-', '‐', '‑']);
const OPEN_QUOTES = new Set(['«', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '”']);

/**
 * ' ' for spaces (a line break included), '-' or "'" for exactly that character (BMT-nin,
 * İnterpol'un), '.' for a full stop with at most a space after it (K.Əliyev, K. Əliyev),
 * '' for anything else or nothing before.
 */
export type Separator = ' ' | '-' | "'" | '.' | '';

function separatorOf(gap: string): Separator {
  if (gap.length === 1 && HYPHENS.has(gap)) return '-';
  if (gap.length === 1 && APOSTROPHES.has(gap)) return "'";
  if (/^\.\s?$/.test(gap)) return '.';
  if (/^\s+$/.test(gap)) return ' ';
  return '';
}

/** Azerbaijani lower case, one code unit per unit so offsets stay those of the text. */
export function azLower(text: string): string {
  const lower = text.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  if (lower.length === text.length) return lower;
  // A letter whose lower case is longer (rare outside Turkic and Greek text) keeps its case.
  let out = '';
  for (const ch of text) {
    const low = ch === 'I' ? 'ı' : ch === 'İ' ? 'i' : ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

// Per code unit: whether it is part of a word, a capital, a small letter (computed lazily).
const WORD = 1;
const CAPITAL = 2;
const SMALL = 4;
const KNOWN = 8;
let charKinds: Uint8Array | undefined;
function kindOf(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdfff) return KNOWN;
  const table = (charKinds ??= new Uint8Array(0x10000));
  let kind = table[unit];
  if (kind === 0) {
    const ch = text[i];
    kind = KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | (UPPER.test(ch) ? CAPITAL : 0) | (LOWER.test(ch) ? SMALL : 0);
    table[unit] = kind;
  }
  return kind;
}

const SENTENCE_END = /[.!?…]/;

/** Words of text, which must already be NFC. */
export function splitWords(nfc: string): Word[] {
  const folded = foldNfc(nfc);
  const lower = azLower(nfc);
  const words: Word[] = [];
  const n = nfc.length;
  let i = 0;
  let prevEnd = 0;
  let quoted = false;
  while (i < n) {
    if (!(kindOf(nfc, i) & WORD)) {
      i++;
      continue;
    }
    const start = i;
    let capitals = 0;
    let smalls = 0;
    for (let kind = kindOf(nfc, i); i < n && kind & WORD; kind = kindOf(nfc, ++i)) {
      if (kind & CAPITAL) capitals++;
      else if (kind & SMALL) smalls++;
    }
    const prev = words[words.length - 1];
    let sep: Separator;
    let boundary = !prev;
    if (prev && start - prevEnd === 1 && nfc[prevEnd] === ' ') {
      sep = ' ';
    } else {
      const gap = nfc.slice(prevEnd, start);
      const lineBreak = gap.includes('\n');
      // An unclosed quotation mark does not run past its paragraph.
      if (lineBreak) quoted = false;
      for (const ch of gap) {
        if (OPEN_QUOTES.has(ch)) quoted = true;
        else if (CLOSE_QUOTES.has(ch)) quoted = false;
        else if (ch === '"') quoted = !quoted;
      }
      sep = prev ? separatorOf(gap) : '';
      // "K. Əliyev": a full stop after a one-letter capital is an initial, not a sentence end.
      const initial = prev !== undefined && prev.text.length === 1 && prev.cap && sep === '.';
      boundary = !prev || lineBreak || (SENTENCE_END.test(gap) && /\s/.test(gap) && !initial);
    }
    const text = nfc.slice(start, i);
    words.push({
      start,
      end: i,
      text,
      folded: folded.slice(start, i),
      lower: lower.slice(start, i),
      cap: (kindOf(nfc, start) & CAPITAL) !== 0,
      allCaps: capitals > 0 && smalls === 0,
      sep,
      sentenceStart: boundary,
      quoted,
      ...(capitals > 0 && smalls === 0 && nfc[start - 1] === '(' && nfc[i] === ')' ? { aside: true } : {}),
    });
    prevEnd = i;
  }
  return words;
}
