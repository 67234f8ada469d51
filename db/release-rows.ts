// The row-level steps of the write path (db/write-release.ts). Each derives what is stored beside
// the fields (normalised body, text, word count, sort key, search index) so no caller can store a
// body without them. Call only inside writeTransaction.
import type { Release, ReleaseFields, Revision } from '../core/api';
import { docToText } from '../core/doc-text';
import { normalizeDoc } from '../core/doc-schema';
import { titleSortKey } from '../core/sort-key';
import { countWords } from '../core/text-stats';
import type { Db } from './open';
import { returnToReviewIfApproved } from './release-events';
import { DEFAULT_FIELDS, fieldsOf, getRelease } from './release-read';
import { indexRelease, tagNamesOf } from './search-index';
import { stmt } from './statements';

/** While typing, autosaves keep at most one snapshot per this interval. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;

/** What is stored beside the fields: derived once per write, never trusted from the caller. */
function derived(fields: ReleaseFields) {
  const body = normalizeDoc(fields.body);
  const bodyText = docToText(body).normalize('NFC');
  return {
    bodyJson: JSON.stringify(body),
    bodyText,
    wordCount: countWords(bodyText),
    titleKey: titleSortKey(fields.title),
  };
}

export function insertRelease(db: Db, fields: Partial<ReleaseFields>, now: number): Release {
  const full = { ...DEFAULT_FIELDS, ...fields };
  const extra = derived(full);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO releases (title, lead, dateline, release_date, language, status, word_count, title_key,
                           created_at, updated_at, revision)
     VALUES (@title, @lead, @dateline, @releaseDate, @language, @status, @wordCount, @titleKey, @now, @now, 1)`,
  ).run({ ...full, ...extra, now });
  const id = Number(lastInsertRowid);
  stmt(db, 'INSERT INTO release_bodies (release_id, body_json, body_text) VALUES (?, ?, ?)').run(id, extra.bodyJson, extra.bodyText);
  indexRelease(db, id, { ...full, bodyText: extra.bodyText, tags: '' });
  return getRelease(db, id);
}

/** Overwrites the release with `fields` and bumps its revision counter; an approved text edited here goes back to review. */
export function writeFields(db: Db, current: Release, fields: Partial<ReleaseFields>, now: number, { editedHere = true } = {}): Release {
  const full: ReleaseFields = { ...fieldsOf(current), ...fields };
  const extra = derived(full);
  stmt(
    db,
    `UPDATE releases SET title = @title, lead = @lead, dateline = @dateline, release_date = @releaseDate,
            language = @language, status = @status, word_count = @wordCount, title_key = @titleKey,
            updated_at = @now, revision = @revision
     WHERE id = @id`,
  ).run({ ...full, ...extra, now, revision: current.revision + 1, id: current.id });
  stmt(db, 'UPDATE release_bodies SET body_json = ?, body_text = ? WHERE release_id = ?').run(extra.bodyJson, extra.bodyText, current.id);
  // The index holds the text and is keyed by the date: re-index when either changed.
  const { title, lead, body, releaseDate } = fields;
  if (title !== undefined || lead !== undefined || body !== undefined || releaseDate !== undefined) {
    indexRelease(db, current.id, { ...full, bodyText: extra.bodyText, tags: tagNamesOf(db, current.id) });
  }
  const written = getRelease(db, current.id);
  return editedHere ? returnToReviewIfApproved(db, current, written, now) : written;
}

/** When the release's latest snapshot was taken; null if it has none. */
export function lastSnapshotAt(db: Db, releaseId: number): number | null {
  return stmt(db, 'SELECT max(created_at) FROM revisions WHERE release_id = ?').pluck().get(releaseId) as number | null;
}

/** Records the release as it is now. */
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
