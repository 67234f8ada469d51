// A reviewer's remark anchored to a range of the text. The mark only carries the thread's id; the
// thread itself (author, text, resolved) lives in the comments table, so resolving a remark never
// rewrites the body and the exporters can drop the mark and keep the words under it.
import { Mark, mergeAttributes } from '@tiptap/core';

export const CommentMark = Mark.create({
  name: 'comment',
  // Typing at the edge of a remarked range does not extend the remark.
  inclusive: false,
  // Two remarks may cover the same words.
  excludes: '',
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-comment-id'),
        renderHTML: (attributes) => ({ 'data-comment-id': attributes.id }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'comment-range' }, HTMLAttributes), 0];
  },
});
