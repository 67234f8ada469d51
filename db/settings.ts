import type Database from 'better-sqlite3';
import { Settings } from '../core/api';
import { defaultExportSettings } from '../core/export/settings';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'az', export: defaultExportSettings, officer: { name: '', role: 'author' } };

/** Stored settings over the defaults; a value that no longer validates falls back to its default. */
export function getSettings(db: Database.Database): Settings {
  const rows = stmt(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    try {
      stored[key] = JSON.parse(value);
    } catch {
      // A damaged value is ignored: the default serves until the user sets it again.
    }
  }
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const parsed = Settings.shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

export function updateSettings(db: Database.Database, changes: Partial<Settings>): Settings {
  writeTransaction(db, () => {
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
    }
  });
  return getSettings(db);
}
