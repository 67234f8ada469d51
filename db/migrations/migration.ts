import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside the migration transaction and must not await. */
export interface Migration {
  name: string;
  up(db: Database.Database): void;
}
