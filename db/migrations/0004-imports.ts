import type { Migration } from './migration';

/**
 * Where an imported release came from: the text's hash (so the same file is not imported twice by
 * accident), what the cleaner changed and, for plain text, the source itself, so a change the
 * officer undoes can be re-applied from the original rather than guessed back from the result.
 */
export const imports: Migration = {
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL UNIQUE REFERENCES releases (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        source_text TEXT,
        changes_json TEXT NOT NULL,
        skipped_json TEXT NOT NULL DEFAULT '[]',
        warnings_json TEXT NOT NULL,
        imported_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX imports_by_hash ON imports (content_hash);
    `);
  },
};
