// An autosave sends only the top-level blocks of the body that changed since the last save: one
// run of blocks replaced by another. Typing touches one paragraph, so a 20,000-word release sends a
// few hundred bytes instead of the whole body, and the renderer never serialises the whole document
// while the officer types.
import type { DocNode } from './model';

export interface BlockSplice {
  /** How many blocks the body had at the save this starts from: both sides must agree on it. */
  baseLength: number;
  /** The first changed block, and how many blocks from there the new ones replace. */
  from: number;
  removed: number;
  blocks: DocNode[];
}

/**
 * The smallest single run that turns a list of `oldLength` blocks into one of `newLength`, given
 * whether old block i and new block j are the same. An unchanged list gives removed = added = 0.
 */
export function changedRun(oldLength: number, newLength: number, same: (oldIndex: number, newIndex: number) => boolean) {
  let from = 0;
  while (from < oldLength && from < newLength && same(from, from)) from++;
  let tail = 0;
  while (tail < oldLength - from && tail < newLength - from && same(oldLength - 1 - tail, newLength - 1 - tail)) tail++;
  return { from, removed: oldLength - from - tail, added: newLength - from - tail };
}

export class BlockSpliceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockSpliceError';
  }
}

/** The body with the splice applied; refuses one made against a body of another length. */
export function applyBlockSplice(body: DocNode, splice: BlockSplice): DocNode {
  const blocks = body.content ?? [];
  if (blocks.length !== splice.baseLength) {
    throw new BlockSpliceError(`the change was made against a body of ${splice.baseLength} blocks; the stored one has ${blocks.length}`);
  }
  if (splice.from + splice.removed > blocks.length) {
    throw new BlockSpliceError(`blocks ${splice.from}–${splice.from + splice.removed} are beyond the body's ${blocks.length}`);
  }
  const content = [...blocks.slice(0, splice.from), ...splice.blocks, ...blocks.slice(splice.from + splice.removed)];
  return { ...body, content };
}
