import type { DocNode, Release, Revision, RevisionSummary } from '../core/api';
import { NotFoundError } from './errors';
import { fieldsOf, getRelease } from './release-read';
import { writeRelease } from './write-release';
import { stmt } from './statements';
import type { Db } from './open';

export { lastSnapshotAt, snapshotRelease, SNAPSHOT_INTERVAL_MS } from './release-rows';

const SUMMARY = `id, release_id AS releaseId, release_revision AS releaseRevision, kind, title,
                 word_count AS wordCount, created_at AS createdAt`;

export function listRevisions(db: Db, releaseId: number): RevisionSummary[] {
  getRelease(db, releaseId);
  return stmt(db, `SELECT ${SUMMARY} FROM revisions WHERE release_id = ? ORDER BY created_at DESC, id DESC`).all(releaseId) as RevisionSummary[];
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
  const revision = getRevision(db, revisionId);
  if (revision.releaseId !== releaseId) throw new NotFoundError('revision', revisionId);
  return writeRelease(db, releaseId, { expected, fields: fieldsOf(revision.fields), keepReplaced: 'restore', now });
}
