// Word's HTML lists: Word writes no <ul> or <ol>, but paragraphs styled `mso-list: l0 level2 lfo1`
// with the bullet or number it showed in a marker span (`mso-list: Ignore`, or between the
// conditional comments `[if !supportLists]` … `[endif]`). Consecutive list paragraphs of one
// container become nested lists again, ordered where the marker is a number or a letter.
import type { DocNode } from '../model';

export type ListNode = DocNode & { content: DocNode[] };

/** A list opened for Word's list paragraphs, with the level it stands for. */
export interface OpenWordList {
  list: ListNode;
  level: number;
  ordered: boolean;
}

const WORD_LIST = /(?:^|;)\s*mso-list\s*:\s*l\d+\s+level(\d+)/i;
const WORD_LIST_MARKER = /(?:^|;)\s*mso-list\s*:\s*ignore/i;
// Word writes "1." "a)" "(iv)" "2.1." before numbered items; bullets are single glyphs, "o" included.
const ORDERED_MARKER = /^[([]?(?:\d+(?:\.\d+)*[.)\]]?|[a-zA-Z]{1,5}[.)\]])$/;
const LIST_TYPES = new Set(['a', 'A', 'i', 'I']);

/** The list level of a Word list paragraph's style; 0 for any other paragraph. */
export function wordListLevel(style: string): number {
  return Number(WORD_LIST.exec(style)?.[1] ?? 0);
}

/** Whether an element's style marks it as the bullet or number Word wrote before a list paragraph. */
export function isWordListMarker(style: string): boolean {
  return WORD_LIST_MARKER.test(style);
}

/** Word's conditional comments around a list marker: where one opens, and where it closes. */
export function supportListsComment(data: string): 'open' | 'close' | null {
  const condition = data.trim().toLowerCase();
  if (condition === '[if !supportlists]') return 'open';
  if (condition === '[endif]') return 'close';
  return null;
}

export function newList(ordered: boolean, start: number, type?: string): ListNode {
  if (!ordered) return { type: 'bulletList', content: [] };
  const first = Number.isInteger(start) && start >= 0 && start <= 1_000_000 ? start : 1;
  const attrs = { ...(first !== 1 && { start: first }), ...(type && LIST_TYPES.has(type) && { type }) };
  return { type: 'orderedList', ...(Object.keys(attrs).length && { attrs }), content: [] };
}

/**
 * Adds a Word list paragraph to the lists open in its container (`target.wordLists`), opening,
 * nesting or closing lists by its level; a list that is opened at the top is handed to `place`.
 */
export function addWordListItem(
  target: { wordLists: OpenWordList[] | null },
  level: number,
  marker: string,
  paragraph: DocNode,
  place: (list: ListNode) => void,
): void {
  const ordered = ORDERED_MARKER.test(marker);
  const lists = target.wordLists ?? [];
  while (lists.length && lists[lists.length - 1].level > level) lists.pop();
  let open = lists[lists.length - 1];
  if (open && open.level === level && open.ordered !== ordered) {
    lists.pop();
    open = lists[lists.length - 1];
  }
  if (!open || open.level < level) {
    const list = newList(ordered, ordered ? Number(/(\d+)\D*$/.exec(marker)?.[1] ?? 1) : 1);
    if (open) lastItem(open.list).content!.push(list);
    else place(list);
    open = { list, level, ordered };
    lists.push(open);
  }
  open.list.content.push({ type: 'listItem', content: [paragraph] });
  target.wordLists = lists;
}

function lastItem(list: ListNode): DocNode {
  return list.content[list.content.length - 1];
}
