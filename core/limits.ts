// The one set of limits on what Pressdesk takes in: import, API validation and the editor all read
// them from here, so a text accepted by one door is never refused by another (a 100 MB release that
// imports but can never be saved again, a 7 MB term through CSV that the form would refuse).

/** Characters of a release's title, lead and dateline. */
export const MAX_TITLE_CHARS = 500;
export const MAX_LEAD_CHARS = 5_000;
export const MAX_DATELINE_CHARS = 200;
/** Characters of a release's whole body text (a long release is some 30,000). */
export const MAX_BODY_CHARS = 2_000_000;
/** Characters of one term of the termbase, in any language. */
export const MAX_TERM_CHARS = 300;
export const MAX_TERM_NOTE_CHARS = 2_000;
/** Characters of one translation segment (a sentence; a whole paragraph at most) or memory unit side. */
export const MAX_SEGMENT_CHARS = 20_000;
/** Bytes of one imported file (DOCX, HTML, text, XLIFF, TMX, TBX, CSV). */
export const MAX_IMPORT_BYTES = 24 * 1024 * 1024;
/** Bytes a zipped file (DOCX) may unpack to: each part, and all parts together. */
export const MAX_UNPACKED_PART_BYTES = 48 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Parts of a zipped file; a Word document has some twenty. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Elements open inside one another while an XML or HTML file is read. */
export const MAX_ELEMENT_DEPTH = 256;
/** Levels of a release body's document tree (list in list in quote…); Word's deepest list is some 20. */
export const MAX_DOC_DEPTH = 100;
/** What one parse of an untrusted file may use before it is stopped. */
export const PARSE_MEMORY_MB = 512;
export const PARSE_DEADLINE_MS = 60_000;

export const MIB = 1024 * 1024;

interface TreeNode {
  text?: unknown;
  content?: unknown;
}

/**
 * How deep a body's tree goes and how many characters of text it holds, walked without recursion
 * so that a hostile depth is measured rather than overflowing the stack; stops early once past either limit.
 */
export function measureDoc(doc: unknown): { depth: number; chars: number } {
  let depth = 0;
  let chars = 0;
  const pending: [unknown, number][] = [[doc, 1]];
  while (pending.length && depth <= MAX_DOC_DEPTH && chars <= MAX_BODY_CHARS) {
    const [node, level] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    depth = Math.max(depth, level);
    const { text, content } = node as TreeNode;
    if (typeof text === 'string') chars += text.length;
    if (Array.isArray(content)) for (const child of content) pending.push([child, level + 1]);
  }
  return { depth, chars };
}
