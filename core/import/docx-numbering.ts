// mammoth reads which paragraphs are numbered but not which list each belongs to, nor where a list
// starts, nor its number format: two numbered lists in a row come out as one, a list that goes on
// after a plain paragraph starts again at 1, and a./i. become 1. Word keeps all of it in the numPr
// of each paragraph (numId, ilvl) and in numbering.xml (start, startOverride, numFmt), so the
// numbers are counted here as Word counts them and laid over mammoth's lists, item by item.
import { parseBounded } from './bounded-parser';
import type { DocNode } from '../model';

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

export interface ListDefinitions {
  /** The abstract definition a list instance uses: instances of one definition count on together. */
  abstractOf(numId: string): string;
  start(numId: string, level: number): number;
  /** A "restart numbering" of this instance at this level. */
  override(numId: string, level: number): number | undefined;
  /** Word's numFmt (decimal, lowerLetter, upperRoman, bullet…). */
  format(numId: string, level: number): string | undefined;
}

export function listDefinitions(numberingXml: string): ListDefinitions {
  const abstractOf = new Map<string, string>();
  const overrides = new Map<string, number>();
  const starts = new Map<string, number>();
  const formats = new Map<string, string>();
  let num: string | null = null;
  let abstract: string | null = null;
  let level = 0;
  // A level an instance overrides entirely (w:lvlOverride/w:lvl) counts as the instance's own.
  const owner = () => (num ? `num:${num}` : `abs:${abstract}`);
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
        else if (name === 'w:start' && value && (num || abstract)) starts.set(`${owner()}/${level}`, Number(value));
        else if (name === 'w:numFmt' && value && (num || abstract)) formats.set(`${owner()}/${level}`, value);
      },
      onclosetag(name) {
        if (name === 'w:num') num = null;
        else if (name === 'w:abstractNum') abstract = null;
      },
    },
    { xmlMode: true },
  );
  const valid = (n: number | undefined) => (n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined);
  const abstractKey = (numId: string) => `abs:${abstractOf.get(numId)}`;
  return {
    abstractOf: (numId) => abstractOf.get(numId) ?? `num:${numId}`,
    start: (numId, lvl) => valid(starts.get(`num:${numId}/${lvl}`) ?? starts.get(`${abstractKey(numId)}/${lvl}`)) ?? 1,
    override: (numId, lvl) => valid(overrides.get(`${numId}/${lvl}`)),
    format: (numId, lvl) => formats.get(`num:${numId}/${lvl}`) ?? formats.get(`${abstractKey(numId)}/${lvl}`),
  };
}

/**
 * The number Word shows before each numbered paragraph. Counters belong to the abstract
 * definition and its level, so a list goes on across other paragraphs and across instances of
 * the same definition; an instance's startOverride restarts it once, where it is first used; an
 * item resets the levels below it.
 */
export function wordNumbers(paragraphs: NumberedParagraph[], lists: ListDefinitions): number[] {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  return paragraphs.map(({ numId, level }) => {
    const key = lists.abstractOf(numId);
    const counter = counters.get(key) ?? [];
    counters.set(key, counter);
    const override = lists.override(numId, level);
    if (override !== undefined && !restarted.has(`${numId}/${level}`)) {
      restarted.add(`${numId}/${level}`);
      counter[level] = override;
    } else counter[level] = counter[level] === undefined ? lists.start(numId, level) : counter[level] + 1;
    counter.length = level + 1;
    return counter[level];
  });
}

/** HTML's list types for Word's number formats; decimal is the default and needs none. */
const LIST_TYPES: Record<string, string> = { lowerLetter: 'a', upperLetter: 'A', lowerRoman: 'i', upperRoman: 'I' };

const LISTS = new Set(['bulletList', 'orderedList']);

/**
 * Splits lists where Word's list changes and gives ordered lists their start. Applied only when
 * the list items and the numbered paragraphs pair up one to one; otherwise (numbering by paragraph
 * style, numbered headings) mammoth's lists are kept as they are.
 */
export function applyWordNumbering(body: DocNode, paragraphs: NumberedParagraph[], lists: ListDefinitions): DocNode {
  if (countItems(body) !== paragraphs.length) return body;
  const numbers = wordNumbers(paragraphs, lists);
  // Items are numbered in document order: an item, then the items of lists nested in it.
  const owner = new Map<DocNode, NumberedParagraph & { value: number }>();
  let next = 0;
  const assign = (node: DocNode): void => {
    if (node.type === 'listItem') {
      owner.set(node, { ...paragraphs[next], value: numbers[next] });
      next++;
    }
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
      const type = LIST_TYPES[lists.format(first.numId, first.level) ?? ''];
      return { ...node, attrs: { ...node.attrs, start: first.value, ...(type && { type }) }, content: items };
    });
  };
  return rebuild(body)[0];
}

function countItems(node: DocNode): number {
  return (node.type === 'listItem' ? 1 : 0) + (node.content ?? []).reduce((sum, child) => sum + countItems(child), 0);
}
