import type Database from 'better-sqlite3';
import { fold, tokenize } from '../core/fold';
import { stmt } from './statements';

const DAY_MS = 86_400_000;
const ID_SPAN = 2 ** 32;

/**
 * The rowid a release has in the full-text index: its release date (in days) above its id. FTS5
 * walks a term's hits in rowid order and can stop early, so ordering by this key gives "newest
 * first" and date ranges as rowid ranges, without reading every hit of a common word.
 * Undated releases have day 0 and so come last.
 */
export function searchKey(releaseDate: string | null, id: number): number {
  const day = releaseDate ? Math.floor(Date.parse(`${releaseDate}T00:00:00Z`) / DAY_MS) + 1 : 0;
  return day * ID_SPAN + id;
}

/** The lowest key of any release dated `date`. */
export function firstKeyOf(date: string): number {
  return searchKey(date, 0);
}

/** The lowest key of any release dated after `date`. */
export function nextDayKey(date: string): number {
  return searchKey(date, 0) + ID_SPAN;
}

/** Replaces a release's entry in the full-text index with its current text, folded, under its current key. */
export function indexRelease(
  db: Database.Database,
  id: number,
  text: { title: string; lead: string; bodyText: string; releaseDate: string | null; tags: string },
): void {
  unindexRelease(db, id);
  const key = searchKey(text.releaseDate, id);
  stmt(db, 'INSERT INTO release_search (rowid, title, lead, body, tags) VALUES (?, ?, ?, ?, ?)').run(
    key,
    fold(text.title),
    fold(text.lead),
    fold(text.bodyText),
    fold(text.tags),
  );
  stmt(db, 'UPDATE releases SET search_key = ? WHERE id = ?').run(key, id);
  const addTerm = stmt(db, 'INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
  // Words are never removed: a word no release holds any more only costs an empty OR branch.
  for (const term of new Set(tokenize(`${text.title}\n${text.lead}\n${text.bodyText}\n${text.tags}`).map((token) => token.folded))) {
    addTerm.run(term);
  }
}

/**
 * The names of the entities a release is tagged with, in every language with their aliases: what
 * the index's tags column holds, so a search by any name of an entity finds its releases.
 */
export function tagNamesOf(db: Database.Database, releaseId: number): string {
  const rows = stmt(
    db,
    `SELECT e.name_az, e.name_en, e.name_ru, e.aliases_json FROM release_tags t JOIN entities e ON e.id = t.entity_id
     WHERE t.release_id = ?`,
  ).all(releaseId) as { name_az: string; name_en: string | null; name_ru: string | null; aliases_json: string }[];
  const names: string[] = [];
  for (const row of rows) {
    names.push(row.name_az, row.name_en ?? '', row.name_ru ?? '');
    for (const list of Object.values(JSON.parse(row.aliases_json) as Record<string, string[]>)) names.push(...list);
  }
  return names.filter(Boolean).join('\n');
}

/** Indexes a release again from what is stored, after its tags or a tagged entity's names changed. */
export function reindexRelease(db: Database.Database, releaseId: number): void {
  const row = stmt(
    db,
    `SELECT r.title, r.lead, r.release_date AS releaseDate, b.body_text AS bodyText
     FROM releases r JOIN release_bodies b ON b.release_id = r.id WHERE r.id = ?`,
  ).get(releaseId) as { title: string; lead: string; releaseDate: string | null; bodyText: string } | undefined;
  if (row) indexRelease(db, releaseId, { ...row, tags: tagNamesOf(db, releaseId) });
}

/** Past this many words a prefix is left to FTS5's own (slower, but complete) prefix search. */
export const MAX_PREFIX_WORDS = 48;

/** The indexed words starting with `prefix` (folded), or null when there are more than MAX_PREFIX_WORDS. */
export function expandPrefix(db: Database.Database, prefix: string): string[] | null {
  const words = stmt(db, `SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ${MAX_PREFIX_WORDS + 1}`)
    .pluck()
    .all(prefix, `${prefix}\u{10ffff}`) as string[];
  return words.length > MAX_PREFIX_WORDS ? null : words;
}

export function unindexRelease(db: Database.Database, id: number): void {
  const key = stmt(db, 'SELECT search_key FROM releases WHERE id = ?').pluck().get(id) as number | null | undefined;
  if (key == null) return;
  stmt(db, 'DELETE FROM release_search WHERE rowid = ?').run(key);
  stmt(db, 'UPDATE releases SET search_key = NULL WHERE id = ?').run(id);
}
