// The one list of TipTap extensions: the editor mounts it, and everything that reads or writes a
// release body (text extraction, validation, exporters) builds its schema from it, so the two can
// never disagree about what a document may hold.
import StarterKit from '@tiptap/starter-kit';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { AnyExtension } from '@tiptap/core';
import { CommentMark } from './comment-mark';
import { Deletion, Insertion } from './tracked-marks';

/** Links may point only at web pages and mail addresses: no javascript:, file:, data: and the like. */
export const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;

export interface EditorExtensionOptions {
  /**
   * A shared (Yjs) document's binding, built by the caller (the renderer holds the provider): its
   * extensions come after the list, and StarterKit's own undo history is left out, since the
   * collaboration extension keeps an undo history of the user's own changes only.
   */
  collaboration?: AnyExtension[];
}

/** The list; every option leaves the schema as it is (only behaviour is added), so documents stay interchangeable. */
export function editorExtensions({ collaboration }: EditorExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4, 5, 6] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => ALLOWED_LINK.test(url),
      },
      ...(collaboration ? { undoRedo: false as const } : {}),
    }),
    // m², CO₂, 1st: a raised or lowered run is part of what the text says.
    Superscript,
    Subscript,
    Insertion,
    Deletion,
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    CommentMark,
    ...(collaboration ?? []),
  ];
}
