import type { Migration } from './migration';

/**
 * Translated versions of a release: each version is a release of its own (so it is listed,
 * searched and exported like any other) linked to its source, with its segments: the source
 * sentence as it was translated, the translation, its status, and, when the source changed since,
 * the earlier source sentence (outdated). The termbase lives here too.
 */
export const translations: Migration = {
  name: 'translations',
  up(db) {
    db.exec(`
      CREATE TABLE translation_links (
        target_id INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX translation_links_by_source ON translation_links (source_id);

      CREATE TABLE translation_segments (
        target_id INTEGER NOT NULL REFERENCES translation_links (target_id) ON DELETE CASCADE,
        segment_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        source_text TEXT NOT NULL,
        marks_json TEXT NOT NULL,
        target_text TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('empty', 'draft', 'translated', 'reviewed')),
        outdated_from TEXT,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (target_id, segment_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE terms (
        id INTEGER PRIMARY KEY,
        az TEXT NOT NULL,
        en TEXT NOT NULL,
        ru TEXT NOT NULL,
        note TEXT,
        forbidden_json TEXT NOT NULL DEFAULT '{}',
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
