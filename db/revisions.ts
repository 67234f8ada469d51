import type Database from 'better-sqlite3';
import type { DocNode, Release, Revision, RevisionSummary } from '../core/api';
import { NotFoundError, StaleRevisionError } from './errors';
import { fieldsOf, getRelease, writeFields } from './releases';
import { stmt } from './statements';

type Db = Database.Database;

/** While typing, autosaves keep at most one snapshot per this interval. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;

const SUMMARY = `id, release_id AS releaseId, release_revision AS releaseRevision, kind, title,
                 word_count AS wordCount, created_at AS createdAt`;

/** When the release's latest snapshot was taken; null if it has none. */
export function lastSnapshotAt(db: Db, releaseId: number): number | null {
  return stmt(db, 'SELECT max(created_at) FROM revisions WHERE release_id = ?').pluck().get(releaseId) as number | null;
}

/** Records the release as it is now. Call inside the transaction that wrote it. */
export function snapshotRelease(db: Db, releaseId: number, kind: Revision['kind'], now = Date.now()): void {
  stmt(
    db,
    `INSERT INTO revisions (release_id, release_revision, kind, created_at, word_count, title, lead, dateline,
                            release_date, language, status, body_json, body_text)
     SELECT r.id, r.revision, @kind, @now, r.word_count, r.title, r.lead, r.dateline, r.release_date, r.language,
            r.status, b.body_json, b.body_text
     FROM releases r JOIN release_bodies b ON b.release_id = r.id WHERE r.id = @id`,
  ).run({ id: releaseId, kind, now });
}

export function listRevisions(db: Db, releaseId: number): RevisionSummary[] {
  getRelease(db, releaseId);
  return stmt(db, `SELECT ${SUMMARY} FROM revisions WHERE release_id = ? ORDER BY created_at DESC, id DESC`).all(
    releaseId,
  ) as RevisionSummary[];
}

interface RevisionRow extends RevisionSummary {
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Release['language'];
  status: Release['status'];
  bodyJson: string;
  bodyText: string;
}

export function getRevision(db: Db, id: number): Revision {
  const row = stmt(
    db,
    `SELECT ${SUMMARY}, lead, dateline, release_date AS releaseDate, language, status, body_json AS bodyJson,
            body_text AS bodyText
     FROM revisions WHERE id = ?`,
  ).get(id) as RevisionRow | undefined;
  if (!row) throw new NotFoundError('revision', id);
  const { lead, dateline, releaseDate, language, status, bodyJson, bodyText, ...summary } = row;
  const body = JSON.parse(bodyJson) as DocNode;
  return { ...summary, bodyText, fields: { title: summary.title, lead, dateline, releaseDate, language, status, body } };
}

/**
 * Makes an old revision current. The content it replaces is kept as a 'restore' snapshot first, so
 * a restore can itself be undone from the history.
 */
export function restoreRevision(db: Db, releaseId: number, revisionId: number, expected: number, now = Date.now()): Release {
  return db
    .transaction(() => {
      const current = getRelease(db, releaseId);
      if (current.revision !== expected) throw new StaleRevisionError(expected, current.revision);
      const revision = getRevision(db, revisionId);
      if (revision.releaseId !== releaseId) throw new NotFoundError('revision', revisionId);
      snapshotRelease(db, releaseId, 'restore', now);
      return writeFields(db, current, fieldsOf(revision.fields), now);
    })
    .immediate();
}
