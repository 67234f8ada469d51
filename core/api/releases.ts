// The contract, releases: the library list, a release's fields and saves, the trash, its revisions.
import { z } from 'zod';
import { docProblem } from '../doc-attrs';
import { MAX_BODY_CHARS, MAX_DATELINE_CHARS, MAX_LEAD_CHARS, MAX_TITLE_CHARS } from '../limits';
import { LANGUAGES, STATUSES, type DocNode, type Language, type Release, type ReleaseFields as ReleaseFieldsShape, type Status } from '../model';
import { call } from './call';
import { id, isoDate, shortText } from './schemas';
import type { VersionState } from './translation';

const docNode: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNode).max(100_000).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1).max(64), attrs: z.record(z.string(), z.unknown()).optional() }))
      .max(32)
      .optional(),
    text: z.string().max(MAX_BODY_CHARS).optional(),
  }),
);
/** Depth, length and attributes are checked by one flat walk first, so the recursive schema only sees a bounded tree. */
const Doc: z.ZodType<DocNode, unknown> = z
  .unknown()
  .superRefine((doc, ctx) => {
    const problem = docProblem(doc);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message });
  })
  .pipe(z.object({ type: z.literal('doc'), content: z.array(docNode).max(100_000).optional() }));

/** The editable fields of a release; every one optional on create and save. */
export const ReleaseFields = z.strictObject({
  title: shortText(MAX_TITLE_CHARS),
  lead: shortText(MAX_LEAD_CHARS),
  dateline: shortText(MAX_DATELINE_CHARS),
  releaseDate: isoDate.nullable(),
  language: z.enum(LANGUAGES),
  status: z.enum(STATUSES),
  body: Doc,
}) satisfies z.ZodType<ReleaseFieldsShape>;
export type ReleaseFields = ReleaseFieldsShape;
/** What an edit may change: the status moves only by the sign-off's transitions (changeStatus). */
export const EditableFields = ReleaseFields.omit({ status: true });
export type EditableFields = z.infer<typeof EditableFields>;

export const SORTS = ['date', 'title', 'updated', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export const ListArgs = z.strictObject({
  query: shortText(1_000).optional(),
  status: z.enum(STATUSES).optional(),
  language: z.enum(LANGUAGES).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  sort: z.enum(SORTS).default('date'),
  /** Releases under an embargo still in force, or with a publication scheduled. */
  embargo: z.enum(['embargoed', 'scheduled']).optional(),
  /** Releases this officer approved (at any time). */
  approver: z.string().trim().min(1).max(200).optional(),
  /** Only releases tagged with this entity, or linked to this delegation. */
  entityId: id.optional(),
  delegationId: id.optional(),
  /** Releases in the trash instead of the library. */
  trash: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ListArgs = z.input<typeof ListArgs>;

const SNAPSHOT_KINDS = ['auto', 'explicit'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** A release as a save answers it when the renderer already holds the body. */
export type SavedRelease = Omit<Release, 'body'>;

/** A piece of a search snippet; `hit` pieces are the matched words. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface ReleaseSummary {
  id: number;
  title: string;
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Language;
  status: Status;
  wordCount: number;
  updatedAt: number;
  deletedAt: number | null;
  snippet: SnippetPart[] | null;
  /** For a translated version, the release it translates; for a source, its versions' progress. */
  translationOf: number | null;
  versions: VersionState[];
  embargoUntil: number | null;
  embargoZone: string | null;
  publishAt: number | null;
}

export interface ReleaseList {
  items: ReleaseSummary[];
  /** Number of matching releases; for a search over very many it stops counting at `totalCapped`. */
  total: number;
  totalCapped: boolean;
}

export interface RevisionSummary {
  id: number;
  releaseId: number;
  /** The release's revision counter when the snapshot was taken. */
  releaseRevision: number;
  kind: SnapshotKind | 'restore';
  title: string;
  wordCount: number;
  createdAt: number;
}

export interface Revision extends RevisionSummary {
  fields: ReleaseFields;
  bodyText: string;
}

export const releaseCalls = {
  listReleases: call(ListArgs).returns<ReleaseList>(),
  getRelease: call(z.strictObject({ id })).returns<Release>(),
  createRelease: call(EditableFields.partial()).returns<Release>(),
  /**
   * Saves the given fields if `revision` is still the release's revision counter; otherwise the
   * save is refused with code `stale` and nothing is written. `snapshot: 'explicit'` always
   * records a revision, `'auto'` records one when the last is a few minutes old.
   */
  saveRelease: call(
    z.strictObject({
      id,
      revision: z.number().int().min(1),
      fields: EditableFields.partial(),
      snapshot: z.enum(SNAPSHOT_KINDS).default('auto'),
    }),
  ).returns<Release>(),
  /**
   * An autosave of what changed since `revision`: the fields that changed, and the run of top-level
   * body blocks replaced (core/body-delta.ts). Refused as `stale` like saveRelease, and as `invalid`
   * when the body no longer has `baseLength` blocks. Answers without the body, which the renderer has.
   */
  saveReleaseChanges: call(
    z.strictObject({
      id,
      revision: z.number().int().min(1),
      fields: EditableFields.omit({ body: true }).partial(),
      body: z
        .strictObject({
          baseLength: z.number().int().min(0),
          from: z.number().int().min(0),
          removed: z.number().int().min(0),
          blocks: z.array(docNode).max(100_000),
        })
        .optional(),
      snapshot: z.enum(SNAPSHOT_KINDS).default('auto'),
    }),
  ).returns<SavedRelease>(),
  duplicateRelease: call(z.strictObject({ id })).returns<Release>(),
  trashRelease: call(z.strictObject({ id })).returns<Release>(),
  restoreRelease: call(z.strictObject({ id })).returns<Release>(),
  emptyTrash: call(z.strictObject({})).returns<{ deleted: number }>(),
  listRevisions: call(z.strictObject({ releaseId: id })).returns<RevisionSummary[]>(),
  getRevision: call(z.strictObject({ id })).returns<Revision>(),
  /** Makes a revision's content current again; the current content is kept as a revision first. */
  restoreRevision: call(z.strictObject({ releaseId: id, revisionId: id, revision: z.number().int().min(1) })).returns<Release>(),
};
