// The contract, translation: versions, segments, the memory, the termbase, XLIFF/TMX/TBX files, QA.
import { z } from 'zod';
import { ExportFolderPath } from '../export/folder';
import { MAX_SEGMENT_CHARS, MAX_TERM_CHARS, MAX_TERM_NOTE_CHARS } from '../limits';
import { LANGUAGES, type Language, type Release, type Status } from '../model';
import type { QaIssue } from '../translate/qa';
import type { Term, TermHit } from '../translate/termbase';
import type { TmMatch } from '../translate/tm-match';
import type { TmxWarning } from '../translate/tmx';
import { XLIFF_VERSIONS, type XliffConflict } from '../translate/xliff';
import { call } from './call';
import type { ExportedFile } from './import-export';
import { id, MAX_IMPORT_BASE64 } from './schemas';

export const SEGMENT_STATUSES = ['empty', 'draft', 'translated', 'reviewed'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

const TERM_FORMATS = ['csv', 'tbx'] as const;
const termText = z.string().trim().min(1).max(MAX_TERM_CHARS);
const TermInputSchema = z.strictObject({
  az: termText,
  en: termText,
  ru: termText,
  note: z.string().max(MAX_TERM_NOTE_CHARS).optional(),
  forbidden: z
    .strictObject({ az: z.array(termText).max(20).optional(), en: z.array(termText).max(20).optional(), ru: z.array(termText).max(20).optional() })
    .optional(),
});

export interface TranslationSegment {
  id: string;
  /** The source sentence, with {n}…{/n} and {n/} standing for its marks and inline nodes. */
  source: string;
  target: string;
  status: SegmentStatus;
  /** The source sentence this translation was made from, when the source has changed since. */
  outdatedFrom: string | null;
  marks: Record<string, { kind: 'mark' | 'node'; type: string; attrs?: Record<string, unknown> }>;
}

export interface TranslationView {
  source: Release;
  target: Release;
  segments: TranslationSegment[];
}

export interface VersionState {
  id: number;
  language: Language;
  status: Status;
  total: number;
  done: number;
  outdated: number;
}

const segmentId = z.string().min(1).max(100);

export const translationCalls = {
  /** The release's version in `language`, made with every sentence still to translate if there is none. */
  translateRelease: call(z.strictObject({ id, language: z.enum(LANGUAGES) })).returns<Release>(),
  getTranslation: call(z.strictObject({ targetId: id })).returns<TranslationView>(),
  saveSegment: call(
    z.strictObject({
      targetId: id,
      segmentId,
      target: z.string().max(MAX_SEGMENT_CHARS),
      status: z.enum(SEGMENT_STATUSES),
    }),
  ).returns<TranslationView>(),
  /** The release's own source (when it is a version) and its versions, each with its progress. */
  listVersions: call(z.strictObject({ id })).returns<{ sourceId: number | null; versions: VersionState[] }>(),
  /** Exact and fuzzy matches for one segment from every earlier confirmed translation. */
  lookupMemory: call(z.strictObject({ targetId: id, segmentId, limit: z.number().int().min(1).max(20).default(5) })).returns<TmMatch[]>(),
  /** Fills every empty segment that has an exact match, as a draft to confirm. */
  prefillFromMemory: call(z.strictObject({ targetId: id })).returns<{ filled: number; view: TranslationView }>(),
  exportXliff: call(z.strictObject({ targetId: id, folder: ExportFolderPath.optional(), version: z.enum(XLIFF_VERSIONS).optional() })).returns<ExportedFile>(),
  importXliff: call(z.strictObject({ targetId: id, data: z.string().max(MAX_IMPORT_BASE64) })).returns<{
    updated: number;
    conflicts: XliffConflict[];
    view: TranslationView;
  }>(),
  exportTmx: call(z.strictObject({ folder: ExportFolderPath.optional() })).returns<ExportedFile>(),
  importTmx: call(z.strictObject({ fileName: z.string().min(1).max(255), data: z.string().max(MAX_IMPORT_BASE64) })).returns<{
    added: number;
    refreshed: number;
    warnings: TmxWarning[];
  }>(),
  /** The termbase's own terms; the registry's names and titles are added where terms are looked up. */
  listTerms: call(z.strictObject({})).returns<Term[]>(),
  saveTerm: call(z.strictObject({ id: id.optional(), term: TermInputSchema })).returns<Term>(),
  deleteTerm: call(z.strictObject({ id })).returns<{ deleted: true }>(),
  /** Termbase terms and registry names found in one segment's source, with their translations. */
  findSegmentTerms: call(z.strictObject({ targetId: id, segmentId })).returns<TermHit[]>(),
  importTerms: call(z.strictObject({ format: z.enum(TERM_FORMATS), data: z.string().max(MAX_IMPORT_BASE64) })).returns<{
    added: number;
    skipped: number;
    problems: { line?: number; reason: string }[];
  }>(),
  exportTerms: call(z.strictObject({ format: z.enum(TERM_FORMATS), folder: ExportFolderPath.optional() })).returns<ExportedFile>(),
  /** The checks a version must pass before it is exported; errors block exportRelease unless overridden. */
  runQa: call(z.strictObject({ targetId: id })).returns<QaIssue[]>(),
};
