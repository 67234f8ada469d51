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
/**
 * Bytes a zipped file (DOCX) may unpack to: each XML part, each other part (images, which are never
 * inflated), and all parts together. mammoth holds an XML part's whole tree in memory and walks it
 * slowly: a 16 MB document.xml outgrew PARSE_MEMORY_MB, an 8 MB one PARSE_DEADLINE_MS on a busy
 * machine, while a long release's document.xml is some 200 KB.
 */
export const MAX_UNPACKED_XML_PART_BYTES = 4 * 1024 * 1024;
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
