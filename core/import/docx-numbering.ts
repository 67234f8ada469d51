// mammoth reads which paragraphs are numbered but not which list each belongs to, nor where a list
// starts: two numbered lists in a row come out as one, and a list starting at 4 starts at 1. Word
// keeps both in the numPr of each paragraph (numId) and in numbering.xml (start, startOverride), so
// they are read from there and laid over mammoth's lists, item by item in document order.
import { parseBounded } from './bounded-parser';
import type { DocNode } from '../api';

export interface NumberedParagraph {
  numId: string;
  level: number;
}

/** The numbered paragraphs of word/document.xml, in order; numId 0 means "numbering removed". */
export function numberedParagraphs(documentXml: string): NumberedParagraph[] {
  const found: NumberedParagraph[] = [];
  let current: { numId: string | null; level: number } | null = null;
  // An earlier version of a paragraph's properties (tracked changes) does not count.
  let inChange = 0;
  parseBounded(
    documentXml,
    {
      onopentag(name, attributes) {
        if (name === 'w:pPrChange') inChange++;
        else if (name === 'w:p') current = { numId: null, level: 0 };
        else if (current && !inChange && name === 'w:numId') current.numId = attributes['w:val'] ?? null;
        else if (current && !inChange && name === 'w:ilvl') current.level = Number(attributes['w:val'] ?? 0) || 0;
      },
      onclosetag(name) {
        if (name === 'w:pPrChange') inChange--;
        else if (name === 'w:p' && current) {
          if (current.numId && current.numId !== '0') found.push({ numId: current.numId, level: current.level });
          current = null;
        }
      },
    },
    { xmlMode: true },
  );
  return found;
}

/** Where each list level starts: a num's startOverride, else its abstract definition's start, else 1. */
export function listStarts(numberingXml: string): (numId: string, level: number) => number {
  const abstractOf = new Map<string, string>();
  const overrides = new Map<string, number>();
  const abstractStarts = new Map<string, number>();
  let num: string | null = null;
  let abstract: string | null = null;
  let level = 0;
  parseBounded(
    numberingXml,
    {
      onopentag(name, attributes) {
        const value = attributes['w:val'];
        if (name === 'w:num') num = attributes['w:numId'] ?? null;
        else if (name === 'w:abstractNum') abstract = attributes['w:abstractNumId'] ?? null;
        else if (name === 'w:abstractNumId' && num && value) abstractOf.set(num, value);
        else if (name === 'w:lvlOverride' || name === 'w:lvl') level = Number(attributes['w:ilvl'] ?? 0) || 0;
        else if (name === 'w:startOverride' && num && value) overrides.set(`${num}/${level}`, Number(value));
        else if (name === 'w:start' && abstract && !num && value) abstractStarts.set(`${abstract}/${level}`, Number(value));
      },
      onclosetag(name) {
        if (name === 'w:num') num = null;
        else if (name === 'w:abstractNum') abstract = null;
      },
    },
    { xmlMode: true },
  );
  return (numId, lvl) => {
    const start = overrides.get(`${numId}/${lvl}`) ?? abstractStarts.get(`${abstractOf.get(numId)}/${lvl}`) ?? 1;
    return Number.isInteger(start) && start >= 0 ? start : 1;
  };
}

const LISTS = new Set(['bulletList', 'orderedList']);

/**
 * Splits lists where Word's list changes and gives ordered lists their start. Applied only when
 * the list items and the numbered paragraphs pair up one to one; otherwise (numbering by paragraph
 * style, numbered headings) mammoth's lists are kept as they are.
 */
export function applyWordNumbering(
  body: DocNode,
  paragraphs: NumberedParagraph[],
  startOf: (numId: string, level: number) => number,
): DocNode {
  if (countItems(body) !== paragraphs.length) return body;
  // Items are numbered in document order: an item, then the items of lists nested in it.
  const owner = new Map<DocNode, NumberedParagraph>();
  let next = 0;
  const assign = (node: DocNode): void => {
    if (node.type === 'listItem') owner.set(node, paragraphs[next++]);
    node.content?.forEach(assign);
  };
  assign(body);

  const rebuild = (node: DocNode): DocNode[] => {
    const content = node.content && node.content.flatMap(rebuild);
    const copy = content ? { ...node, content } : node;
    if (!LISTS.has(node.type) || !node.content?.length) return [copy];
    // Grouped by the original items, which the owner map knows.
    const groups: DocNode[][] = [];
    let last: string | undefined;
    node.content.forEach((item, i) => {
      const numId = owner.get(item)?.numId;
      if (!groups.length || numId !== last) groups.push([]);
      groups[groups.length - 1].push(content![i]);
      last = numId;
    });
    let at = 0;
    return groups.map((items) => {
      const first = owner.get(node.content![at]);
      at += items.length;
      if (node.type !== 'orderedList' || !first) return { ...node, content: items };
      return { ...node, attrs: { ...node.attrs, start: startOf(first.numId, first.level) }, content: items };
    });
  };
  return rebuild(body)[0];
}

function countItems(node: DocNode): number {
  return (node.type === 'listItem' ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + countItems(child), 0);
}
