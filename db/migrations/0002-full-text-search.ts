import type { Migration } from './migration';
import { indexRelease } from '../search-index';

// The index holds text folded by our own code (core/fold.ts), so the tokenizer must not fold again.
export const fullTextSearch: Migration = {
  name: 'full-text-search',
  up(db) {
    db.exec(`
      ALTER TABLE releases ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX releases_by_title ON releases (title_key, id) WHERE deleted_at IS NULL;
      CREATE VIRTUAL TABLE release_search USING fts5(
        title, lead, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
    const rows = db.prepare('SELECT id, title, lead, body_text AS bodyText FROM releases').all() as {
      id: number;
      title: string;
      lead: string;
      bodyText: string;
    }[];
    for (const row of rows) indexRelease(db, row.id, row);
  },
};
