// Marks the names the tagger found in the body: tagged ones in one colour, suggested ones in
// another, with the entity's name on hover. Decorations only: they are drawn on screen, never
// stored, and the document schema does not change. The tags panel sends the set after each
// tagging run that changed them; in between, the marks move with the text as it is edited.
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
                // The spec repeats what is drawn, for showHighlights to compare with.
                .map((h) => Decoration.inline(h.from, h.to, { class: `mention mention-${h.status}`, title: h.label }, { status: h.status, label: h.label })),
            );
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

const byPlace = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from - b.from || a.to - b.to;

/** Whether the marks on screen (moved with the text since) are already exactly these. */
function shown(editor: Editor, highlights: Highlight[]): boolean {
  const current = (key.getState(editor.state) ?? DecorationSet.empty).find().sort(byPlace);
  const wanted = highlights.filter((h) => h.from < h.to).sort(byPlace);
  if (current.length !== wanted.length) return false;
  return current.every((d, i) => {
    const h = wanted[i];
    const spec = d.spec as Pick<Highlight, 'status' | 'label'>;
    return d.from === h.from && d.to === h.to && spec.status === h.status && spec.label === h.label;
  });
}

export function showHighlights(editor: Editor, highlights: Highlight[]): void {
  if (editor.isDestroyed) return;
  // After most pauses the tagger finds what is marked already. A new set would make the next keystroke
  // compare every mark of the release with the old ones (a long task on a long release): keep this one.
  if (shown(editor, highlights)) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, highlights).setMeta('addToHistory', false));
}
