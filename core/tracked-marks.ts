// Word's tracked changes kept as marks until the officer accepts or rejects them: inserted and
// deleted text with who changed it and when. The editor shows them (ins/del with the author in a
// tooltip); the exporters refuse a body that still holds them, so an edit the other agency never
// approved cannot be published by accident.
import { Mark, mergeAttributes, type CommandProps } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    trackedChanges: {
      /** Word's "accept": inserted text stays unmarked, deleted text goes; in the selection, or everywhere. */
      acceptTrackedChanges: () => ReturnType;
      /** Word's "reject": deleted text comes back unmarked, inserted text goes. */
      rejectTrackedChanges: () => ReturnType;
    };
  }
}

export function resolveTrackedChanges(choice: 'accept' | 'reject') {
  return ({ state, tr, dispatch }: CommandProps) => {
    const { from, to } = state.selection.empty ? { from: 0, to: state.doc.content.size } : state.selection;
    const goes = state.schema.marks[choice === 'accept' ? 'deletion' : 'insertion'];
    const stays = state.schema.marks[choice === 'accept' ? 'insertion' : 'deletion'];
    const gone: [number, number][] = [];
    state.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isText && goes.isInSet(node.marks)) gone.push([Math.max(pos, from), Math.min(pos + node.nodeSize, to)]);
    });
    if (!gone.length && !state.doc.rangeHasMark(from, to, stays)) return false;
    if (dispatch) {
      tr.removeMark(from, to, stays);
      // From the end, so the earlier positions still hold.
      for (const [start, end] of gone.reverse()) tr.delete(start, end);
    }
    return true;
  };
}

function trackedMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create({
    name,
    // Two changes by different people side by side stay two marks.
    excludes: '',
    addAttributes() {
      return {
        author: { default: null, parseHTML: (element) => element.getAttribute('data-author') },
        date: { default: null, parseHTML: (element) => element.getAttribute('data-date') },
      };
    },
    parseHTML() {
      return [{ tag: `${tag}[data-tracked]` }];
    },
    renderHTML({ HTMLAttributes }) {
      const { author, date, ...rest } = HTMLAttributes as { author: string | null; date: string | null };
      return [
        tag,
        mergeAttributes(rest, {
          'data-tracked': '',
          class: `tracked-${name}`,
          ...(author && { 'data-author': author }),
          ...(date && { 'data-date': date }),
          title: [author, date?.slice(0, 10)].filter(Boolean).join(', '),
        }),
        0,
      ];
    },
  });
}

export const Insertion = trackedMark('insertion', 'ins').extend({
  addCommands() {
    return { acceptTrackedChanges: () => resolveTrackedChanges('accept'), rejectTrackedChanges: () => resolveTrackedChanges('reject') };
  },
});
export const Deletion = trackedMark('deletion', 'del');
