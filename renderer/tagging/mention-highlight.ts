// Marks the names the tagger found in the body: tagged ones in one colour, suggested ones in
// another, with the entity's name on hover. Decorations only: they are drawn on screen, never
// stored, and the document schema does not change. The tags panel sends a fresh set after each
// tagging run; in between, the marks move with the text as it is edited.
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface Highlight {
  from: number;
  to: number;
  status: 'tagged' | 'suggested';
  /** The entity's name, shown on hover: the text may name it in an inflected or shortened form. */
  label: string;
}

const key = new PluginKey<DecorationSet>('mentionHighlight');

export const MentionHighlight = Extension.create({
  name: 'mentionHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(key) as Highlight[] | undefined;
            if (!next) return set.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            return DecorationSet.create(
              tr.doc,
              next
                .filter((h) => h.from >= 0 && h.to <= size && h.from < h.to)
                .map((h) => Decoration.inline(h.from, h.to, { class: `mention mention-${h.status}`, title: h.label })),
            );
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

export function showHighlights(editor: Editor, highlights: Highlight[]): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, highlights).setMeta('addToHistory', false));
}
