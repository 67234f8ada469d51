// What the editor mounts: the one shared extensions list, plus screen-only helpers that never
// change what a document may hold. Module level, so the schema is built once, not per render.
import { Placeholder } from '@tiptap/extensions';
import { editorExtensions } from '../../core/editor-extensions';
import { MentionHighlight } from '../tagging/mention-highlight';

export const bodyExtensions = [
  ...editorExtensions,
  // Only marks the empty editor with a class; the text itself comes from CSS (--placeholder),
  // so it follows the UI language without rebuilding the editor.
  Placeholder.configure({ placeholder: '' }),
  // Names the tagger found, marked on screen only.
  MentionHighlight,
];
