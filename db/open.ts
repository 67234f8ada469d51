import { closeSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DatabaseTooNewError, migrate, schemaVersion } from './migrate';
import { migrations as appMigrations } from './migrations';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron's); Node's build is the default. */
  nativeBinding?: string;
  /** Reads only: nothing is checked, migrated or written (SQLite itself refuses every write). */
  readonly?: boolean;
  /** Runs once, right after the schema was created in an empty file. */
  onCreate?: (db: Database.Database) => void;
  /** The schema steps of this kind of file: the app's library unless another (the office server's) is opened. */
  migrations?: readonly Migration[];
}

export class DatabaseOpenError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'DatabaseOpenError';
  }
}

/** quick_check found a fault: the file is refused unchanged; a read-only copy may still be exported from. */
export class DatabaseDamagedError extends DatabaseOpenError {
  constructor(
    file: string,
    readonly problems: string[],
  ) {
    super(file, `the database is damaged (${problems.slice(0, 3).join('; ').replace(/\s+/g, ' ')}); it was left as it was`);
    this.name = 'DatabaseDamagedError';
  }
}

/** quick_check stops listing problems after this many: the first few say enough. */
const MAX_REPORTED_PROBLEMS = 10;
const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * The one way to open a Pressdesk database. An existing file is judged before anything is written
 * to it: its header (a database at all? a newer schema?), then SQLite's own view of the version
 * (a WAL may hold a newer one) and `PRAGMA quick_check`. Only then is it switched to WAL and
 * migrated. A file this call created is removed again if it fails, so no empty file is left behind.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  const steps = options.migrations ?? appMigrations;
  const size = sizeOf(file);
  const existed = size > 0;
  if (existed && !readonly) judgeHeader(file, steps.length);
  let db: Db;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, readonly, fileMustExist: readonly });
  } catch (cause) {
    throw describeOpenFailure(file, cause, existed);
  }
  try {
    // Per-connection settings only: nothing reaches the file yet.
    // A second process (the CLI while the app runs) waits for a writer instead of failing at once.
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (readonly) return db;
    if (existed) {
      const found = schemaVersion(db);
      if (found > steps.length) throw new DatabaseTooNewError(found, steps.length);
      const problems = db.pragma(`quick_check(${MAX_REPORTED_PROBLEMS})`, { simple: false }) as { quick_check: string }[];
      if (problems.length !== 1 || problems[0]!.quick_check !== 'ok') {
        throw new DatabaseDamagedError(
          file,
          problems.map((row) => row.quick_check),
        );
      }
    }
    configureForWriting(db);
    if (migrate(db, undefined, steps).from === 0) options.onCreate?.(db);
    return db;
  } catch (error) {
    db.close();
    if (size < 0) removeCreated(file);
    throw describeOpenFailure(file, error, existed);
  }
}

/** -1 when there is no such file. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/** The 100-byte header, read with plain file I/O so that a refused file is never opened by SQLite at all. */
function judgeHeader(file: string, latest: number): void {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new DatabaseOpenError(file, 'this file is not a Pressdesk database, or it is damaged; it was left as it was');
  }
  const userVersion = header.readInt32BE(60);
  if (userVersion > latest) throw new DatabaseTooNewError(userVersion, latest);
}

function removeCreated(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** SQLite's codes for a file that is not a database, or a damaged one: said plainly, nothing written. */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function describeOpenFailure(file: string, error: unknown, existed: boolean): unknown {
  if (error instanceof DatabaseOpenError || error instanceof DatabaseTooNewError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const why = (error as Error).message;
  if (NOT_A_DATABASE.has(code)) {
    return new DatabaseOpenError(file, 'this file is not a Pressdesk database, or it is damaged; it was left as it was', {
      cause: error,
    });
  }
  if (code === 'SQLITE_FULL') {
    return new DatabaseOpenError(file, `the disk is full: free some space and start again (${why})`, { cause: error });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
    const what = existed ? 'cannot open the database' : 'cannot create a new database here';
    return new DatabaseOpenError(
      file,
      `${what}: the folder or the file is not writable, or the disk cannot be written (${why}). Choose another place with --db.`,
      { cause: error },
    );
  }
  return error;
}

function configureForWriting(db: Db): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new DatabaseOpenError(db.name, `cannot switch to WAL journaling (got ${String(mode)})`);
  // FULL: every acknowledged save survives power loss too. Saves are a few per second at most
  // (autosave waits for a pause in typing), so the extra fsync is not felt; losing a signed-off
  // text would be.
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  // Larger page cache: the library and FTS index are read constantly.
  db.pragma('cache_size = -32000');
}
