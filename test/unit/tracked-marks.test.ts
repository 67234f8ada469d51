import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { bodySchema } from '../../core/doc-schema';
import { docToText } from '../../core/doc-text';
import { resolveTrackedChanges } from '../../core/tracked-marks';
import type { CommandProps } from '@tiptap/core';

const by = { author: 'Leyla', date: '2026-11-30T09:15:00Z' };
const body: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Görüş ' },
        { type: 'text', text: 'dünən', marks: [{ type: 'deletion', attrs: by }] },
        { type: 'text', text: 'bu gün', marks: [{ type: 'insertion', attrs: by }] },
        { type: 'text', text: ' keçirilib.' },
      ],
    },
  ],
};

function run(choice: 'accept' | 'reject', select?: [number, number]): DocNode {
  let state = EditorState.create({ doc: bodySchema.nodeFromJSON(body), schema: bodySchema });
  if (select) state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, ...select)));
  const tr = state.tr;
  expect(resolveTrackedChanges(choice)({ state, tr, dispatch: () => undefined } as unknown as CommandProps)).toBe(true);
  return state.apply(tr).doc.toJSON() as DocNode;
}

describe('accepting and rejecting tracked changes in the editor', () => {
  it("gives Word's text: accept keeps the insertion, reject keeps the deletion, with no marks left", () => {
    expect(docToText(run('accept'))).toBe('Görüş bu gün keçirilib.');
    expect(docToText(run('reject'))).toBe('Görüş dünən keçirilib.');
    expect(JSON.stringify(run('accept'))).not.toMatch(/insertion|deletion/);
  });

  it('resolves only the selection when there is one', () => {
    // "dünən" is positions 7–12: accepting there drops it and leaves the insertion marked.
    const doc = run('accept', [7, 12]);
    expect(docToText(doc)).toBe('Görüş bu gün keçirilib.');
    expect(JSON.stringify(doc)).toMatch(/"insertion"/);
  });
});
