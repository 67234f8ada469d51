// The search box syntax: words (all must match), `"a phrase"`, a trailing `*` for a prefix, and a
// leading `-` to exclude a word or phrase. Azerbaijani adds its endings to the word (Bakı, Bakıda,
// Bakının), so a plain word of STEM_MIN letters or more already matches as a word start, excluded or
// not; quotes ask for the exact word. The `*` is for what is otherwise exact: short words (`ab*`),
// words with inner punctuation (`BMT-n*`) and quoted text (`"baş prok"*`). Everything else a user types
// is text, never FTS5 syntax: every token reaches FTS5 inside double quotes, so AND, OR, NEAR,
// parentheses, `col:` and `^` can't act.
import { tokenize } from './fold';

export type QueryTerm =
  | { kind: 'word'; token: string; prefix: boolean; negated: boolean }
  // `BMT-nin*` and `"baş prok"*` are phrases whose last token is a prefix.
  | { kind: 'phrase'; tokens: string[]; prefix: boolean; negated: boolean };

export interface ParsedQuery {
  terms: QueryTerm[];
}

/** A sequence of folded tokens to mark in a snippet; the last one may be a prefix. */
export interface HitPattern {
  tokens: string[];
  prefix: boolean;
}

const SPACE = /\s/;
/** Shorter words (və, AB) would match far too much as word starts. */
const STEM_MIN = 3;

export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  const s = input.normalize('NFC');
  let i = 0;
  while (i < s.length) {
    if (SPACE.test(s[i])) {
      i++;
      continue;
    }
    const negated = s[i] === '-';
    while (s[i] === '-') i++;

    let text: string;
    let prefix = false;
    const quoted = s[i] === '"';
    if (quoted) {
      // An unclosed quote runs to the end of the input.
      const close = s.indexOf('"', i + 1);
      const end = close < 0 ? s.length : close;
      text = s.slice(i + 1, end);
      i = end + 1;
      prefix = s[i] === '*';
      while (s[i] === '*') i++;
    } else {
      const start = i;
      while (i < s.length && !SPACE.test(s[i]) && s[i] !== '"') i++;
      text = s.slice(start, i);
    }

    const found = tokenize(text);
    if (!quoted) {
      // A star counts only right after a word: `ab*` and `BMT-n*`, not `ab-*`, `BMT-nin-*` or a lone `*`.
      const stars = /\*+$/.exec(text);
      prefix = stars !== null && found.at(-1)?.end === stars.index;
      // Numbers take no endings of their own (2024-cü splits at the hyphen): 100 must not find 1000.
      if (found.length === 1 && found[0].folded.length >= STEM_MIN && !/^\p{N}+$/u.test(found[0].folded)) prefix = true;
    }
    const tokens = found.map((t) => t.folded);
    if (tokens.length === 1) terms.push({ kind: 'word', token: tokens[0], prefix, negated });
    else if (tokens.length > 1) terms.push({ kind: 'phrase', tokens, prefix, negated });
  }
  return { terms };
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The indexed words that start with `prefix`, or null when there are too many to list. FTS5
 * answers a prefix query by merging every such word's hits in full before returning any; the
 * same words as an OR of exact terms are walked lazily, so a page of hits costs a page of work.
 */
export type ExpandPrefix = (prefix: string) => string[] | null;

function ftsTerm(term: QueryTerm, expand?: ExpandPrefix): string {
  if (term.kind === 'word' && term.prefix && expand) {
    const words = expand(term.token);
    if (words && words.length > 0) return `(${words.map(quote).join(' OR ')})`;
  }
  const text = quote(term.kind === 'word' ? term.token : term.tokens.join(' '));
  return term.prefix ? `${text}*` : text;
}

/** The FTS5 MATCH expression for a query, or null when there is nothing to search for. */
export function toFtsMatch(q: ParsedQuery, expand?: ExpandPrefix): string | null {
  const positive = q.terms.filter((t) => !t.negated);
  // FTS5 can only subtract from a match; an exclusion on its own is not a search.
  if (positive.length === 0) return null;
  const negative = q.terms.filter((t) => t.negated);
  return positive.map((t) => ftsTerm(t, expand)).join(' AND ') + negative.map((t) => ` NOT ${ftsTerm(t, expand)}`).join('');
}

/** What to mark in a snippet: the positive terms only. */
export function highlightTerms(q: ParsedQuery): HitPattern[] {
  return q.terms.filter((t) => !t.negated).map((t) => ({ tokens: t.kind === 'word' ? [t.token] : t.tokens, prefix: t.prefix }));
}
