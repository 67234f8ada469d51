// Sentence segmentation for the translation workspace, and the placeholders that carry inline
// formatting (bold, links, hard breaks) through a translation and back.
//
// A sentence ends after . ! ? … (with any closing quotes or brackets right after them) when a space
// follows and then an uppercase letter, a digit or an opening quote. Dots that cannot end a sentence
// never reach that test when no space follows them: K.Əliyev, 3.5, 05.06.2024, Metbuat.az-a, and
// Azerbaijani suffixes after a hyphen (BMT-nin, 28-ci, 2024-cü, 5-də) hold no dot at all. What is
// left is decided below: initials, abbreviations, list numbers and ellipses inside quotes.
import type { DocNode } from '../model';

export type SegmentLanguage = 'az' | 'en' | 'ru';

export interface Span {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '«', '„', '“', '‘', '(', '[']);
const SENTENCE_START = /[\p{Lu}\p{Nd}]/u;
const SPACE = /\s/;
// Paragraph boundaries: every line is segmented on its own.
const LINE_BREAK = /\n|\u2029/;

/**
 * `inner` abbreviations are followed by more of the same sentence, often a capitalised name or a
 * number (prof. Əliyev, No. 5, e.ə. 331-ci il), so they never end one. `terminal` ones close lists
 * (və s., и др., etc.) and do end a sentence when an uppercase letter follows, as it would not
 * inside one; a digit after them (5 млн. 300 тыс.) continues the sentence.
 */
interface Abbreviation {
  pattern: RegExp;
  terminal: boolean;
}

function abbreviations(inner: string[], terminal: string[], caseSensitive: string[] = []): Abbreviation[] {
  // "т.е." also matches "т. е.": a space may follow any inner dot.
  const compile = (word: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}.])${word.slice(0, -1).split('.').map(escape).join('\\.\\s?')}\\.$`, flags);
  return [
    ...inner.map((word) => ({ pattern: compile(word, 'iu'), terminal: false })),
    ...caseSensitive.map((word) => ({ pattern: compile(word, 'u'), terminal: false })),
    ...terminal.map((word) => ({ pattern: compile(word, 'iu'), terminal: true })),
  ];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
}

const ABBREVIATIONS: Record<SegmentLanguage, Abbreviation[]> = {
  az: abbreviations(['b.e.ə.', 'e.ə.', 'm.', 'səh.', 'küç.', 'şəh.', 'prof.', 'dos.', 'akad.', 'cən.', 'məs.', 'red.'], ['və s.', 'və b.', 'və i.a.'], ['No.']),
  ru: abbreviations(
    ['т.е.', 'т.к.', 'г.', 'гг.', 'ул.', 'им.', 'проф.', 'акад.', 'ст.', 'см.', 'д.', 'тел.', 'р-н.', 'обл.'],
    ['т.д.', 'т.п.', 'и др.', 'и пр.', 'руб.', 'коп.', 'млн.', 'млрд.', 'тыс.'],
  ),
  en: abbreviations(
    [
      'Mr.',
      'Mrs.',
      'Ms.',
      'Dr.',
      'Prof.',
      'St.',
      'Gen.',
      'Col.',
      'Lt.',
      'Sen.',
      'Rep.',
      'Gov.',
      'vs.',
      'cf.',
      'Jan.',
      'Feb.',
      'Mar.',
      'Apr.',
      'Jun.',
      'Jul.',
      'Aug.',
      'Sep.',
      'Sept.',
      'Oct.',
      'Nov.',
      'Dec.',
    ],
    ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Jr.'],
    ['No.'],
  ),
};

// A single capital (K.Əliyev, A. B. Smith, the last letter of U.S.) or a two-letter capital that
// romanises one Azerbaijani or Russian letter (Sh. Mustafayev, Дж. Байрамов).
const INITIAL = /(?<![\p{L}\p{N}])(?:\p{Lu}|Sh|Ch|Kh|Zh|Gh|Дж)\.$/u;
// Dotted lowercase acronyms: t.e.d., h.ü.f.d., e.g., i.e.
const DOTTED = /(?<![\p{L}\p{N}])(?:\p{Ll}\.\s?){2,}$/u;
const LIST_NUMBER = /^(?:\d{1,3}|\p{L})\.$/u;

/** Sentences of `text` as offsets, trimmed of surrounding white space; together they hold all its non-space text. */
export function splitSentences(text: string, language: SegmentLanguage): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split(LINE_BREAK)) {
    splitLine(text, lineStart, lineStart + line.length, ABBREVIATIONS[language], spans);
    lineStart += line.length + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, abbrevs: Abbreviation[], spans: Span[]): void {
  let start = skipSpace(text, from, to);
  let quoteDepth = 0;
  for (let i = start; i < to; i++) {
    const ch = text[i];
    if (!TERMINATORS.has(ch)) {
      quoteDepth = trackQuote(text, i, from, quoteDepth);
      continue;
    }
    let runEnd = i;
    while (runEnd < to && TERMINATORS.has(text[runEnd])) runEnd++;
    let end = runEnd;
    while (end < to && CLOSERS.has(text[end])) end++;
    const next = skipSpace(text, end, to);
    const letter = next > end && next < to ? nextLetter(text, next, to) : '';
    if (SENTENCE_START.test(letter) && endsSentence(text, start, i, runEnd, end, quoteDepth, abbrevs, letter)) {
      spans.push({ start, end });
      start = next;
      quoteDepth = 0;
      i = next - 1;
    } else {
      i = runEnd - 1;
    }
  }
  let end = to;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

function endsSentence(
  text: string,
  start: number,
  at: number,
  runEnd: number,
  end: number,
  quoteDepth: number,
  abbrevs: Abbreviation[],
  following: string,
): boolean {
  const run = text.slice(at, runEnd);
  const ellipsis = run === '…' || run.startsWith('..');
  // "Gözləyin… Sonra" inside quotes is a pause in the quoted speech; a closing quote ends it.
  if (ellipsis) return quoteDepth === 0 || end > runEnd;
  if (run !== '.') return true;
  const before = wordsBefore(text, start, at + 1);
  if (LIST_NUMBER.test(text.slice(start, at + 1))) return false;
  // The longest listed abbreviation decides: "т. д." is a list end, not the "д." of an address.
  let abbrev: Abbreviation | undefined;
  let longest = 0;
  for (const candidate of abbrevs) {
    const length = candidate.pattern.exec(before)?.[0].length ?? 0;
    if (length > longest) [abbrev, longest] = [candidate, length];
  }
  if (abbrev) return abbrev.terminal && /\p{Lu}/u.test(following);
  return !INITIAL.test(before) && !DOTTED.test(before);
}

/** The last few words before `to`, cut at a space so that look-behinds see a whole word. */
function wordsBefore(text: string, start: number, to: number): string {
  let from = Math.max(start, to - 24);
  while (from > start && !SPACE.test(text[from - 1])) from--;
  return text.slice(from, to);
}

/** The first character after any opening quotes or brackets. */
function nextLetter(text: string, i: number, to: number): string {
  while (i < to - 1 && OPENERS.has(text[i])) i++;
  return text[i];
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && SPACE.test(text[i])) i++;
  return i;
}

// « and „ always open and » always closes; " “ ” open after a space or an opening bracket and close
// elsewhere. Apostrophes are left alone: Azerbaijani and English use them inside words.
function trackQuote(text: string, i: number, lineStart: number, depth: number): number {
  const ch = text[i];
  if (ch === '«' || ch === '„') return depth + 1;
  if (ch === '»') return Math.max(0, depth - 1);
  if (ch !== '"' && ch !== '“' && ch !== '”') return depth;
  const prev = i > lineStart ? text[i - 1] : ' ';
  const opens = ch !== '”' && (SPACE.test(prev) || prev === '(' || prev === '[' || prev === '«');
  return opens ? depth + 1 : Math.max(0, depth - 1);
}

// ---------------------------------------------------------------------------------------------
// Segments of a TipTap document with placeholders.
//
// Within a segment every distinct mark (type and attributes) gets a number n and its ranges are
// written {n}…{/n}; an inline node such as a hard break is written {n/}. A literal "{" in the text
// is doubled. Segment ids are positions: `<block path joined by ".">:<sentence index>`, e.g. "3:0"
// or "2.0.1:4". The same document always gives the same ids; a workspace that stores targets by id
// should keep the source text as well to notice a sentence that changed.

export interface Placeholder {
  /** `mark` for {n}…{/n}, `node` for an inline node written {n/}. */
  kind: 'mark' | 'node';
  type: string;
  attrs?: Record<string, unknown>;
}

export interface Segment {
  id: string;
  /** Child indexes from the document down to the text block. */
  blockPath: number[];
  text: string;
  marks: Record<string, Placeholder>;
}

type Mark = NonNullable<DocNode['marks']>[number];
// Inline nodes stand in the plain text as one non-space character, so a hard break never ends a
// sentence: it stays inside its segment as a placeholder.
const INLINE_NODE = '\uFFFC';
const TEXTBLOCKS = new Set(['paragraph', 'heading']);

export function segmentDoc(doc: DocNode, language: SegmentLanguage): Segment[] {
  const segments: Segment[] = [];
  const walk = (node: DocNode, path: number[]) => {
    if (isTextblock(node)) segments.push(...segmentBlock(node, path, language));
    else node.content?.forEach((child, index) => walk(child, [...path, index]));
  };
  walk(doc, []);
  return segments;
}

function isTextblock(node: DocNode): boolean {
  return TEXTBLOCKS.has(node.type) || !!node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak');
}

interface Run {
  from: number;
  to: number;
  node: DocNode;
}

function segmentBlock(block: DocNode, path: number[], language: SegmentLanguage): Segment[] {
  const runs: Run[] = [];
  let plain = '';
  for (const node of block.content ?? []) {
    const text = node.type === 'text' ? (node.text ?? '') : INLINE_NODE;
    runs.push({ from: plain.length, to: plain.length + text.length, node });
    plain += text;
  }
  return splitSentences(plain, language).map((span, index) => ({
    id: `${path.join('.')}:${index}`,
    blockPath: path,
    ...placeholderText(runs, span),
  }));
}

function placeholderText(runs: Run[], span: Span): Pick<Segment, 'text' | 'marks'> {
  const marks: Record<string, Placeholder> = {};
  const ids = new Map<string, string>();
  const idFor = (placeholder: Placeholder) => {
    const key = JSON.stringify([placeholder.kind, placeholder.type, placeholder.attrs ?? {}]);
    let id = ids.get(key);
    if (!id) {
      id = String(ids.size + 1);
      ids.set(key, id);
      marks[id] = placeholder;
    }
    return id;
  };
  const open: { key: string; id: string }[] = [];
  let text = '';
  const enter = (nodeMarks: Mark[]) => {
    const keys = nodeMarks.map((mark) => JSON.stringify([mark.type, mark.attrs ?? {}]));
    let same = 0;
    while (same < open.length && same < keys.length && open[same].key === keys[same]) same++;
    while (open.length > same) text += `{/${open.pop()!.id}}`;
    nodeMarks.slice(same).forEach((mark, i) => {
      const id = idFor({ kind: 'mark', type: mark.type, ...(mark.attrs ? { attrs: mark.attrs } : {}) });
      open.push({ key: keys[same + i], id });
      text += `{${id}}`;
    });
  };
  for (const run of runs) {
    const from = Math.max(run.from, span.start);
    const to = Math.min(run.to, span.end);
    if (from >= to) continue;
    enter(run.node.marks ?? []);
    if (run.node.type === 'text') {
      text += run.node.text!.slice(from - run.from, to - run.from).replace(/\{/g, '{{');
    } else {
      const { type, attrs } = run.node;
      text += `{${idFor({ kind: 'node', type, ...(attrs ? { attrs } : {}) })}/}`;
    }
  }
  enter([]);
  return { text, marks };
}

export interface Restored {
  /** Inline TipTap content for the target sentence. */
  content: DocNode[];
  /** Placeholders of the source that the target lacks. */
  missing: string[];
  /** Placeholders in the target that the source does not have (left out of the content). */
  extra: string[];
  /** {n} never closed (the mark runs to the end) and {/n} never opened (ignored). */
  unclosed: string[];
  unopened: string[];
  ok: boolean;
}

const PLACEHOLDER = /\{(\/?)(\d+)(\/?)\}/y;

/**
 * Inline content for a translated segment. Marks are sets in TipTap, so placeholders that cross
 * ({1}a{2}b{/1}c{/2}) are fine; only unknown, unmatched or missing ones are reported.
 */
export function restoreMarks(targetText: string, placeholders: Record<string, Placeholder>): Restored {
  const content: DocNode[] = [];
  const seen = new Set<string>();
  const extra = new Set<string>();
  const unopened = new Set<string>();
  const active: string[] = [];
  let pending = '';
  const flush = () => {
    if (!pending) return;
    const marks = active.map((id) => ({ type: placeholders[id].type, ...attrsOf(placeholders[id]) }));
    const last = content.at(-1);
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += pending;
    else content.push({ type: 'text', text: pending, ...(marks.length ? { marks } : {}) });
    pending = '';
  };
  for (let i = 0; i < targetText.length;) {
    if (targetText.startsWith('{{', i)) {
      pending += '{';
      i += 2;
      continue;
    }
    PLACEHOLDER.lastIndex = i;
    const match = targetText[i] === '{' ? PLACEHOLDER.exec(targetText) : null;
    if (!match || (match[1] && match[3])) {
      pending += targetText[i++];
      continue;
    }
    i += match[0].length;
    const [, close, id, selfClosing] = match;
    const placeholder = placeholders[id];
    if (!placeholder || (placeholder.kind === 'node') !== !!selfClosing) {
      extra.add(match[0]);
      continue;
    }
    seen.add(id);
    flush();
    if (selfClosing) {
      const marks = active.map((open) => ({ type: placeholders[open].type, ...attrsOf(placeholders[open]) }));
      content.push({ type: placeholder.type, ...attrsOf(placeholder), ...(marks.length ? { marks } : {}) });
    } else if (close) {
      const at = active.indexOf(id);
      if (at < 0) unopened.add(id);
      else active.splice(at, 1);
    } else if (!active.includes(id)) {
      active.push(id);
    }
  }
  flush();
  const missing = Object.keys(placeholders).filter((id) => !seen.has(id));
  const result = { content, missing, extra: [...extra], unclosed: active, unopened: [...unopened] };
  return { ...result, ok: !missing.length && !extra.size && !active.length && !unopened.size };
}

function attrsOf(placeholder: Placeholder): { attrs?: Record<string, unknown> } {
  return placeholder.attrs ? { attrs: placeholder.attrs } : {};
}
