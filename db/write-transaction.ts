import type { Db } from './open';

/** Handles inside a transaction that writeTransaction began, so nested writes join it as savepoints. */
const writing = new WeakSet<Db>();

export class NestedWriteError extends Error {
  constructor() {
    super(
      'a write must begin its own IMMEDIATE transaction: inside a deferred one it would have to upgrade a read, ' +
        'which fails at once with "database is locked" instead of waiting for the other writer',
    );
    this.name = 'NestedWriteError';
  }
}

/**
 * Runs `fn` as one write: BEGIN IMMEDIATE takes the write lock before anything is read, so a second
 * writer (the CLI, another window's host) is waited for through busy_timeout rather than failing on
 * the read-to-write upgrade. Inside another writeTransaction it is a savepoint of that one; inside a
 * plain (deferred) transaction it refuses, since that nesting is exactly the fault it exists to prevent.
 * `fn` must not await: better-sqlite3 refuses a transaction function that returns a promise.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  if (writing.has(db)) return db.transaction(fn)();
  if (db.inTransaction) throw new NestedWriteError();
  writing.add(db);
  try {
    return db.transaction(fn).immediate();
  } finally {
    writing.delete(db);
  }
}
