// What every importer (plain text, DOCX, HTML, Markdown) hands back: a draft release plus an
// account of what was changed or could not be kept, so nothing is altered or dropped silently.
import { CodedError } from '../errors';
import type { DocNode, Language } from '../model';

/**
 * One change the cleaner made to the source text. `id` is stable for the same source (kind and
 * source offset), so the officer can undo a change by importing again with that id skipped.
 */
export interface CleanupChange {
  id: string;
  kind: 'date' | 'title' | 'hyphen-join' | 'boilerplate' | 'control-chars' | 'whitespace' | 'nfc';
  /** The source text the change touched, and what it became ('' when removed). */
  before: string;
  after: string;
}

/**
 * Something the officer should look at. The UI words `code` (and `reason`, with `params`) in its own
 * language; `detail` is data from the file (a name, a style, an address) shown as is, never a sentence.
 */
export interface ImportWarning {
  code:
    | 'title-proposed'
    | 'date-missing'
    | 'date-partial'
    | 'not-kept'
    | 'remote-image'
    | 'footnotes-inlined'
    | 'encoding-guessed'
    /** Word content kept in the import report rather than the body (tracked changes, comments, headers). */
    | 'tracked-changes'
    | 'comments'
    | 'header-footer';
  /** Which case of the code: why a title was proposed, or where a partial date's day came from. */
  reason?: 'first-sentence' | 'final-stop' | 'no-blank-line' | 'day-from-text';
  params?: { month?: string; day?: number };
  detail?: string;
  /** How many times the same warning came up (an image dropped 10,000 times is one warning). */
  count?: number;
}

/** Identical warnings (same code and detail) as one, counted, in the order they first came up. */
export function foldWarnings(warnings: ImportWarning[]): ImportWarning[] {
  const folded = new Map<string, ImportWarning>();
  for (const warning of warnings) {
    const key = `${warning.code}\u0000${warning.detail ?? ''}`;
    const seen = folded.get(key);
    if (seen) seen.count = (seen.count ?? 1) + (warning.count ?? 1);
    else folded.set(key, { ...warning });
  }
  return [...folded.values()];
}

/** What happens to a Word file's tracked changes: Word's "accept all", "reject all", or both kept as marks. */
export const TRACKED_CHANGE_MODES = ['keep', 'accept', 'reject'] as const;
export type TrackedChangeMode = (typeof TRACKED_CHANGE_MODES)[number];

export interface TrackedChange {
  kind: 'insertion' | 'deletion' | 'move' | 'paragraph-mark' | 'formatting';
  author: string | null;
  /** As Word wrote it (ISO 8601), or null. */
  date: string | null;
  /** The words inserted, deleted or moved ('' for paragraph marks and formatting). */
  text: string;
}

export interface WordComment {
  /** Word's comment id. */
  id: string;
  /** The comment thread the release gets, also on the comment mark over the quoted words. */
  threadId: string;
  author: string | null;
  date: string | null;
  text: string;
  /** The commented words. */
  quote: string;
}

export interface HeaderFooterText {
  part: 'header' | 'footer';
  /** Word's headerReference type: every page, the first page, even pages. */
  kind: 'default' | 'first' | 'even';
  text: string;
}

/** The parts of a Word file the body does not hold, for the import report. */
export interface WordReport {
  trackedChanges: TrackedChange[];
  /** What was done with them. */
  trackedChangeMode: TrackedChangeMode;
  comments: WordComment[];
  headersFooters: HeaderFooterText[];
}

/** Metadata a file carries about itself (DOCX core properties, HTML <title>/<meta>, Markdown front matter). */
export interface SourceProperties {
  title?: string;
  author?: string;
  language?: string;
  description?: string;
}

export interface ImportedDraft {
  title: string;
  lead: string;
  releaseDate: string | null;
  /** The place the text is dated from ("Bakı, 15 may — …"), when it names one. */
  dateline?: string;
  language: Language;
  body: DocNode;
  changes: CleanupChange[];
  warnings: ImportWarning[];
  properties: SourceProperties;
  /** Word files only. */
  word?: WordReport;
}

export const REFUSAL_CODES = [
  'empty',
  'binary',
  'encoding',
  'unsupported-format',
  'damaged',
  // Beyond one of core/limits.ts: the file's or its unpacked parts' size, element depth, a text's length,
  // or the memory and time one parse may take.
  'too-large',
  'too-deep',
  'too-long',
  'out-of-memory',
  'timed-out',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A file that cannot be imported at all (`invalid` for the dispatcher); `refusal` is translated by the UI. */
export class ImportRefusedError extends CodedError {
  constructor(
    readonly refusal: RefusalCode,
    message: string,
  ) {
    super('invalid', message);
    this.name = 'ImportRefusedError';
  }
}
