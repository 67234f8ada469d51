// The sign-off's event record and the one place a release's status column changes. The write path
// (release-rows.ts) uses it too: an approved text that is edited goes back to review.
import type { Release, ReleaseEvent, Status } from '../core/api';
import { approvedContentChanged, type Actor } from '../core/workflow';
import { officerActor } from './actor';
import type { Db } from './open';
import { getRelease } from './release-read';
import { stmt } from './statements';

export interface EventInput {
  kind: ReleaseEvent['kind'];
  actor: Actor;
  from?: Status | null;
  to?: Status | null;
  reason?: string | null;
  revisionId?: number | null;
  detail?: Record<string, unknown>;
}

export function recordEvent(db: Db, release: Release, event: EventInput, now: number): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO release_events (release_id, kind, at, actor, actor_role, from_status, to_status, reason,
                                 release_revision, revision_id, detail_json)
     VALUES (@releaseId, @kind, @now, @actor, @role, @from, @to, @reason, @revision, @revisionId, @detail)`,
  ).run({
    releaseId: release.id,
    kind: event.kind,
    now,
    actor: event.actor.name,
    role: event.actor.role,
    from: event.from ?? null,
    to: event.to ?? null,
    reason: event.reason || null,
    revision: release.revision,
    revisionId: event.revisionId ?? null,
    detail: JSON.stringify(event.detail ?? {}),
  });
  return Number(lastInsertRowid);
}

export function setStatus(db: Db, release: Release, to: Status, event: Omit<EventInput, 'kind' | 'from' | 'to'>, now: number): Release {
  stmt(db, 'UPDATE releases SET status = ? WHERE id = ?').run(to, release.id);
  recordEvent(db, release, { ...event, kind: 'transition', from: release.status, to }, now);
  return getRelease(db, release.id);
}

/**
 * An approval is of one revision: when the approved text is edited, the release goes back to
 * review, signed by the officer who edited it. A review comment anchored in the text changes nothing
 * approved. A write that brings the approval itself with the text it approves (a shared release's
 * row following the office's document) is not an edit of an approved text. Called by the write path
 * inside the edit's transaction.
 */
export function returnToReviewIfApproved(db: Db, before: Release, edited: Release, now: number): Release {
  if (before.status !== 'approved' || edited.status !== 'approved' || !approvedContentChanged(before, edited)) return edited;
  return setStatus(db, edited, 'review', { actor: officerActor(db), reason: 'edited after approval', detail: { automatic: true } }, now);
}
