import type { DocNode } from './api';

/**
 * The plain text of a release body, as search, counts and comparison see it: blocks on their own
 * lines separated by a blank line, hard breaks as line breaks, table cells separated by tabs.
 */
export function docToText(doc: DocNode): string {
  const blocks: string[] = [];
  collect(doc, blocks);
  return blocks.join('\n\n');
}

function collect(node: DocNode, blocks: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') {
    blocks.push(inline(node));
  } else if (node.type === 'tableRow') {
    blocks.push((node.content ?? []).map((cell) => cellText(cell)).join('\t'));
  } else {
    for (const child of node.content ?? []) collect(child, blocks);
  }
}

function cellText(cell: DocNode): string {
  const parts: string[] = [];
  collect(cell, parts);
  return parts.join(' ');
}

function inline(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hardBreak') text += '\n';
    else text += inline(child);
  }
  return text;
}
