// HTML pasted into the body (from Word, Google Docs, a web page) goes through the importer's
// converter: Word's list paragraphs become lists, and nothing but what the schema holds, with
// checked links, comes through. Plain text and the editor's own copies are left to ProseMirror.
import { Node, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { htmlToDoc } from '../../core/import/html-to-doc';

export function pasteHtml(view: EditorView, event: ClipboardEvent): boolean {
  const html = event.clipboardData?.getData('text/html');
  // A copy from this editor (ProseMirror marks it with data-pm-slice) is already in the schema.
  if (!html || html.includes('data-pm-slice')) return false;
  let doc: Node;
  try {
    doc = Node.fromJSON(view.state.schema, htmlToDoc(html).body);
  } catch {
    return false;
  }
  if (!doc.textContent.trim()) return false;
  // Open at both ends, as ProseMirror opens its own pastes: a pasted phrase joins the paragraph at
  // the cursor instead of splitting it (insertContent would insert whole paragraphs).
  const slice = Slice.maxOpen(doc.content);
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
  return true;
}
