import type { DocNode } from '../../core/api';

/** A body of plain paragraphs, one per blank-line-separated block of `text`. */
export function body(text: string): DocNode {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.length ? paragraphs.map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] })) : [{ type: 'paragraph' }],
  };
}
