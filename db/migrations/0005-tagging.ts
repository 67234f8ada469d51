import type { Migration } from './migration';
import { reindexRelease } from '../search-index';

/**
 * The tagging registry (shipped entries and officers' own), the tags of each release, the
 * suggestions an officer dismissed for a release, and delegations as records of their own.
 * The full-text index gains a `tags` column holding the tagged entities' names in every language
 * and their aliases, so searching `Aliyev` or `Интерпол` finds releases tagged with Əliyev or İnterpol.
 */
export const tagging: Migration = {
  name: 'tagging',
  up(db) {
    db.exec(`
      CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('country', 'organization', 'person', 'place', 'event')),
        name_az TEXT NOT NULL,
        name_en TEXT,
        name_ru TEXT,
        aliases_json TEXT NOT NULL DEFAULT '{}',
        title_json TEXT NOT NULL DEFAULT '{}',
        affiliation TEXT,
        country TEXT,
        -- 1 for entries of the shipped list; an officer's edit sets edited = 1 and later versions
        -- of the shipped list leave such an entry alone.
        shipped INTEGER NOT NULL DEFAULT 0,
        edited INTEGER NOT NULL DEFAULT 0,
        retired_at INTEGER,
        merged_into INTEGER REFERENCES entities (id),
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX entities_by_kind ON entities (kind, name_az);

      CREATE TABLE release_tags (
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (release_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX release_tags_by_entity ON release_tags (entity_id, release_id);

      -- A suggestion the officer dismissed for a release: an entity key, or 'new:<kind>:<name>' for a proposal.
      CREATE TABLE dismissed_suggestions (
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        suggestion TEXT NOT NULL,
        PRIMARY KEY (release_id, suggestion)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE delegations (
        id INTEGER PRIMARY KEY,
        party_id INTEGER NOT NULL REFERENCES entities (id),
        head_id INTEGER REFERENCES entities (id),
        head_title TEXT,
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'meeting')),
        date_from TEXT,
        date_to TEXT,
        place_id INTEGER REFERENCES entities (id),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX delegations_by_party ON delegations (party_id);
      CREATE TABLE delegation_members (
        delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        PRIMARY KEY (delegation_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE delegation_releases (
        delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
        release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        PRIMARY KEY (delegation_id, release_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX delegation_releases_by_release ON delegation_releases (release_id);

      DROP TABLE release_search;
      CREATE VIRTUAL TABLE release_search USING fts5(
        title, lead, body, tags,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
    for (const id of db.prepare('SELECT id FROM releases').pluck().all() as number[]) reindexRelease(db, id);
  },
};
