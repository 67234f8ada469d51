import type Database from 'better-sqlite3';
import { fold } from '../core/fold';
import { stmt } from './statements';

/** Replaces a release's entry in the full-text index with its current text, folded. */
export function indexRelease(
  db: Database.Database,
  id: number,
  text: { title: string; lead: string; bodyText: string },
): void {
  unindexRelease(db, id);
  stmt(db, 'INSERT INTO release_search (rowid, title, lead, body) VALUES (?, ?, ?, ?)').run(
    id,
    fold(text.title),
    fold(text.lead),
    fold(text.bodyText),
  );
}

export function unindexRelease(db: Database.Database, id: number): void {
  stmt(db, 'DELETE FROM release_search WHERE rowid = ?').run(id);
}
