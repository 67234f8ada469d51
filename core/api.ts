// The one contract between the renderer and whatever hosts it (Electron's main process over IPC,
// or the browser-mode host over HTTP). Every call is listed here with the zod schema of its
// argument; handlers are typed from it and validate with these schemas before touching the database.
import { z } from 'zod';
import type { Envelope, MenuCommand } from './envelope';

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
    text: z.string().max(2_000_000).optional(),
  }),
);
export const Doc: z.ZodType<DocNode> = z.object({
  type: z.literal('doc'),
  content: z.array(docNode).max(100_000).optional(),
});

/** The editable fields of a release; every one optional on create and save. */
export const ReleaseFields = z.strictObject({
  title: shortText(500),
  lead: shortText(5_000),
  dateline: shortText(200),
  releaseDate: isoDate.nullable(),
  language: z.enum(LANGUAGES),
  status: z.enum(STATUSES),
  body: Doc,
});
export type ReleaseFields = z.infer<typeof ReleaseFields>;

export const SORTS = ['date', 'title', 'updated', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

export const ListArgs = z.strictObject({
  query: shortText(1_000).optional(),
  status: z.enum(STATUSES).optional(),
  language: z.enum(LANGUAGES).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  sort: z.enum(SORTS).default('date'),
  /** Releases in the trash instead of the library. */
  trash: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
});
export type ListArgs = z.input<typeof ListArgs>;

export const SNAPSHOT_KINDS = ['auto', 'explicit'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const SETTINGS_KEYS = ['uiLanguage'] as const;
export const Settings = z.strictObject({ uiLanguage: z.enum(LANGUAGES) });
export type Settings = z.infer<typeof Settings>;

/** Every call: its argument schema. The result types follow in ApiResults. */
export const apiCalls = {
  getAppInfo: z.strictObject({}),
  getSettings: z.strictObject({}),
  updateSettings: Settings.partial(),
  listReleases: ListArgs,
  getRelease: z.strictObject({ id }),
  createRelease: ReleaseFields.partial(),
  /**
   * Saves the given fields if `revision` is still the release's revision counter; otherwise the
   * save is refused with code `stale` and nothing is written. `snapshot: 'explicit'` always
   * records a revision, `'auto'` records one when the last is a few minutes old.
   */
  saveRelease: z.strictObject({
    id,
    revision: z.number().int().min(1),
    fields: ReleaseFields.partial(),
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
} as const;

export type CallName = keyof typeof apiCalls;
export const CALL_NAMES = Object.keys(apiCalls) as CallName[];
export type ApiArgs<K extends CallName> = z.input<(typeof apiCalls)[K]>;
export type ParsedArgs<K extends CallName> = z.output<(typeof apiCalls)[K]>;

export interface Release extends ReleaseFields {
  id: number;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  /** Counter bumped by every save; a save must name the one it started from. */
  revision: number;
  deletedAt: number | null;
}

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

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dbPath: string;
  schemaVersion: number;
}

export interface ApiResults {
  getAppInfo: AppInfo;
  getSettings: Settings;
  updateSettings: Settings;
  listReleases: ReleaseList;
  getRelease: Release;
  createRelease: Release;
  saveRelease: Release;
  duplicateRelease: Release;
  trashRelease: Release;
  restoreRelease: Release;
  emptyTrash: { deleted: number };
  listRevisions: RevisionSummary[];
  getRevision: Revision;
  restoreRevision: Release;
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
  /** Tells main the renderer has flushed its unsaved work and the window may close. */
  readyToClose(): void;
}
