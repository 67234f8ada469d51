// The one contract between the renderer and whatever hosts it (Electron's main process over IPC,
// or the browser-mode host over HTTP). Every call is listed here with the zod schema of its
// argument; handlers are typed from it and validate with these schemas before touching the database.
import { z } from 'zod';
import type { Envelope, MenuCommand } from './envelope';
import type { HostEventListener } from './host-events';
import { ExportFolderPath } from './export/folder';
import { docProblem } from './doc-attrs';
import { ExportSettings } from './export/settings';
import { TRACKED_CHANGE_MODES, type CleanupChange, type ImportRefusedError, type ImportWarning, type WordReport } from './import/types';
import { ENTITY_KINDS, type EntityKind, type Names } from './registry/types';
import type { QaIssue } from './translate/qa';
import type { Term, TermHit } from './translate/termbase';
import type { TmMatch } from './translate/tm-match';
import type { TmxWarning } from './translate/tmx';
import { XLIFF_VERSIONS, type XliffConflict } from './translate/xliff';
import {
  MAX_BODY_CHARS,
  MAX_DATELINE_CHARS,
  MAX_IMPORT_BYTES,
  MAX_LEAD_CHARS,
  MAX_SEGMENT_CHARS,
  MAX_TERM_CHARS,
  MAX_TERM_NOTE_CHARS,
  MAX_TITLE_CHARS,
} from './limits';

export * from './envelope';

export const LANGUAGES = ['az', 'en', 'ru'] as const;
export const STATUSES = ['draft', 'review', 'approved', 'published', 'archived'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Status = (typeof STATUSES)[number];

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const shortText = (max: number) => z.string().max(max);

/** TipTap/ProseMirror JSON. Its structure is checked against the editor schema where it is turned into text. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
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
export const Doc: z.ZodType<DocNode, unknown> = z
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
});
export type ReleaseFields = z.infer<typeof ReleaseFields>;
/** What an edit may change: the status moves only by the sign-off's transitions (changeStatus). */
export const EditableFields = ReleaseFields.omit({ status: true });
export type EditableFields = z.infer<typeof EditableFields>;

export const DEFAULT_TIME_ZONE = 'Asia/Baku';
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, 'expected a date and time as ISO 8601, e.g. 2026-12-08T10:00');
const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as Asia/Baku');

export const COMMENT_ORIGINS = ['review', 'word'] as const;
export type CommentOrigin = (typeof COMMENT_ORIGINS)[number];
const commentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a comment id of letters, digits, - and _');

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

export const EXPORT_FORMATS = ['html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** 24 MiB of file, as base64, under the HTTP host's 32 MiB request limit. */
export { MAX_IMPORT_BYTES };
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

const name = z.string().trim().min(1).max(300);
const aliasList = z.array(z.string().trim().min(1).max(300)).max(50);
export const DIRECTIONS = ['incoming', 'outgoing', 'meeting'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** An entity as an officer writes it: the Azerbaijani name is required, the others as far as known. */
export const EntityInput = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  names: z.strictObject({ az: name, en: name.nullable(), ru: name.nullable() }),
  aliases: z.strictObject({ az: aliasList.optional(), en: aliasList.optional(), ru: aliasList.optional() }).default({}),
  title: z.strictObject({ az: z.string().max(300).optional(), en: z.string().max(300).optional(), ru: z.string().max(300).optional() }).default({}),
  affiliation: z.string().max(100).nullable().default(null),
});
export type EntityInput = z.infer<typeof EntityInput>;

export const DelegationInput = z.strictObject({
  partyId: id,
  headId: id.nullable().default(null),
  headTitle: z.string().max(300).nullable().default(null),
  direction: z.enum(DIRECTIONS),
  dateFrom: isoDate.nullable().default(null),
  dateTo: isoDate.nullable().default(null),
  placeId: id.nullable().default(null),
  memberIds: z.array(id).max(100).default([]),
});
export type DelegationInput = z.infer<typeof DelegationInput>;

export const SEGMENT_STATUSES = ['empty', 'draft', 'translated', 'reviewed'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const TERM_FORMATS = ['csv', 'tbx'] as const;
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

export const SNAPSHOT_KINDS = ['auto', 'explicit'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/** What an officer does in the sign-off of a release; the transition rules in core/workflow.ts key on it. */
export const ROLES = ['author', 'editor', 'approver', 'translator'] as const;
export type Role = (typeof ROLES)[number];
/** The officer working in this single-user library; every recorded action is signed with it. */
export const Officer = z.strictObject({ name: z.string().trim().max(200), role: z.enum(ROLES) });
export type Officer = z.infer<typeof Officer>;

export const SETTINGS_KEYS = ['uiLanguage', 'export', 'officer'] as const;
export const Settings = z.strictObject({ uiLanguage: z.enum(LANGUAGES), export: ExportSettings, officer: Officer });
export type Settings = z.infer<typeof Settings>;

/** Every call: its argument schema. The result types follow in ApiResults. */
export const apiCalls = {
  getAppInfo: z.strictObject({}),
  /** Solo, or joined to the office: the signed-in user, whether the office is reachable, and where the renderer's collaboration socket is. */
  teamStatus: z.strictObject({}),
  /** The shared document of a release (`release/<uid>` or `version/<uid>/<lang>`), or null for a release only this library has. */
  teamDocOf: z.strictObject({ id }),
  /**
   * The "Connect to the office" dialog (team-ui): signs in with the password (used for this sign-in
   * and the token's renewals while the host runs, never stored), keeps the token and joins at once.
   * A wrong user or password: `blocked` with the issue `wrong_password`; no office there: `unavailable`.
   */
  joinOffice: z.strictObject({
    server: z.string().trim().regex(/^wss?:\/\/[^/\s]+/, 'expected ws://HOST:PORT or wss://HOST').max(2000),
    user: z.string().trim().min(1).max(200),
    password: z.string().min(1).max(1000),
  }),
  getSettings: z.strictObject({}),
  updateSettings: Settings.partial(),
  listReleases: ListArgs,
  getRelease: z.strictObject({ id }),
  createRelease: EditableFields.partial(),
  /**
   * Saves the given fields if `revision` is still the release's revision counter; otherwise the
   * save is refused with code `stale` and nothing is written. `snapshot: 'explicit'` always
   * records a revision, `'auto'` records one when the last is a few minutes old.
   */
  saveRelease: z.strictObject({
    id,
    revision: z.number().int().min(1),
    fields: EditableFields.partial(),
    snapshot: z.enum(SNAPSHOT_KINDS).default('auto'),
  }),
  /**
   * An autosave of what changed since `revision`: the fields that changed, and the run of top-level
   * body blocks replaced (core/body-delta.ts). Refused as `stale` like saveRelease, and as `invalid`
   * when the body no longer has `baseLength` blocks. Answers without the body, which the renderer has.
   */
  saveReleaseChanges: z.strictObject({
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
  duplicateRelease: z.strictObject({ id }),
  trashRelease: z.strictObject({ id }),
  restoreRelease: z.strictObject({ id }),
  emptyTrash: z.strictObject({}),
  listRevisions: z.strictObject({ releaseId: id }),
  getRevision: z.strictObject({ id }),
  /** Makes a revision's content current again; the current content is kept as a revision first. */
  restoreRevision: z.strictObject({ releaseId: id, revisionId: id, revision: z.number().int().min(1) }),
  /**
   * One file the officer dropped or picked, its bytes in base64 (JSON carries no binary). A file
   * whose text was imported before comes back as `duplicate` unless `force` is set.
   */
  importFile: z.strictObject({
    fileName: z.string().min(1).max(255),
    data: z.string().max(MAX_IMPORT_BASE64),
    force: z.boolean().default(false),
    /** Word files: what to do with tracked changes (default: keep them as marks to resolve). */
    trackedChanges: z.enum(TRACKED_CHANGE_MODES).optional(),
  }),
  getImportRecord: z.strictObject({ releaseId: id }),
  /** Review remarks on ranges of a release's text; the range carries a `comment` mark with the id. */
  listComments: z.strictObject({ releaseId: id }),
  addComment: z.strictObject({
    releaseId: id,
    /** Given when the mark is placed before the thread exists (an imported Word comment); made otherwise. */
    commentId: commentId.optional(),
    text: z.string().trim().min(1).max(5_000),
    quote: z.string().max(2_000).default(''),
    origin: z.enum(COMMENT_ORIGINS).default('review'),
    /** Answers this thread (a reply to a reply joins the same thread). */
    replyTo: commentId.optional(),
  }),
  resolveComment: z.strictObject({ id: commentId, resolved: z.boolean().default(true) }),
  /**
   * Runs the plain-text cleaner again over the kept source with the listed changes undone, or reads
   * a kept Word file again with another choice about its tracked changes.
   */
  reapplyImport: z.strictObject({
    releaseId: id,
    revision: z.number().int().min(1),
    skip: z.array(z.string().min(1).max(64)).max(10_000),
    trackedChanges: z.enum(TRACKED_CHANGE_MODES).optional(),
  }),
  /**
   * One step of the sign-off (core/workflow.ts says which are allowed). `revision` is the text the
   * officer saw: an approval is of that revision, and a stale one is refused. `by` and `role`
   * name the officer when the caller knows better than the settings (the CLI's --by and --role).
   */
  changeStatus: z.strictObject({
    id,
    revision: z.number().int().min(1),
    to: z.enum(STATUSES),
    reason: z.string().trim().max(2_000).default(''),
    by: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
  }),
  /**
   * Sets or lifts (null) the embargo; times are ISO 8601, read in `timeZone` when they carry no
   * offset. `publishAt`: the approved release is marked published then by a running Pressdesk.
   */
  setEmbargo: z.strictObject({
    id,
    until: isoInstant.nullable(),
    publishAt: isoInstant.nullable().default(null),
    timeZone: timeZone.default(DEFAULT_TIME_ZONE),
    by: z.string().trim().min(1).max(200).optional(),
  }),
  /** Transitions, approvals with their revisions, embargo changes and every export, oldest first. */
  getReleaseHistory: z.strictObject({ id }),
  /** Releases the scheduler published since `since` (epoch ms), to tell the officer. */
  listScheduledPublications: z.strictObject({ since: z.number().int().min(0) }),
  /** Writes the release as a file into `folder` (default: the export settings' folder) and names the file. */
  exportRelease: z.strictObject({
    id,
    format: z.enum(EXPORT_FORMATS),
    folder: ExportFolderPath.optional(),
    /** A translated version with QA errors is exported only when the officer consciously overrides them. */
    overrideQa: z.boolean().default(false),
  }),
  /**
   * A file exported in this session opened with the system's default application, or shown in its
   * folder. Any other path is refused (`invalid`): the page cannot make the host open arbitrary files.
   */
  openExport: z.strictObject({ path: z.string().min(1).max(4096), how: z.enum(['open', 'reveal']) }),
  /**
   * The article as an HTML fragment for the website's CMS, and as plain text for clipboards without
   * HTML. Asked for only to copy it, so it is logged as a publication ("copy HTML").
   */
  getHtmlFragment: z.strictObject({ id }),
  /** The active registry, for suggestions computed on the page as the officer types. */
  getRegistry: z.strictObject({}),
  getReleaseTags: z.strictObject({ releaseId: id }),
  setReleaseTag: z.strictObject({ releaseId: id, entityId: id, tagged: z.boolean() }),
  /** A proposed new entity (a person found from context) becomes a registry entry and tags the release. */
  acceptProposal: z.strictObject({ releaseId: id, entity: EntityInput }),
  /** `suggestion` is an entity key or a proposal's key; it is not offered again for this release. */
  dismissSuggestion: z.strictObject({ releaseId: id, suggestion: z.string().min(1).max(400) }),
  listEntities: z.strictObject({
    kind: z.enum(ENTITY_KINDS).optional(),
    query: z.string().max(200).optional(),
    includeRetired: z.boolean().default(false),
    limit: z.number().int().min(1).max(1000).default(200),
  }),
  getEntityPage: z.strictObject({ id }),
  saveEntity: z.strictObject({ id: id.optional(), entity: EntityInput }),
  /**
   * An officer's spelling of an entity's name (a foreign person's own English, a case ending the
   * tagger cut wrongly): it becomes the entity's name in every later release, the termbase and the
   * translation QA; a former Azerbaijani spelling stays an alias so texts written that way still find it.
   */
  correctSpelling: z.strictObject({
    id,
    names: z.strictObject({ az: name.optional(), en: name.optional(), ru: name.optional() }).refine((n) => n.az || n.en || n.ru, 'name at least one spelling'),
  }),
  mergeEntities: z
    .strictObject({ fromId: id, intoId: id })
    .refine((args) => args.fromId !== args.intoId, 'an entity cannot be merged into itself'),
  retireEntity: z.strictObject({ id, retired: z.boolean() }),
  /** Counts of tagged entities and delegations over the releases the same filters list. */
  listFacets: ListArgs.omit({ sort: true, limit: true, offset: true }),
  saveDelegation: z.strictObject({ id: id.optional(), releaseId: id, delegation: DelegationInput }),
  linkDelegation: z.strictObject({ delegationId: id, releaseId: id, linked: z.boolean() }),
  /** The release's version in `language`, made with every sentence still to translate if there is none. */
  translateRelease: z.strictObject({ id, language: z.enum(LANGUAGES) }),
  getTranslation: z.strictObject({ targetId: id }),
  saveSegment: z.strictObject({
    targetId: id,
    segmentId: z.string().min(1).max(100),
    target: z.string().max(MAX_SEGMENT_CHARS),
    status: z.enum(SEGMENT_STATUSES),
  }),
  /** The release's own source (when it is a version) and its versions, each with its progress. */
  listVersions: z.strictObject({ id }),
  /** Exact and fuzzy matches for one segment from every earlier confirmed translation. */
  lookupMemory: z.strictObject({ targetId: id, segmentId: z.string().min(1).max(100), limit: z.number().int().min(1).max(20).default(5) }),
  /** Fills every empty segment that has an exact match, as a draft to confirm. */
  prefillFromMemory: z.strictObject({ targetId: id }),
  exportXliff: z.strictObject({ targetId: id, folder: ExportFolderPath.optional(), version: z.enum(XLIFF_VERSIONS).optional() }),
  importXliff: z.strictObject({ targetId: id, data: z.string().max(MAX_IMPORT_BASE64) }),
  exportTmx: z.strictObject({ folder: ExportFolderPath.optional() }),
  importTmx: z.strictObject({ fileName: z.string().min(1).max(255), data: z.string().max(MAX_IMPORT_BASE64) }),
  /** The termbase's own terms; the registry's names and titles are added where terms are looked up. */
  listTerms: z.strictObject({}),
  saveTerm: z.strictObject({ id: id.optional(), term: TermInputSchema }),
  deleteTerm: z.strictObject({ id }),
  /** Termbase terms and registry names found in one segment's source, with their translations. */
  findSegmentTerms: z.strictObject({ targetId: id, segmentId: z.string().min(1).max(100) }),
  importTerms: z.strictObject({ format: z.enum(TERM_FORMATS), data: z.string().max(MAX_IMPORT_BASE64) }),
  exportTerms: z.strictObject({ format: z.enum(TERM_FORMATS), folder: ExportFolderPath.optional() }),
  /** The checks a version must pass before it is exported; errors block exportRelease unless overridden. */
  runQa: z.strictObject({ targetId: id }),
} as const;

export type CallName = keyof typeof apiCalls;
export const CALL_NAMES = Object.keys(apiCalls) as CallName[];
export type ApiArgs<K extends CallName> = z.input<(typeof apiCalls)[K]>;
export type ParsedArgs<K extends CallName> = z.output<(typeof apiCalls)[K]>;

export interface Release extends ReleaseFields {
  id: number;
  /** Epoch ms; the release may not go out before. */
  embargoUntil: number | null;
  /** The zone the embargo was given in, for showing it as the officer wrote it. */
  embargoZone: string | null;
  /** Epoch ms at which a running Pressdesk marks the approved release published. */
  publishAt: number | null;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  /** Counter bumped by every save; a save must name the one it started from. */
  revision: number;
  deletedAt: number | null;
}

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

/** A signed-in user of the office, with the caret colour everyone sees for them. */
export interface TeamUser {
  name: string;
  role: Role | 'admin';
  color: string;
}

/** Someone seen on a shared document (a caret in a release, or a host on the library). */
export interface TeamPresence {
  doc: string;
  user: { name: string; color: string };
}

export type TeamStatus =
  | { mode: 'solo' }
  | {
      mode: 'team';
      user: TeamUser;
      /** Whether the office server is connected now; edits are kept locally and sent on reconnect. */
      online: boolean;
      server: string;
      /** The Hocuspocus-protocol WebSocket path on the host's own port; the session key is its token. */
      collabPath: '/collab';
      /**
       * Electron only, where the page is not served by the host: the relay's full address on
       * 127.0.0.1 and its token (browser mode uses collabPath on its own origin and the session key).
       */
      collabUrl?: string;
      collabToken?: string;
      /** Shared documents with changes the office has not acknowledged yet. */
      unsent: number;
      presence: TeamPresence[];
    };

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dbPath: string;
  schemaVersion: number;
}

export type ImportOutcome = { fileName: string } & (
  | { status: 'imported'; release: Release; warnings: ImportWarning[]; changes: CleanupChange[] }
  | { status: 'duplicate'; duplicateOf: { id: number; title: string } }
  | { status: 'refused'; reason: { code: ImportRefusedError['code']; message: string } }
);

export interface ImportRecord {
  releaseId: number;
  fileName: string;
  format: string;
  changes: CleanupChange[];
  skipped: string[];
  warnings: ImportWarning[];
  importedAt: number;
  /** Whether the cleaner can run again with other changes undone (plain text only). */
  reapplicable: boolean;
  /** Word files: tracked changes, comments, header and footer text, and what was done with the changes. */
  word?: WordReport;
}

export interface ReleaseComment {
  id: string;
  releaseId: number;
  author: string;
  createdAt: number;
  text: string;
  quote: string;
  resolvedAt: number | null;
  resolvedBy: string | null;
  origin: CommentOrigin;
  /** The thread this answers; null for a thread's first remark. */
  replyTo: string | null;
}

export const EVENT_KINDS = ['migrated', 'transition', 'embargo'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One entry of a release's sign-off record. */
export interface ReleaseEvent {
  id: number;
  releaseId: number;
  kind: EventKind;
  at: number;
  actor: string;
  actorRole: Role | null;
  fromStatus: Status | null;
  toStatus: Status | null;
  reason: string | null;
  /** The release's revision counter at the event. */
  releaseRevision: number;
  /** For an approval, the snapshot (a revision of the History) that was approved. */
  revisionId: number | null;
  /** Embargo events: until/publishAt (epoch ms or null) and timeZone; automatic steps: { automatic: true }. */
  detail: Record<string, unknown>;
}

export const PUBLICATION_FORMATS = ['html', 'docx', 'pdf', 'clipboard'] as const;
export type PublicationFormat = (typeof PUBLICATION_FORMATS)[number];

/** One export or "copy HTML" of a release. */
export interface Publication {
  id: number;
  releaseId: number;
  at: number;
  actor: string;
  format: PublicationFormat;
  fileName: string | null;
  releaseRevision: number;
  language: Language;
}

export interface ReleaseHistory {
  releaseId: number;
  status: Status;
  events: ReleaseEvent[];
  publications: Publication[];
  /** The snapshot of the latest approval (even when edited since), for History's diff with the current text. */
  approvedRevisionId: number | null;
  /** When the release was last published (exported), if it has been edited since. */
  changedSincePublished: number | null;
}

export interface ExportedFile {
  path: string;
  fileName: string;
  bytes: number;
}

export interface Entity {
  id: number;
  key: string;
  kind: EntityKind;
  names: { az: string; en: string | null; ru: string | null };
  aliases: Partial<Record<keyof Names, string[]>>;
  title: Partial<Names>;
  affiliation: string | null;
  country: string | null;
  shipped: boolean;
  edited: boolean;
  retiredAt: number | null;
  mergedInto: number | null;
}

export interface EntitySummary extends Entity {
  releaseCount: number;
}

export interface Delegation {
  id: number;
  party: Entity;
  head: Entity | null;
  headTitle: string | null;
  direction: Direction;
  dateFrom: string | null;
  dateTo: string | null;
  place: Entity | null;
  members: Entity[];
  releaseIds: number[];
}

export interface ReleaseTags {
  tags: Entity[];
  dismissed: string[];
  delegations: Delegation[];
}

export interface FacetCount {
  id: number;
  name: string;
  count: number;
}

export interface Facets {
  country: FacetCount[];
  organization: FacetCount[];
  person: FacetCount[];
  delegation: FacetCount[];
  signoff: SignoffFacets;
}

/** The listed releases by status, by who approved them, and how many are embargoed or scheduled. */
export interface SignoffFacets {
  status: { status: Status; count: number }[];
  approver: { name: string; count: number }[];
  embargoed: number;
  scheduled: number;
}

export interface EntityPage {
  entity: Entity;
  /** Newest first: the entity's timeline. */
  releases: ReleaseSummary[];
  delegations: Delegation[];
  mergedFrom: Entity[];
}

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

export interface ApiResults {
  getAppInfo: AppInfo;
  teamStatus: TeamStatus;
  teamDocOf: { name: string | null };
  joinOffice: TeamStatus;
  getSettings: Settings;
  updateSettings: Settings;
  listReleases: ReleaseList;
  getRelease: Release;
  createRelease: Release;
  saveRelease: Release;
  saveReleaseChanges: SavedRelease;
  duplicateRelease: Release;
  trashRelease: Release;
  restoreRelease: Release;
  emptyTrash: { deleted: number };
  listRevisions: RevisionSummary[];
  getRevision: Revision;
  restoreRevision: Release;
  importFile: ImportOutcome;
  getImportRecord: ImportRecord | null;
  listComments: ReleaseComment[];
  addComment: ReleaseComment;
  resolveComment: ReleaseComment;
  reapplyImport: Release;
  changeStatus: Release;
  setEmbargo: Release;
  getReleaseHistory: ReleaseHistory;
  listScheduledPublications: ReleaseEvent[];
  exportRelease: ExportedFile;
  openExport: { path: string };
  getHtmlFragment: { html: string; text: string };
  getRegistry: Entity[];
  getReleaseTags: ReleaseTags;
  setReleaseTag: ReleaseTags;
  acceptProposal: ReleaseTags;
  dismissSuggestion: ReleaseTags;
  listEntities: EntitySummary[];
  getEntityPage: EntityPage;
  saveEntity: Entity;
  correctSpelling: Entity;
  mergeEntities: Entity;
  retireEntity: Entity;
  listFacets: Facets;
  saveDelegation: Delegation;
  linkDelegation: ReleaseTags;
  translateRelease: Release;
  getTranslation: TranslationView;
  saveSegment: TranslationView;
  listVersions: { sourceId: number | null; versions: VersionState[] };
  lookupMemory: TmMatch[];
  prefillFromMemory: { filled: number; view: TranslationView };
  exportXliff: ExportedFile;
  importXliff: { updated: number; conflicts: XliffConflict[]; view: TranslationView };
  exportTmx: ExportedFile;
  importTmx: { added: number; refreshed: number; warnings: TmxWarning[] };
  listTerms: Term[];
  saveTerm: Term;
  deleteTerm: { deleted: true };
  findSegmentTerms: TermHit[];
  importTerms: { added: number; skipped: number; problems: { line?: number; reason: string }[] };
  exportTerms: ExportedFile;
  runQa: QaIssue[];
}

/** What the renderer sees: one async function per call. */
export type PressdeskApi = { [K in CallName]: (args: ApiArgs<K>) => Promise<ApiResults[K]> };

/** What a transport (IPC or HTTP) carries back: the result, or the refusal with its code. */
export type PressdeskTransport = { [K in CallName]: (args: ApiArgs<K>) => Promise<Envelope<ApiResults[K]>> };

/** The object the Electron preload exposes as `window.pressdesk`. */
export interface PressdeskBridge {
  /**
   * Envelopes, not thrown errors: contextBridge copies only an error's message, so the codes the
   * renderer acts on (stale, invalid…) travel as data and are unwrapped on the page.
   */
  api: PressdeskTransport;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to what the host's writes changed (core/host-events.ts); returns the unsubscribe function. */
  onEvent(listener: HostEventListener): () => void;
  /** Tells main the renderer has flushed its unsaved work and the window may close. */
  readyToClose(): void;
  /** The system's folder picker (Electron only); null when the officer cancels. */
  chooseFolder(title: string): Promise<string | null>;
}
