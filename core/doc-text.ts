import type { DocNode } from './model';

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

// Raised and lowered digits and signs have letters of their own (m², CO₂), one UTF-16 unit each, so
// the text keeps its length and search folds them back to plain digits.
const SUPERSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789+-=()n'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ'[i]]));
const SUBSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789+-=()'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'[i]]));

function shifted(text: string, marks: DocNode['marks']): string {
  const table = marks?.some((m) => m.type === 'superscript') ? SUPERSCRIPT : marks?.some((m) => m.type === 'subscript') ? SUBSCRIPT : null;
  return table ? text.replace(/[0-9+\-=()n]/g, (c) => table[c] ?? c) : text;
}

function inline(node: DocNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += shifted(child.text ?? '', child.marks);
    else if (child.type === 'hardBreak') text += '\n';
    else text += inline(child);
  }
  return text;
}
