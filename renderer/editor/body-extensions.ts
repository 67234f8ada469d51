// What the editor mounts: the one shared extensions list, plus screen-only helpers that never
// change what a document may hold. Built once for solo editing (module level, so the schema is not
// rebuilt per render), and once per shared document in team mode.
import type { AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { editorExtensions } from '../../core/editor-extensions';
import { MentionHighlight } from '../tagging/mention-highlight';

export function bodyExtensions(collaboration?: AnyExtension[]): AnyExtension[] {
  return [
    ...editorExtensions({ collaboration }),
    // Only marks the empty editor with a class; the text itself comes from CSS (--placeholder),
    // so it follows the UI language without rebuilding the editor.
    Placeholder.configure({ placeholder: '' }),
    // Names the tagger found, marked on screen only.
    MentionHighlight,
  ];
}

export const soloExtensions = bodyExtensions();
