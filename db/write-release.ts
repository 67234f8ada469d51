// The one write path for a release's fields and body. Everything that changes them — a save, a
// restore from the history, a re-import, a new release — goes through here, so each change is one
// IMMEDIATE transaction that waits for other writers (busy_timeout) and always leaves the text, the
// search index, the history and the translated versions' outdated marks in step with the fields.
import type { EditableFields, Release, ReleaseFields, Revision, SnapshotKind } from '../core/api';
import { applyBlockSplice, BlockSpliceError, type BlockSplice } from '../core/body-delta';
import { InvalidRequestError, StaleRevisionError } from './errors';
import type { Db } from './open';
import { getRelease } from './release-read';
import { insertRelease, lastSnapshotAt, snapshotRelease, SNAPSHOT_INTERVAL_MS, writeFields } from './release-rows';
import { syncVersionsOf } from './translations';
import { writeTransaction } from './write-transaction';

export interface ReleaseWrite {
  /** The revision counter the edit started from: if the release was saved since, nothing is written. */
  expected: number;
  /** The new fields, or how to make them from the release as it is inside the write (a splice of its body). */
  fields: Partial<ReleaseFields> | ((current: Release) => Partial<ReleaseFields>);
  /** Keep the content being replaced as a revision of this kind first (a restore, a re-import). */
  keepReplaced?: Revision['kind'];
  /** After writing: 'explicit' always keeps a revision, 'auto' only when the latest is SNAPSHOT_INTERVAL_MS old. */
  snapshot?: SnapshotKind;
  /** Further writes that belong to the same change (a re-import's record), in the same transaction. */
  alongside?: (saved: Release) => void;
  /**
   * False when the row follows a change made on another desk (a shared release's document): that
   * desk's editor or write path already sent an edited approved text back to review, and the status
   * that arrives with the change is the office's, not an approval this edit undoes. Default true.
   */
  editedHere?: boolean;
  now?: number;
}

/** Applies one change to release `id`; throws StaleRevisionError if it was saved since `expected`. */
export function writeRelease(db: Db, id: number, write: ReleaseWrite): Release {
  const now = write.now ?? Date.now();
  return writeTransaction(db, () => {
    const current = getRelease(db, id);
    if (current.revision !== write.expected) throw new StaleRevisionError(write.expected, current.revision);
    if (write.keepReplaced) snapshotRelease(db, id, write.keepReplaced, now);
    const fields = typeof write.fields === 'function' ? write.fields(current) : write.fields;
    const saved = writeFields(db, current, fields, now, { editedHere: write.editedHere ?? true });
    if (write.snapshot) {
      const last = lastSnapshotAt(db, id);
      if (write.snapshot === 'explicit' || last === null || now - last >= SNAPSHOT_INTERVAL_MS) {
        snapshotRelease(db, id, write.snapshot, now);
      }
    }
    write.alongside?.(saved);
    syncVersionsOf(db, id, now);
    return saved;
  });
}

export function createRelease(db: Db, fields: Partial<ReleaseFields>, now = Date.now()): Release {
  return writeTransaction(db, () => insertRelease(db, fields, now));
}

/**
 * An autosave that names the body's changed blocks instead of sending it whole. The splice is applied
 * inside the write, to the body at revision `expected`, so the release is read once and no save can
 * come in between.
 */
export function saveReleaseChanges(
  db: Db,
  id: number,
  expected: number,
  fields: Partial<Omit<EditableFields, 'body'>>,
  body: BlockSplice | undefined,
  snapshot: SnapshotKind,
  now = Date.now(),
): Release {
  if (!body) return writeRelease(db, id, { expected, fields, snapshot, now });
  const spliced = (current: Release) => {
    try {
      return { ...fields, body: applyBlockSplice(current.body, body) };
    } catch (error) {
      if (error instanceof BlockSpliceError) throw new InvalidRequestError(error.message);
      throw error;
    }
  };
  return writeRelease(db, id, { expected, fields: spliced, snapshot, now });
}

/** An edit from the editor: the fields it changed, and whether the officer asked for a revision. */
export function saveRelease(db: Db, id: number, expected: number, fields: Partial<ReleaseFields>, snapshot: SnapshotKind, now = Date.now()): Release {
  return writeRelease(db, id, { expected, fields, snapshot, now });
}
