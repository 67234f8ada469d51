import type { Migration } from './migration';

/**
 * The translation memory: every confirmed source–target pair, from the workspace ('release:<id>')
 * or an imported TMX file ('tmx:<file name>'). The same source may have several translations; a
 * pair is stored once and confirming it again only refreshes it.
 *
 * Exact matches are found by source_key (NFC, folded as core/fold.ts folds, white space collapsed,
 * placeholders kept) through the UNIQUE index, whose first three columns are the lookup.
 *
 * Fuzzy candidates come from tm_fuzzy, a contentless FTS5 index with one row per unit (rowid = id)
 * holding the pairs of neighbouring folded words of its source (core/translate/tm-match.ts
 * indexTerms), each prefixed with the language pair ("azen_bakida_kecirilib"), so that a lookup reads
 * only its own pair's postings. A lookup reads the postings of each pair of words of the segment,
 * leaves out pairs found in too many units to tell anything, counts how many (and how rare) pairs
 * each unit shares, and scores the best few word by word in JS. detail=none: rowids are all it needs.
 *
 * Measured on 200,000 synthetic pairs on 2 shared cores, all under the same load (~7): single words
 * in FTS5, the rarest chosen through fts5vocab, took 85 ms p50 (fts5vocab counts a term's documents
 * by reading its whole doclist, 22 ms alone, and a query still read ~90,000 postings); a
 * word-posting table counted with GROUP BY took 100 ms p50, 430 ms p95 and 70 MB; word pairs took
 * 7 ms p50, 19 ms p95 from a 10 MB index and found the stored source of 99% of near-duplicates
 * (test/bench/tm-bench.ts, at load ~2: 3.9 ms p50, 7.4 ms p95). FTS5's trigram tokenizer was not
 * tried: most trigrams are shared by more sentences than most words are.
 */
export const translationMemory: Migration = {
  name: 'translation-memory',
  up(db) {
    db.exec(`
      CREATE TABLE tm_units (
        id INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL CHECK (source_lang IN ('az', 'en', 'ru')),
        target_lang TEXT NOT NULL CHECK (target_lang IN ('az', 'en', 'ru')),
        source_text TEXT NOT NULL,
        target_text TEXT NOT NULL,
        source_key TEXT NOT NULL,
        origin TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK (source_lang <> target_lang),
        UNIQUE (source_lang, target_lang, source_key, target_text)
      ) STRICT;

      CREATE VIRTUAL TABLE tm_fuzzy USING fts5(
        terms,
        content = '', contentless_delete = 1, detail = none,
        tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
      );
    `);
  },
};
