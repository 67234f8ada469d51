import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
    throw new DatabaseOpenError(file, `cannot create its folder (${(cause as Error).message})`, { cause });
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
