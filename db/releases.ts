import type Database from 'better-sqlite3';
import type { DocNode, Release, ReleaseFields, SnapshotKind } from '../core/api';
import { docToText } from '../core/doc-text';
import { normalizeDoc } from '../core/doc-schema';
import { titleSortKey } from '../core/sort-key';
import { countWords } from '../core/text-stats';
import { NotFoundError, StaleRevisionError } from './errors';
import { indexRelease, tagNamesOf, unindexRelease } from './search-index';
import { snapshotRelease, SNAPSHOT_INTERVAL_MS, lastSnapshotAt } from './revisions';
import { stmt } from './statements';

type Db = Database.Database;

const EMPTY_BODY: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

export const DEFAULT_FIELDS: ReleaseFields = {
  title: '',
  lead: '',
  dateline: '',
  releaseDate: null,
  language: 'az',
  status: 'draft',
  body: EMPTY_BODY,
};

interface ReleaseRow {
  id: number;
  title: string;
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Release['language'];
  status: Release['status'];
  bodyJson: string;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  revision: number;
  deletedAt: number | null;
  embargoUntil: number | null;
  embargoZone: string | null;
  publishAt: number | null;
}

const SELECT_RELEASE = `
  SELECT id, title, lead, dateline, release_date AS releaseDate, language, status, b.body_json AS bodyJson,
         word_count AS wordCount, created_at AS createdAt, updated_at AS updatedAt, revision, deleted_at AS deletedAt,
         embargo_until AS embargoUntil, embargo_zone AS embargoZone, publish_at AS publishAt
  FROM releases r JOIN release_bodies b ON b.release_id = r.id WHERE r.id = ?`;

function toRelease({ bodyJson, ...row }: ReleaseRow): Release {
  return { ...row, body: JSON.parse(bodyJson) as DocNode };
}

export function fieldsOf({ title, lead, dateline, releaseDate, language, status, body }: ReleaseFields): ReleaseFields {
  return { title, lead, dateline, releaseDate, language, status, body };
}

export function findRelease(db: Db, id: number): Release | undefined {
  const row = stmt(db, SELECT_RELEASE).get(id) as ReleaseRow | undefined;
  return row && toRelease(row);
}

export function getRelease(db: Db, id: number): Release {
  const release = findRelease(db, id);
  if (!release) throw new NotFoundError('release', id);
  return release;
}

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

export function createRelease(db: Db, fields: Partial<ReleaseFields>, now = Date.now()): Release {
  const full = { ...DEFAULT_FIELDS, ...fields };
  const extra = derived(full);
  return db.transaction(() => {
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO releases (title, lead, dateline, release_date, language, status, word_count, title_key,
                             created_at, updated_at, revision)
       VALUES (@title, @lead, @dateline, @releaseDate, @language, @status, @wordCount, @titleKey, @now, @now, 1)`,
    ).run({ ...full, ...extra, now });
    const id = Number(lastInsertRowid);
    stmt(db, 'INSERT INTO release_bodies (release_id, body_json, body_text) VALUES (?, ?, ?)').run(
      id,
      extra.bodyJson,
      extra.bodyText,
    );
    indexRelease(db, id, { ...full, bodyText: extra.bodyText, tags: '' });
    return getRelease(db, id);
  })();
}

/**
 * Stores an edit made from revision counter `expected`. If the release has been saved since
 * (the same release open twice), nothing is written and StaleRevisionError says so.
 */
export function saveRelease(
  db: Db,
  id: number,
  expected: number,
  fields: Partial<ReleaseFields>,
  snapshot: SnapshotKind,
  now = Date.now(),
): Release {
  return db
    .transaction(() => {
      const current = getRelease(db, id);
      if (current.revision !== expected) throw new StaleRevisionError(expected, current.revision);
      const next = writeFields(db, current, fields, now);
      const last = lastSnapshotAt(db, id);
      if (snapshot === 'explicit' || last === null || now - last >= SNAPSHOT_INTERVAL_MS) {
        snapshotRelease(db, id, snapshot, now);
      }
      return next;
    })
    .immediate();
}

/** Overwrites the release with `fields` and bumps its revision counter. Call inside a transaction. */
export function writeFields(db: Db, current: Release, fields: Partial<ReleaseFields>, now: number): Release {
  const full: ReleaseFields = { ...fieldsOf(current), ...fields };
  const extra = derived(full);
  stmt(
    db,
    `UPDATE releases SET title = @title, lead = @lead, dateline = @dateline, release_date = @releaseDate,
            language = @language, status = @status, word_count = @wordCount, title_key = @titleKey,
            updated_at = @now, revision = @revision
     WHERE id = @id`,
  ).run({ ...full, ...extra, now, revision: current.revision + 1, id: current.id });
  stmt(db, 'UPDATE release_bodies SET body_json = ?, body_text = ? WHERE release_id = ?').run(
    extra.bodyJson,
    extra.bodyText,
    current.id,
  );
  // The index holds the text and is keyed by the date: re-index when either changed.
  const { title, lead, body, releaseDate } = fields;
  if (title !== undefined || lead !== undefined || body !== undefined || releaseDate !== undefined) {
    indexRelease(db, current.id, { ...full, bodyText: extra.bodyText, tags: tagNamesOf(db, current.id) });
  }
  return getRelease(db, current.id);
}

const COPY_SUFFIX: Record<Release['language'], string> = { az: 'surət', en: 'copy', ru: 'копия' };

export function duplicateRelease(db: Db, id: number, now = Date.now()): Release {
  const source = fieldsOf(getRelease(db, id));
  const title = source.title && `${source.title} (${COPY_SUFFIX[source.language]})`;
  return createRelease(db, { ...source, title, status: 'draft' }, now);
}

/** Moving to and from the trash leaves the revision counter alone: an open editor may keep saving. */
export function trashRelease(db: Db, id: number, now = Date.now()): Release {
  getRelease(db, id);
  stmt(db, 'UPDATE releases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id);
  return getRelease(db, id);
}

export function restoreRelease(db: Db, id: number): Release {
  getRelease(db, id);
  stmt(db, 'UPDATE releases SET deleted_at = NULL WHERE id = ?').run(id);
  return getRelease(db, id);
}

export function emptyTrash(db: Db): number {
  return db.transaction(() => {
    const ids = stmt(db, 'SELECT id FROM releases WHERE deleted_at IS NOT NULL').pluck().all() as number[];
    for (const id of ids) unindexRelease(db, id);
    stmt(db, 'DELETE FROM releases WHERE deleted_at IS NOT NULL').run();
    return ids.length;
  })();
}
