import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { welcomeRelease } from '../core/welcome';
import { DatabaseOpenError, openDatabase, type Db, type OpenOptions } from '../db/open';
import { syncShippedRegistry } from '../db/entities';
import { createRelease } from '../db/releases';
import { SHIPPED_REGISTRY } from '../core/registry/shipped';

/** Today's date where the officer is, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** Opens the app's database, creating its folder and, for a brand-new library, the welcome release. */
export function openAppDatabase(file: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (cause) {
    throw new DatabaseOpenError(file, `cannot create its folder (${(cause as Error).message}). Choose another place with --db.`, { cause });
  }
  const db = openDatabase(file, { ...options, onCreate: (db) => createRelease(db, welcomeRelease(localToday())) });
  try {
    syncShippedRegistry(db, SHIPPED_REGISTRY);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * A damaged or doubtful library, opened as a copy in a private temp folder and read-only, so what
 * can still be read can be exported while the original stays exactly as it was. Every write is
 * refused by SQLite itself (the dispatcher says so plainly).
 */
export function openReadOnlyCopy(file: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): { db: Db; copy: string } {
  if (!existsSync(file)) throw new DatabaseOpenError(file, 'there is no such file to copy');
  const dir = mkdtempSync(join(tmpdir(), 'pressdesk-copy-'));
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  // The copy lives as long as this process: a damaged library's copy is for reading now, not to keep.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return { db: openDatabase(copy, { ...options, readonly: true }), copy };
}
