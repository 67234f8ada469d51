import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another ABI (Electron's); Node's build is the default. */
  nativeBinding?: string;
  readonly?: boolean;
  /** Runs once, right after the schema was created in an empty file. */
  onCreate?: (db: Database.Database) => void;
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

/**
 * The one way to open a Pressdesk database: settings chosen on purpose, schema migrated, and any
 * problem thrown at once rather than discovered on the first write.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, {
      nativeBinding: options.nativeBinding,
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (cause) {
    throw new DatabaseOpenError(file, `cannot open the database (${(cause as Error).message})`, { cause });
  }
  try {
    configure(db, options.readonly ?? false);
    if (!options.readonly && migrate(db).from === 0) options.onCreate?.(db);
    return db;
  } catch (error) {
    db.close();
    throw describeOpenFailure(file, error);
  }
}

/** SQLite's codes for a file that is not a database, or a damaged one: said plainly, nothing written. */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function describeOpenFailure(file: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NOT_A_DATABASE.has(code)) {
    return new DatabaseOpenError(file, 'this file is not a Pressdesk database, or it is damaged; it was left as it was', {
      cause: error,
    });
  }
  return error;
}

function configure(db: Db, readonly: boolean): void {
  // A second process (the CLI while the app runs) waits for a writer instead of failing at once.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  if (readonly) return;
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
