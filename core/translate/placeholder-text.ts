// Segment text in the notation of segment.ts ({n}…{/n} around marked text, {n/} for an inline node,
// "{{" for a literal "{") taken apart into runs of text and placeholders, and put back together.
// The exchange formats (TMX, XLIFF) write placeholders as their own inline elements, and the
// translation memory compares them as tokens of their own, so all three read the notation here.

export type PlaceholderKind = 'open' | 'close' | 'point';

export type PlaceholderPart = { kind: 'text'; text: string; start: number; end: number } | { kind: PlaceholderKind; id: string; start: number; end: number };

// The same grammar restoreMarks() reads: "{/1/}" is no placeholder and stays text.
const CODE = /\{(\/?)(\d+)(\/?)\}/y;

/** Text runs (unescaped) and placeholders of `text`, with their offsets in `text`. */
export function parsePlaceholders(text: string): PlaceholderPart[] {
  const parts: PlaceholderPart[] = [];
  let pending = '';
  let pendingStart = 0;
  const flush = (at: number) => {
    if (pending) parts.push({ kind: 'text', text: pending, start: pendingStart, end: at });
    pending = '';
  };
  for (let i = 0; i < text.length;) {
    if (text.startsWith('{{', i)) {
      if (!pending) pendingStart = i;
      pending += '{';
      i += 2;
      continue;
    }
    CODE.lastIndex = i;
    const match = text[i] === '{' ? CODE.exec(text) : null;
    if (!match || (match[1] && match[3])) {
      if (!pending) pendingStart = i;
      pending += text[i++];
      continue;
    }
    flush(i);
    const kind: PlaceholderKind = match[1] ? 'close' : match[3] ? 'point' : 'open';
    parts.push({ kind, id: match[2], start: i, end: i + match[0].length });
    i += match[0].length;
  }
  flush(text.length);
  return parts;
}

export function placeholderCode(kind: PlaceholderKind, id: string): string {
  return kind === 'open' ? `{${id}}` : kind === 'close' ? `{/${id}}` : `{${id}/}`;
}

/** Segment text from text runs and placeholders: the inverse of parsePlaceholders(). */
export function formatPlaceholders(parts: readonly ({ kind: 'text'; text: string } | { kind: PlaceholderKind; id: string })[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.text.replace(/\{/g, '{{') : placeholderCode(part.kind, part.id))).join('');
}

/** The placeholder codes of `text` ("{1}", "{/1}", "{2/}"), each once, in order of first appearance. */
export function placeholderCodes(text: string): string[] {
  const codes = new Set<string>();
  for (const part of parsePlaceholders(text)) if (part.kind !== 'text') codes.add(placeholderCode(part.kind, part.id));
  return [...codes];
}

/**
 * For each placeholder, whether it opens a pair that closes later in the same text; pairs are matched
 * by id, nearest first, so crossing pairs ({1}a{2}b{/1}c{/2}) still pair. Unpaired opens and closes
 * are what the exchange formats write as isolated codes.
 */
export function pairPlaceholders(parts: readonly PlaceholderPart[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open = new Map<string, number>();
  parts.forEach((part, index) => {
    if (part.kind === 'open' && !open.has(part.id)) open.set(part.id, index);
    else if (part.kind === 'close' && open.has(part.id)) {
      pairs.set(open.get(part.id)!, index);
      pairs.set(index, open.get(part.id)!);
      open.delete(part.id);
    }
  });
  return pairs;
}
