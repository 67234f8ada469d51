// The one walk over a release body that every exporter shares. A handler set must name every node
// and mark type of the editor schema (a unit test holds these lists to bodySchema), so an extension
// added to the editor without an exporter for it fails the build instead of vanishing from exports.
import type { DocNode } from '../model';
import { bodySchema } from '../doc-schema';
import { CodedError } from '../errors';

export const NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'hardBreak',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export const MARK_TYPES = ['link', 'bold', 'italic', 'strike', 'underline', 'superscript', 'subscript', 'insertion', 'deletion', 'comment'] as const;

export type NodeType = (typeof NODE_TYPES)[number];
export type MarkType = (typeof MARK_TYPES)[number];
export type DocMark = NonNullable<DocNode['marks']>[number];

/** Renders the content of the node or mark being handled, under the given context. */
export type RenderContent<R, C> = (ctx: C) => R[];

export interface DocHandlers<R, C> {
  nodes: { [K in NodeType]: (node: DocNode, ctx: C, content: RenderContent<R, C>) => R[] };
  marks: { [K in MarkType]: (mark: DocMark, ctx: C, content: RenderContent<R, C>) => R[] };
}

/** Outer marks first, in schema order, as ProseMirror nests them: a link always wraps its bold part. */
const markRank = new Map<string, number>();
bodySchema.spec.marks.forEach((name) => markRank.set(name, markRank.size));

export function walkDoc<R, C>(node: DocNode, handlers: DocHandlers<R, C>, ctx: C): R[] {
  const handler = (handlers.nodes as Record<string, DocHandlers<R, C>['nodes'][NodeType] | undefined>)[node.type];
  if (!handler) throw new Error(`no exporter handles the node type "${node.type}"`);
  return handler(node, ctx, (inner) => walkContent(node, handlers, inner));
}

function walkContent<R, C>(node: DocNode, handlers: DocHandlers<R, C>, ctx: C): R[] {
  const children = node.content ?? [];
  if (bodySchema.nodes[node.type]?.inlineContent) return walkInline(children.map(withSortedMarks), 0, handlers, ctx);
  return children.flatMap((child) => walkDoc(child, handlers, ctx));
}

interface MarkedNode {
  node: DocNode;
  marks: DocMark[];
}

function withSortedMarks(node: DocNode): MarkedNode {
  const rank = (mark: DocMark) => markRank.get(mark.type) ?? Number.MAX_SAFE_INTEGER;
  return { node, marks: [...(node.marks ?? [])].sort((a, b) => rank(a) - rank(b)) };
}

/**
 * Inline nodes that all share their first `depth` marks. Each further mark wraps the longest run of
 * neighbours that carry it, so a link over bold and plain words is one link, not one per word.
 */
function walkInline<R, C>(nodes: MarkedNode[], depth: number, handlers: DocHandlers<R, C>, ctx: C): R[] {
  const out: R[] = [];
  let at = 0;
  while (at < nodes.length) {
    const mark = nodes[at].marks[depth];
    if (!mark) {
      out.push(...walkDoc(nodes[at].node, handlers, ctx));
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < nodes.length && sameMark(nodes[end].marks[depth], mark)) end += 1;
    const run = nodes.slice(at, end);
    const handler = (handlers.marks as Record<string, DocHandlers<R, C>['marks'][MarkType] | undefined>)[mark.type];
    if (!handler) throw new Error(`no exporter handles the mark type "${mark.type}"`);
    out.push(...handler(mark, ctx, (inner) => walkInline(run, depth + 1, handlers, inner)));
    at = end;
  }
  return out;
}

function sameMark(a: DocMark | undefined, b: DocMark): boolean {
  return a !== undefined && a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

/** A body that still holds Word's tracked changes: they must be accepted or rejected before it leaves the office. */
class UnresolvedChangesError extends CodedError {
  constructor(readonly author: string | null) {
    super(
      'invalid',
      `the text still holds tracked changes${author ? ` by ${author}` : ''} from a Word file: accept or reject them in the editor before exporting`,
    );
    this.name = 'UnresolvedChangesError';
  }
}

/** The mark handler both exporters give tracked changes. */
export function refuseTrackedChange(mark: DocMark): never {
  throw new UnresolvedChangesError(typeof mark.attrs?.author === 'string' ? mark.attrs.author : null);
}

/**
 * Characters no exported file may hold: those XML 1.0 forbids (C0 controls, lone surrogates,
 * U+FFFE/U+FFFF), C1 controls and other noncharacters, which HTML reports as parse errors.
 */
const ILLEGAL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]|\p{Noncharacter_Code_Point}/gu;
/**
 * U+000B is Word's own manual line break in plain text, and the line and paragraph separators are
 * breaks by definition, so they become line breaks. U+000C (Word's page break) becomes a space:
 * a page break inside a release paragraph is never meant, and dropping it would glue two words.
 */
const LINE_BREAK = /\r\n|[\n\r\u000B\u2028\u2029]/;

/** A text as the lines it is made of, with every character an export cannot carry mapped or removed. */
export function textLines(text: string): string[] {
  return text
    .replace(/\u000C/g, ' ')
    .split(LINE_BREAK)
    .map((line) => line.replace(ILLEGAL, ''));
}

/** A text for a one-line field (title, property, attribute): line breaks become spaces. */
export function cleanText(text: string): string {
  return textLines(text).join(' ');
}
