// The contract, sign-off: status steps, the embargo, review comments and the record of both.
import { z } from 'zod';
import { ROLES, STATUSES, type Language, type Release, type Role, type Status } from '../model';
import { call } from './call';
import { id } from './schemas';

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

const COMMENT_ORIGINS = ['review', 'word'] as const;
export type CommentOrigin = (typeof COMMENT_ORIGINS)[number];
const commentId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a comment id of letters, digits, - and _');

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

export type EventKind = 'migrated' | 'transition' | 'embargo';

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

export type PublicationFormat = 'html' | 'docx' | 'pdf' | 'clipboard';

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

/** The listed releases by status, by who approved them, and how many are embargoed or scheduled. */
export interface SignoffFacets {
  status: { status: Status; count: number }[];
  approver: { name: string; count: number }[];
  embargoed: number;
  scheduled: number;
}

export const signoffCalls = {
  /** Review remarks on ranges of a release's text; the range carries a `comment` mark with the id. */
  listComments: call(z.strictObject({ releaseId: id })).returns<ReleaseComment[]>(),
  addComment: call(
    z.strictObject({
      releaseId: id,
      /** Given when the mark is placed before the thread exists (an imported Word comment); made otherwise. */
      commentId: commentId.optional(),
      text: z.string().trim().min(1).max(5_000),
      quote: z.string().max(2_000).default(''),
      origin: z.enum(COMMENT_ORIGINS).default('review'),
      /** Answers this thread (a reply to a reply joins the same thread). */
      replyTo: commentId.optional(),
    }),
  ).returns<ReleaseComment>(),
  resolveComment: call(z.strictObject({ id: commentId, resolved: z.boolean().default(true) })).returns<ReleaseComment>(),
  /**
   * One step of the sign-off (core/workflow.ts says which are allowed). `revision` is the text the
   * officer saw: an approval is of that revision, and a stale one is refused. `by` and `role`
   * name the officer when the caller knows better than the settings (the CLI's --by and --role).
   */
  changeStatus: call(
    z.strictObject({
      id,
      revision: z.number().int().min(1),
      to: z.enum(STATUSES),
      reason: z.string().trim().max(2_000).default(''),
      by: z.string().trim().min(1).max(200).optional(),
      role: z.enum(ROLES).optional(),
    }),
  ).returns<Release>(),
  /**
   * Sets or lifts (null) the embargo; times are ISO 8601, read in `timeZone` when they carry no
   * offset. `publishAt`: the approved release is marked published then by a running Pressdesk.
   */
  setEmbargo: call(
    z.strictObject({
      id,
      until: isoInstant.nullable(),
      publishAt: isoInstant.nullable().default(null),
      timeZone: timeZone.default(DEFAULT_TIME_ZONE),
      by: z.string().trim().min(1).max(200).optional(),
    }),
  ).returns<Release>(),
  /** Transitions, approvals with their revisions, embargo changes and every export, oldest first. */
  getReleaseHistory: call(z.strictObject({ id })).returns<ReleaseHistory>(),
  /** Releases the scheduler published since `since` (epoch ms), to tell the officer. */
  listScheduledPublications: call(z.strictObject({ since: z.number().int().min(0) })).returns<ReleaseEvent[]>(),
};
