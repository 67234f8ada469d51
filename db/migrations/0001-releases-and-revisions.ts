import type { Migration } from './migration';

// A release's metadata and its text live in separate tables: the library reads metadata of many
// releases at once and must not wade through bodies to do it. Likewise revisions keep their small
// columns first, so a history listing never follows a body's overflow pages.
export const releasesAndRevisions: Migration = {
  name: 'releases-and-revisions',
  up(db) {
    db.exec(`
      CREATE TABLE releases (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        lead TEXT NOT NULL DEFAULT '',
        dateline TEXT NOT NULL DEFAULT '',
        release_date TEXT CHECK (release_date IS NULL OR release_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        language TEXT NOT NULL DEFAULT 'az' CHECK (language IN ('az', 'en', 'ru')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'approved', 'published', 'archived')),
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX releases_by_date ON releases (release_date DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX releases_by_updated ON releases (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX releases_in_trash ON releases (deleted_at DESC, id DESC) WHERE deleted_at IS NOT NULL;
      -- Narrow and covering for every library filter, so the total under the list is an index scan
      -- (deleted_at is always NULL here, but the planner counts it as read).
      CREATE INDEX releases_for_counts ON releases (status, language, release_date, deleted_at) WHERE deleted_at IS NULL;

      CREATE TABLE release_bodies (
        release_id INTEGER PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
        body_json TEXT NOT NULL,
        body_text TEXT NOT NULL
      ) STRICT;

      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        release_revision INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'explicit', 'restore')),
        created_at INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        title TEXT NOT NULL,
        lead TEXT NOT NULL,
        dateline TEXT NOT NULL,
        release_date TEXT,
        language TEXT NOT NULL,
        status TEXT NOT NULL,
        body_json TEXT NOT NULL,
        body_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_release ON revisions (release_id, created_at DESC, id DESC);
    `);
  },
};
