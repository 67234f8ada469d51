import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';
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
 * applies or the file is left as it was. `steps` is the app's list unless another file kind (the
 * office server's) brings its own.
 */
export function migrate(db: Database.Database, target?: number, steps: readonly Migration[] = migrations): { from: number; to: number } {
  const latest = steps.length;
  const to = target ?? latest;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from >= to) return { from, to: from };
  db.transaction(() => {
    for (const migration of steps.slice(from, to)) migration.up(db);
    db.pragma(`user_version = ${to}`);
  }).immediate();
  return { from, to };
}
