import type { Migration } from './migration';

/**
 * Sign-off: review comments, the record of every status change and export, the embargo.
 * The current status stays in releases.status (the library filters on it); from here on it is
 * changed only by a transition, and each transition leaves a row in release_events naming who did
 * it. Existing statuses were set by hand, so each release gets one 'migrated' event for it.
 */
export const workflow: Migration = {
  name: 'workflow',
  up(db) {
    db.exec(`
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        text TEXT NOT NULL,
        -- The words the remark was made on, as they were: the range itself may be edited away.
        quote TEXT NOT NULL DEFAULT '',
        resolved_at INTEGER,
        resolved_by TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('review', 'word'))
      ) STRICT;
      CREATE INDEX comments_by_release ON comments (release_id, created_at);

      -- Instants in epoch milliseconds; the zone is the one the officer gave the time in, for display.
      ALTER TABLE releases ADD COLUMN embargo_until INTEGER;
      ALTER TABLE releases ADD COLUMN embargo_zone TEXT;
      ALTER TABLE releases ADD COLUMN publish_at INTEGER;

      CREATE TABLE release_events (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('migrated', 'transition', 'embargo')),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        actor_role TEXT,
        from_status TEXT,
        to_status TEXT,
        reason TEXT,
        -- The release's revision counter at the event, and for an approval the snapshot approved.
        release_revision INTEGER NOT NULL,
        revision_id INTEGER REFERENCES revisions (id) ON DELETE SET NULL,
        detail_json TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX release_events_by_release ON release_events (release_id, at, id);

      CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('html', 'docx', 'pdf', 'clipboard')),
        file_name TEXT,
        release_revision INTEGER NOT NULL,
        language TEXT NOT NULL
      ) STRICT;
      CREATE INDEX publications_by_release ON publications (release_id, at, id);

      INSERT INTO release_events (release_id, kind, at, actor, to_status, release_revision)
        SELECT id, 'migrated', updated_at, '', status, revision FROM releases;
    `);
  },
};
