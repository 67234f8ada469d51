// How the translation memory compares a segment with a stored source: the key an exact match is
// looked up by, the words the fuzzy index holds, and the similarity score with the word-level
// differences the workspace highlights.
import { fold, tokenize } from '../fold';
import { parsePlaceholders, placeholderCode } from './placeholder-text';

export type TmTokenKind = 'word' | 'number' | 'code' | 'punct';

export interface TmToken {
  kind: TmTokenKind;
  /** Folded word, or the placeholder code ("{1}", "{/1}", "{2/}"), or the punctuation character. */
  key: string;
  /** Offsets into the NFC text. */
  start: number;
  end: number;
}

/**
 * Cost of adding or removing a token of each kind, and of replacing it by another of the same kind
 * (a replacement across kinds costs the larger of the two). A changed number or a moved bold is
 * far less work for the translator than a changed word: the rest of the stored translation stands.
 */
const TOKEN_WEIGHTS: Record<TmTokenKind, number> = { word: 1, number: 0.5, code: 0.25, punct: 0.25 };

const NUMBER = /^\p{N}+$/u;
const SPACE = /\s/;

/** The key an exact match is found by: NFC, folded (case, diacritics), white space collapsed; placeholders kept. */
export function sourceKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Tokens of `nfc` (text already in NFC): words and numbers as fold.ts cuts them, placeholders, other visible characters. */
export function tmTokens(nfc: string): TmToken[] {
  const tokens: TmToken[] = [];
  for (const part of parsePlaceholders(nfc)) {
    if (part.kind !== 'text') {
      tokens.push({ kind: 'code', key: placeholderCode(part.kind, part.id), start: part.start, end: part.end });
      continue;
    }
    const raw = nfc.slice(part.start, part.end);
    const folded = fold(raw);
    let at = 0;
    const punctuationUpTo = (end: number) => {
      for (; at < end; at++) {
        if (!SPACE.test(raw[at])) tokens.push({ kind: 'punct', key: folded[at], start: part.start + at, end: part.start + at + 1 });
      }
    };
    for (const word of tokenize(raw)) {
      punctuationUpTo(word.start);
      tokens.push({ kind: NUMBER.test(word.folded) ? 'number' : 'word', key: word.folded, start: part.start + word.start, end: part.start + word.end });
      at = word.end;
    }
    punctuationUpTo(raw.length);
  }
  return tokens;
}

/**
 * What the fuzzy index holds for a text: its pairs of neighbouring words ("bakida_kecirilib"), each
 * once, with every number written 0 so that a changed date or count leaves the pairs as they were.
 * Single words are too common to find candidates by: with a press service's small vocabulary most
 * words stand in thousands of sentences, while most pairs stand in a handful. A text of one word
 * has no pair, and no fuzzy match worth showing either.
 */
export function indexTerms(tokens: readonly TmToken[]): string[] {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => (t.kind === 'number' ? '0' : t.key));
  const terms = new Set<string>();
  for (let i = 1; i < words.length; i++) terms.add(`${words[i - 1]}_${words[i]}`);
  return [...terms];
}

export type MatchDiffKind = 'same' | 'changed' | 'added' | 'removed';

/**
 * One stretch of the comparison. Joined in order, the `segment` texts give the segment's NFC text
 * and the `memory` texts give the stored source's, white space included.
 */
export interface MatchDiffPart {
  kind: MatchDiffKind;
  /** The segment being translated ('' for `removed`). */
  segment: string;
  /** The memory's source ('' for `added`). */
  memory: string;
}

export interface FuzzyComparison {
  /** 0–99: a fuzzy match never claims 100, which is kept for the exact match. */
  score: number;
  diff: MatchDiffPart[];
}

function weight(token: TmToken): number {
  return TOKEN_WEIGHTS[token.kind];
}

function replaceCost(a: TmToken, b: TmToken): number {
  if (a.key === b.key) return 0;
  return Math.max(weight(a), weight(b));
}

/**
 * score = ⌊100 · (1 − d / max(Wa, Wb))⌋, capped at 99, where d is the weighted word-level
 * Levenshtein distance between the token sequences (costs in TOKEN_WEIGHTS) and W the total weight
 * of each side. One changed word in a sentence of ten words scores about 90; one changed number, about 95.
 */
export function compareTokens(segmentText: string, segment: TmToken[], memoryText: string, memory: TmToken[]): FuzzyComparison {
  const n = segment.length;
  const m = memory.length;
  const cols = m + 1;
  const d = new Float64Array((n + 1) * cols);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1] + weight(memory[j - 1]);
  for (let i = 1; i <= n; i++) {
    const a = segment[i - 1];
    const row = i * cols;
    d[row] = d[row - cols] + weight(a);
    for (let j = 1; j <= m; j++) {
      const b = memory[j - 1];
      d[row + j] = Math.min(d[row - cols + j - 1] + replaceCost(a, b), d[row - cols + j] + weight(a), d[row + j - 1] + weight(b));
    }
  }
  const total = Math.max(d[n * cols], d[m]);
  const distance = d[n * cols + m];
  const score = total === 0 ? 99 : Math.min(99, Math.max(0, Math.floor(100 * (1 - distance / total) + 1e-9)));
  return { score, diff: backtrace(d, cols, segmentText, segment, memoryText, memory) };
}

/** Each token's stretch of text runs to the next token, so the stretches cover the whole text. */
function stretches(text: string, tokens: TmToken[]): string[] {
  return tokens.map((token, i) => text.slice(i === 0 ? 0 : token.start, i + 1 < tokens.length ? tokens[i + 1].start : text.length));
}

function backtrace(d: Float64Array, cols: number, segmentText: string, segment: TmToken[], memoryText: string, memory: TmToken[]): MatchDiffPart[] {
  if (!segment.length || !memory.length) {
    const parts: MatchDiffPart[] = [];
    if (segmentText) parts.push({ kind: 'added', segment: segmentText, memory: '' });
    if (memoryText) parts.push({ kind: 'removed', segment: '', memory: memoryText });
    return parts;
  }
  const a = stretches(segmentText, segment);
  const b = stretches(memoryText, memory);
  const reversed: MatchDiffPart[] = [];
  let i = segment.length;
  let j = memory.length;
  const EPSILON = 1e-9;
  while (i > 0 || j > 0) {
    const here = d[i * cols + j];
    if (i > 0 && j > 0 && Math.abs(here - (d[(i - 1) * cols + j - 1] + replaceCost(segment[i - 1], memory[j - 1]))) < EPSILON) {
      const kind = segment[i - 1].key === memory[j - 1].key ? 'same' : 'changed';
      reversed.push({ kind, segment: a[--i], memory: b[--j] });
    } else if (i > 0 && Math.abs(here - (d[(i - 1) * cols + j] + weight(segment[i - 1]))) < EPSILON) {
      reversed.push({ kind: 'added', segment: a[--i], memory: '' });
    } else {
      reversed.push({ kind: 'removed', segment: '', memory: b[--j] });
    }
  }
  const merged: MatchDiffPart[] = [];
  for (const part of reversed.reverse()) {
    const last = merged.at(-1);
    if (last?.kind === part.kind) {
      last.segment += part.segment;
      last.memory += part.memory;
    } else merged.push({ ...part });
  }
  return merged;
}

/** A memory entry found for a segment: what the workspace shows and inserts. */
export interface TmMatch {
  unitId: number;
  source: string;
  target: string;
  /** 100: the same text; 99: the same but for case, diacritics or spacing (still `exact`); below: fuzzy. */
  score: number;
  exact: boolean;
  /** The segment against the stored source, word by word, for highlighting. */
  diff: MatchDiffPart[];
  origin: string;
  updatedAt: number;
}
