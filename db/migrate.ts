import type Database from 'better-sqlite3';
import { migrations } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer Pressdesk (schema ${found}; this version knows up to ${supported}). ` +
        'Update Pressdesk to open it; the file was not changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export const LATEST_VERSION = migrations.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` (default: the latest) in one transaction: either every step
 * applies or the file is left as it was.
 */
export function migrate(db: Database.Database, target = LATEST_VERSION): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > LATEST_VERSION) throw new DatabaseTooNewError(from, LATEST_VERSION);
  if (from >= target) return { from, to: from };
  db.transaction(() => {
    for (const migration of migrations.slice(from, target)) migration.up(db);
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return { from, to: target };
}
