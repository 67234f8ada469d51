// Word's tracked changes kept as marks until the officer accepts or rejects them: inserted and
// deleted text with who changed it and when. The editor shows them (ins/del with the author in a
// tooltip); the exporters refuse a body that still holds them, so an edit the other agency never
// approved cannot be published by accident.
import { Mark, mergeAttributes } from '@tiptap/core';

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

export const Insertion = trackedMark('insertion', 'ins');
export const Deletion = trackedMark('deletion', 'del');

export const TRACKED_MARKS = ['insertion', 'deletion'] as const;
