// A release's body in its shared document: `doc.getXmlFragment('body')`, the fragment TipTap's
// Collaboration extension edits (`field: 'body'`), converted with @tiptap/y-tiptap and the schema
// built from core/editor-extensions.ts, so the editor, the host and the server read the same tree.
import { Node } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { DocNode } from '../api';
import { bodySchema } from '../doc-schema';

const BODY_FRAGMENT = 'body';

const EMPTY_BODY: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The body as ProseMirror JSON. Content the schema does not allow (from a peer with another
 * version, say) is left out by the converter; an empty fragment reads as one empty paragraph,
 * as a new release's body.
 */
export function readBody(doc: Y.Doc): DocNode {
  const fragment = doc.getXmlFragment(BODY_FRAGMENT);
  if (fragment.length === 0) return EMPTY_BODY;
  const node = yXmlFragmentToProseMirrorRootNode(fragment, bodySchema);
  if (node.childCount === 0) return EMPTY_BODY;
  return node.toJSON() as DocNode;
}

/**
 * Makes the body equal to `body` by changing only what differs (the same reconciliation the editor's
 * binding uses): a save that changed one word changes one word of the shared text, so an officer
 * typing elsewhere in the same paragraph at that moment keeps what they typed.
 * Throws when `body` does not fit the schema.
 */
export function writeBody(doc: Y.Doc, body: DocNode, origin: unknown = null): void {
  const node = Node.fromJSON(bodySchema, body);
  node.check();
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(bodySchema, node.toJSON(), doc.getXmlFragment(BODY_FRAGMENT));
  }, origin);
}
