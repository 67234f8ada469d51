import type { Migration } from './migration';

/**
 * The shared library. A shared release carries the name of its document, `release/<uid>`
 * (a translated version `version/<uid>/<lang>`); releases made before joining have none and stay this
 * officer's own. Every shared document's Yjs state is kept here, so the app opens, edits and searches
 * with no connection:
 * - `team_docs`: the merged state, the state vector the office has acknowledged, and `row_json`, the
 *   local row as it was when it last matched the document (revision, fields, a hash of the body), so
 *   a change made to the row itself (the CLI, a status step) is told apart, field by field, from one
 *   the document brought;
 * - `team_doc_updates`: the updates since, appended one by one as they happen (so a crash loses
 *   none) and folded into the state from time to time;
 * - `team_session`: the office joined: its address, the user and the token the office gave (never
 *   the password).
 */
export const team: Migration = {
  name: 'team',
  up(db) {
    db.exec(`
      ALTER TABLE releases ADD COLUMN team_doc TEXT;
      CREATE UNIQUE INDEX releases_by_team_doc ON releases (team_doc) WHERE team_doc IS NOT NULL;

      CREATE TABLE team_docs (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        office_vector BLOB,
        row_json TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE team_doc_updates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX team_doc_updates_by_name ON team_doc_updates (name, id);

      CREATE TABLE team_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT NOT NULL,
        user_name TEXT NOT NULL,
        role TEXT NOT NULL,
        token TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
