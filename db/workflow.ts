// The sign-off record: status transitions (checked by core/workflow.ts), approvals of a revision,
// the embargo, and every export. The status column of releases is written only here.
import type { Publication, PublicationFormat, Release, ReleaseEvent, ReleaseHistory, SignoffFacets, Status } from '../core/api';
import { checkTransition, type Actor, type TransitionProblem } from '../core/workflow';
import { InvalidRequestError, StaleRevisionError } from './errors';
import { recordEvent, setStatus } from './release-events';
import { getRelease } from './release-read';
import { snapshotRelease } from './release-rows';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';
import { CodedError } from '../core/errors';
import type { Db } from './open';

export class TransitionRefusedError extends CodedError {
  constructor(
    readonly from: Status,
    readonly to: Status,
    readonly problems: TransitionProblem[],
  ) {
    super('blocked', `the release cannot go from ${from} to ${to}: ${problems.join(', ')}`, problems);
    this.name = 'TransitionRefusedError';
  }
}

export interface TransitionRequest {
  to: Status;
  actor: Actor;
  reason: string;
  /** The revision counter the officer saw; the step is refused if the text changed since. */
  expected: number;
  /** QA errors of the release and its versions, counted by the host (it owns the checks). */
  qaErrors: number;
}

/** One checked step of the sign-off. An approval snapshots the text it approves. */
export function changeStatus(db: Db, id: number, request: TransitionRequest, now = Date.now()): Release {
  return writeTransaction(db, () => {
    const release = getRelease(db, id);
    if (release.revision !== request.expected) throw new StaleRevisionError(request.expected, release.revision);
    const problems = checkTransition({ ...release, qaErrors: request.qaErrors, now }, request.to, request.actor, request.reason);
    if (problems.length) throw new TransitionRefusedError(release.status, request.to, problems);
    let revisionId: number | null = null;
    if (request.to === 'approved') {
      snapshotRelease(db, id, 'explicit', now);
      revisionId = Number(stmt(db, 'SELECT max(id) FROM revisions WHERE release_id = ?').pluck().get(id));
    }
    return setStatus(db, release, request.to, { actor: request.actor, reason: request.reason, revisionId }, now);
  });
}

export interface EmbargoRequest {
  until: number | null;
  publishAt: number | null;
  timeZone: string;
  actor: Actor;
}

export function setEmbargo(db: Db, id: number, request: EmbargoRequest, now = Date.now()): Release {
  const { until, publishAt, timeZone, actor } = request;
  if (!actor.name) throw new InvalidRequestError('an embargo is signed: set your name in the settings first');
  if (until !== null && publishAt !== null && publishAt < until) {
    throw new InvalidRequestError('the scheduled publication is before the embargo lifts');
  }
  return writeTransaction(db, () => {
    const release = getRelease(db, id);
    stmt(db, 'UPDATE releases SET embargo_until = ?, embargo_zone = ?, publish_at = ? WHERE id = ?').run(
      until,
      until === null && publishAt === null ? null : timeZone,
      publishAt,
      id,
    );
    recordEvent(db, release, { kind: 'embargo', actor, detail: { until, publishAt, timeZone } }, now);
    return getRelease(db, id);
  });
}

/**
 * Marks every approved release whose scheduled time has come as published, signed by whoever
 * scheduled it. Releases not approved by then stay as they are: the schedule does not skip sign-off.
 */
export function publishDue(db: Db, now: number): ReleaseEvent[] {
  return writeTransaction(db, () => {
    const due = stmt(db, `SELECT id FROM releases WHERE publish_at IS NOT NULL AND publish_at <= ? AND status = 'approved' AND deleted_at IS NULL`)
      .pluck()
      .all(now) as number[];
    const events: ReleaseEvent[] = [];
    for (const id of due) {
      const release = getRelease(db, id);
      const scheduler = stmt(
        db,
        `SELECT actor AS name, actor_role AS role FROM release_events WHERE release_id = ? AND kind = 'embargo' ORDER BY at DESC, id DESC LIMIT 1`,
      ).get(id) as Actor;
      stmt(db, "UPDATE releases SET status = 'published', publish_at = NULL WHERE id = ?").run(id);
      const eventId = recordEvent(
        db,
        release,
        { kind: 'transition', actor: scheduler, from: 'approved', to: 'published', reason: 'scheduled publication', detail: { automatic: true } },
        now,
      );
      events.push(toEvent(stmt(db, `${SELECT_EVENT} WHERE id = ?`).get(eventId) as EventRow));
    }
    return events;
  });
}

/** The scheduler's publications since `since`, newest last. */
export function scheduledPublications(db: Db, since: number): ReleaseEvent[] {
  return (stmt(db, `${SELECT_EVENT} WHERE kind = 'transition' AND to_status = 'published' AND at > ? ORDER BY at, id`).all(since) as EventRow[])
    .map(toEvent)
    .filter((event) => event.detail.automatic === true);
}

export function recordPublication(
  db: Db,
  id: number,
  entry: { format: PublicationFormat; fileName: string | null; actor: Actor },
  now = Date.now(),
): Publication {
  const release = getRelease(db, id);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO publications (release_id, at, actor, format, file_name, release_revision, language)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, now, entry.actor.name, entry.format, entry.fileName, release.revision, release.language);
  return stmt(db, `${SELECT_PUBLICATION} WHERE id = ?`).get(lastInsertRowid) as Publication;
}

const SELECT_EVENT = `SELECT id, release_id AS releaseId, kind, at, actor, actor_role AS actorRole, from_status AS fromStatus,
                             to_status AS toStatus, reason, release_revision AS releaseRevision, revision_id AS revisionId,
                             detail_json AS detailJson
                      FROM release_events`;
const SELECT_PUBLICATION = `SELECT id, release_id AS releaseId, at, actor, format, file_name AS fileName,
                                   release_revision AS releaseRevision, language
                            FROM publications`;

type EventRow = Omit<ReleaseEvent, 'detail'> & { detailJson: string };

function toEvent({ detailJson, ...row }: EventRow): ReleaseEvent {
  return { ...row, detail: JSON.parse(detailJson) as Record<string, unknown> };
}

function listEvents(db: Db, id: number): ReleaseEvent[] {
  return (stmt(db, `${SELECT_EVENT} WHERE release_id = ? ORDER BY at, id`).all(id) as EventRow[]).map(toEvent);
}

export function getHistory(db: Db, id: number): ReleaseHistory {
  const release = getRelease(db, id);
  const events = listEvents(db, id);
  const publications = stmt(db, `${SELECT_PUBLICATION} WHERE release_id = ? ORDER BY at, id`).all(id) as Publication[];
  const approval = events.findLast((e) => e.kind === 'transition' && e.toStatus === 'approved');
  const last = publications.at(-1);
  return {
    releaseId: id,
    status: release.status,
    events,
    publications,
    approvedRevisionId: approval?.revisionId ?? null,
    changedSincePublished: last && release.revision > last.releaseRevision ? last.at : null,
  };
}

/** Sign-off facets over the releases `ids` (a SELECT of ids, with its `params`). */
export function signoffFacets(db: Db, ids: string, params: Record<string, unknown>, now = Date.now()): SignoffFacets {
  const status = stmt(db, `SELECT status, count(*) AS count FROM releases WHERE id IN (${ids}) GROUP BY status ORDER BY count DESC, status`).all(
    params,
  ) as SignoffFacets['status'];
  const approver = stmt(
    db,
    `SELECT actor AS name, count(DISTINCT release_id) AS count FROM release_events
     WHERE kind = 'transition' AND to_status = 'approved' AND actor != '' AND release_id IN (${ids})
     GROUP BY actor ORDER BY count DESC, actor`,
  ).all(params) as SignoffFacets['approver'];
  const counts = stmt(
    db,
    `SELECT count(*) FILTER (WHERE embargo_until > @facetNow) AS embargoed, count(publish_at) AS scheduled
     FROM releases WHERE id IN (${ids})`,
  ).get({ ...params, facetNow: now }) as { embargoed: number; scheduled: number };
  return { status, approver, ...counts };
}
