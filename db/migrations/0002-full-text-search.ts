import type { Migration } from './migration';
import { titleSortKey } from '../../core/sort-key';

// The index holds text folded by our own code (core/fold.ts), so the tokenizer must not fold again.
// Its rowid is the release's search key (see db/search-index.ts), not its id, so that hits come out
// of the index newest first and a search can stop after one page.
export const fullTextSearch: Migration = {
  name: 'full-text-search',
  up(db) {
    db.exec(`
      ALTER TABLE releases ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE releases ADD COLUMN search_key INTEGER;
      CREATE INDEX releases_by_title ON releases (title_key, id) WHERE deleted_at IS NULL;
      CREATE UNIQUE INDEX releases_by_search_key ON releases (search_key);
      CREATE VIRTUAL TABLE release_search USING fts5(
        title, lead, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
      -- Every word the index has held: word-start searches list their words from here.
      CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
    `);
    // The releases are indexed by 0005, which rebuilds this table with a tags column; migrations
    // always run to the latest version in one transaction, so no database is left unindexed.
    const rows = db.prepare('SELECT id, title FROM releases').all() as { id: number; title: string }[];
    const setTitleKey = db.prepare('UPDATE releases SET title_key = ? WHERE id = ?');
    for (const row of rows) setTitleKey.run(titleSortKey(row.title), row.id);
  },
};
