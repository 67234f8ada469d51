// The attributes each node and mark of the editor's schema may carry, typed: ProseMirror stores
// whatever attrs it is given, so a heading level "1 onclick" became <hNaN> in an export and an
// array as href was stored. Checked with the body's depth and length in one walk without recursion,
// before the API's recursive schema or ProseMirror ever descends into a hostile tree.
import { z } from 'zod';
import { MAX_BODY_CHARS, MAX_DOC_DEPTH } from './limits';

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const cell = z.strictObject({
  colspan: int(1, 1_000).optional(),
  rowspan: int(1, 1_000).optional(),
  colwidth: z.array(int(0, 100_000)).max(1_000).nullable().optional(),
  align: z.enum(['left', 'center', 'right']).nullable().optional(),
});

// A tracked change as Word recorded it: who, and when (ISO 8601 as Word writes it).
const tracked = z.strictObject({ author: z.string().max(200).nullable().optional(), date: z.string().max(40).nullable().optional() });

/** Nodes of core/editor-extensions.ts with attributes; every other node has none. */
const NODE_ATTRS: Record<string, z.ZodType> = {
  heading: z.strictObject({ level: int(1, 6) }),
  orderedList: z.strictObject({ start: int(0, 1_000_000).optional(), type: z.enum(['1', 'a', 'A', 'i', 'I']).nullable().optional() }),
  tableCell: cell,
  tableHeader: cell,
};

/** Marks with attributes; every other mark has none. */
const MARK_ATTRS: Record<string, z.ZodType> = {
  link: z.strictObject({
    href: z.string().max(4_096),
    target: z.string().max(20).nullable().optional(),
    rel: z.string().max(100).nullable().optional(),
    class: z.string().max(200).nullable().optional(),
    title: z.string().max(1_000).nullable().optional(),
  }),
  // The id of the comment thread the words belong to, as the comments calls accept it.
  comment: z.strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/)
      .nullable(),
  }),
  insertion: tracked,
  deletion: tracked,
};

/**
 * Attributes of a type not listed above (one another change of the extensions list adds) are
 * still held to plain values: nothing nested, no long strings.
 */
const UNLISTED = z.record(z.string().max(64), z.union([z.string().max(1_000), z.number(), z.boolean(), z.null()]));

interface Item {
  type?: unknown;
  attrs?: unknown;
  text?: unknown;
  content?: unknown;
  marks?: unknown;
}

function attrsProblem(kind: 'node' | 'mark', item: Item, schemas: Record<string, z.ZodType>): string | null {
  if (item.attrs === undefined) return null;
  const type = String(item.type);
  const result = (Object.hasOwn(schemas, type) ? schemas[type] : UNLISTED).safeParse(item.attrs);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `the ${kind} ${type.slice(0, 64)} has an attribute that is not allowed: ${issue.path.join('.') || 'attrs'}: ${issue.message}`;
}

export interface DocProblem {
  code: 'too-deep' | 'too-long' | 'attribute';
  message: string;
}

/** Why a body cannot be stored (too deep, too long, an attribute of the wrong type), or null. */
export function docProblem(doc: unknown): DocProblem | null {
  let chars = 0;
  const pending: [Item, number][] = [[doc as Item, 1]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DOC_DEPTH) return { code: 'too-deep', message: `the text nests more than ${MAX_DOC_DEPTH} levels deep, the limit for a release` };
    if (typeof node.text === 'string' && (chars += node.text.length) > MAX_BODY_CHARS) {
      return { code: 'too-long', message: `the text is longer than ${MAX_BODY_CHARS} characters, the limit for a release` };
    }
    const problem = attrsProblem('node', node, NODE_ATTRS);
    if (problem) return { code: 'attribute', message: problem };
    if (Array.isArray(node.marks)) {
      for (const mark of node.marks) {
        const markProblem = typeof mark === 'object' && mark !== null ? attrsProblem('mark', mark as Item, MARK_ATTRS) : null;
        if (markProblem) return { code: 'attribute', message: markProblem };
      }
    }
    if (Array.isArray(node.content)) for (const child of node.content) pending.push([child as Item, depth + 1]);
  }
  return null;
}
