import type { Release } from '../core/api';
import { COPY_SUFFIX } from '../core/document-words';
import type { Db } from './open';
import { fieldsOf, getRelease } from './release-read';
import { unindexRelease } from './search-index';
import { stmt } from './statements';
import { createRelease } from './write-release';
import { writeTransaction } from './write-transaction';

export { DEFAULT_FIELDS, fieldsOf, findRelease, getRelease } from './release-read';
export { createRelease, saveRelease, saveReleaseChanges } from './write-release';

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
  return writeTransaction(db, () => {
    const ids = stmt(db, 'SELECT id FROM releases WHERE deleted_at IS NOT NULL').pluck().all() as number[];
    for (const id of ids) unindexRelease(db, id);
    stmt(db, 'DELETE FROM releases WHERE deleted_at IS NOT NULL').run();
    return ids.length;
  });
}
