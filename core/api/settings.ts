// The contract, settings: the app itself, the officer, the export settings and the UI language.
import { z } from 'zod';
import { ExportSettings } from '../export/settings';
import { LANGUAGES, ROLES } from '../model';
import { call } from './call';

/** The officer working in this single-user library; every recorded action is signed with it. */
export const Officer = z.strictObject({ name: z.string().trim().max(200), role: z.enum(ROLES) });
export type Officer = z.infer<typeof Officer>;

export const Settings = z.strictObject({ uiLanguage: z.enum(LANGUAGES), export: ExportSettings, officer: Officer });
export type Settings = z.infer<typeof Settings>;

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  dbPath: string;
  schemaVersion: number;
}

export const settingsCalls = {
  getAppInfo: call(z.strictObject({})).returns<AppInfo>(),
  getSettings: call(z.strictObject({})).returns<Settings>(),
  updateSettings: call(Settings.partial()).returns<Settings>(),
};
