// The office server's own SQLite schema, run by the app's migration runner (db/migrate.ts) through the
// one opener (db/open.ts): the same header, version and quick_check judgement, WAL and FULL sync.
import type { Migration } from '../db/migrations/migration';

const documentsAndUsers: Migration = {
  name: 'documents-and-users',
  up(db) {
    db.exec(`
      -- The last compacted state of each shared document (Yjs update format).
      CREATE TABLE documents (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ'))
      ) STRICT;
      -- Every update kept before it was acknowledged; folded into documents.state when the document is stored.
      CREATE TABLE document_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        update_data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX document_updates_by_name ON document_updates (name, id);
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('author', 'editor', 'approver', 'translator', 'admin')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ'))
      ) STRICT;
    `);
  },
};

/** Append only, as the app's list: the file's user_version counts the steps applied. */
export const SERVER_MIGRATIONS: readonly Migration[] = [documentsAndUsers];
