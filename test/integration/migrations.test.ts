import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, LATEST_VERSION, migrate, schemaVersion } from '../../db/migrate';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { listReleases } from '../../db/release-list';
import { getRelease } from '../../db/releases';
import { tempDbPath } from '../helpers/temp-dir';
import { ListArgs } from '../../core/api';
import { searchKey } from '../../db/search-index';

const search = (db: Database.Database, query: string) => listReleases(db, ListArgs.parse({ query }));

/** A release as each earlier schema version could hold it, written with that version's SQL. */
function seedAtVersion(db: Database.Database, version: number): void {
  const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Görüş Bakıda keçirilib.' }] }] });
  db.prepare(
    `INSERT INTO releases (id, title, lead, release_date, language, status, word_count, created_at, updated_at)
     VALUES (7, 'Özbəkistan nümayəndə heyəti', 'Lead', '2024-04-03', 'az', 'draft', 3, 1, 1)`,
  ).run();
  db.prepare(`INSERT INTO release_bodies (release_id, body_json, body_text) VALUES (7, ?, 'Görüş Bakıda keçirilib.')`).run(body);
  if (version >= 2) {
    const key = searchKey('2024-04-03', 7);
    db.prepare('UPDATE releases SET search_key = ? WHERE id = 7').run(key);
    db.prepare(`INSERT INTO release_search (rowid, title, lead, body) VALUES (?, 'ozbekistan numayende heyeti', 'lead', 'gorus bakida kecirilib.')`).run(key);
  }
}

describe('opening and migrating', () => {
  it('creates the whole schema in an empty file, with the chosen settings', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['releases', 'revisions', 'release_search', 'settings']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('runs onCreate only for a new file', () => {
    const file = tempDbPath();
    let created = 0;
    openDatabase(file, { onCreate: () => created++ }).close();
    openDatabase(file, { onCreate: () => created++ }).close();
    expect(created).toBe(1);
  });

  for (let version = 1; version < LATEST_VERSION; version++) {
    it(`upgrades a database of schema ${version}, keeping its releases and making them searchable`, () => {
      const file = tempDbPath();
      const old = new Database(file);
      migrate(old, version);
      expect(schemaVersion(old)).toBe(version);
      seedAtVersion(old, version);
      old.close();

      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(getRelease(db, 7).title).toBe('Özbəkistan nümayəndə heyəti');
      expect(search(db, 'ozbekistan').items.map((item) => item.id)).toEqual([7]);
      expect(search(db, 'bakida').items.map((item) => item.id)).toEqual([7]);
      expect(listReleases(db, ListArgs.parse({ query: 'baki', dateFrom: '2024-04-03', dateTo: '2024-04-03' })).total).toBe(1);
      db.close();
    });
  }

  it('refuses a database from a newer Pressdesk and leaves the file as it was', () => {
    const file = tempDbPath();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer Pressdesk/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves an old file untouched when a migration step fails', () => {
    const file = tempDbPath();
    const old = new Database(file);
    migrate(old, 1);
    // A table the next step wants to create already exists: that step must fail and roll back whole.
    old.exec('CREATE TABLE settings (x)');
    old.close();

    expect(() => openDatabase(file)).toThrow(/settings/);
    const after = new Database(file);
    expect(schemaVersion(after)).toBe(1);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'release_search'").pluck().get()).toBe(0);
    after.close();
  });

  it('fails loudly on a file that is not a database', () => {
    const file = tempDbPath();
    const garbage = Buffer.from('this is not a database'.repeat(100));
    writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(file)).toThrow(/not a Pressdesk database, or it is damaged/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });
});
