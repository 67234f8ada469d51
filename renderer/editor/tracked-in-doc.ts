// Whether the body still holds Word's tracked changes, asked on every transaction by the toolbar.
// Remembered per top-level block, as the word counts are: ProseMirror keeps untouched blocks as the
// same nodes, so a keystroke on a long release looks into the edited block only.
import type { Node as PmNode } from '@tiptap/pm/model';

const seen = new WeakMap<PmNode, boolean>();

function blockTracked(block: PmNode): boolean {
  let tracked = seen.get(block);
  if (tracked === undefined) {
    const { insertion, deletion } = block.type.schema.marks;
    tracked = block.rangeHasMark(0, block.content.size, insertion) || block.rangeHasMark(0, block.content.size, deletion);
    seen.set(block, tracked);
  }
  return tracked;
}

export function hasTrackedChanges(doc: PmNode): boolean {
  for (let i = 0; i < doc.childCount; i++) if (blockTracked(doc.child(i))) return true;
  return false;
}
