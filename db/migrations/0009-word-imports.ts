import type { Migration } from './migration';

/**
 * Word imports keep the file itself, so the officer's choice about its tracked changes (accept,
 * reject, keep as marked) can be applied by reading it again, and the Word report (tracked
 * changes, comments, header and footer text) that the body cannot hold.
 */
export const wordImports: Migration = {
  name: 'word-imports',
  up(db) {
    db.exec(`
      ALTER TABLE imports ADD COLUMN source_bytes BLOB;
      ALTER TABLE imports ADD COLUMN word_json TEXT;
    `);
  },
};
