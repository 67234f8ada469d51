import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Pressdesk';

/** The per-user folder Electron's app.getPath('userData') gives for this product, on every platform. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME);
}

/** `--db PATH` first, then PRESSDESK_DB, then pressdesk.db in the app-data folder. */
export function resolveDbPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.PRESSDESK_DB || join(appDataDir(env), 'pressdesk.db');
}
