import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { applyBlockSplice, changedRun, type BlockSplice } from '../../core/body-delta';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map(p) });

/** What the renderer sends: the changed run between two bodies, blocks compared by their text. */
function splice(before: DocNode, after: DocNode): BlockSplice {
  const [a, b] = [before.content!, after.content!];
  const run = changedRun(a.length, b.length, (i, j) => JSON.stringify(a[i]) === JSON.stringify(b[j]));
  return { baseLength: a.length, from: run.from, removed: run.removed, blocks: b.slice(run.from, run.from + run.added) };
}

describe('block splices', () => {
  it('carry only the changed run and rebuild the new body', () => {
    const cases: Array<[DocNode, DocNode]> = [
      [doc('a', 'b', 'c'), doc('a', 'B', 'c')],
      [doc('a', 'b', 'c'), doc('a', 'b', 'x', 'c')],
      [doc('a', 'b', 'c'), doc('c')],
      [doc('a', 'b', 'c'), doc('a', 'b', 'c')],
      [doc('a', 'a', 'a'), doc('a', 'a')],
      [doc(), doc('new')],
      [doc('a', 'b'), doc()],
    ];
    for (const [before, after] of cases) {
      const change = splice(before, after);
      expect(applyBlockSplice(before, change), JSON.stringify(change)).toEqual(after);
    }
    expect(splice(doc('a', 'b', 'c'), doc('a', 'B', 'c'))).toMatchObject({ from: 1, removed: 1, blocks: [p('B')] });
    expect(splice(doc('a', 'b'), doc('a', 'b'))).toMatchObject({ removed: 0, blocks: [] });
  });

  it('are refused against a body they were not made from', () => {
    const change = splice(doc('a', 'b'), doc('a', 'c'));
    expect(() => applyBlockSplice(doc('a', 'b', 'x'), change)).toThrow(/2 blocks/);
    expect(() => applyBlockSplice(doc('a', 'b'), { baseLength: 2, from: 1, removed: 5, blocks: [] })).toThrow(/beyond/);
  });
});
