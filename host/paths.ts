import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { pathsOf } from './find-executable';

export const PRODUCT_NAME = 'Pressdesk';

/** What the per-user folders depend on; passed in so each platform's branch is tested anywhere. */
export interface UserMachine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  /** A small text file's content, or null where it cannot be read. */
  readText(file: string): string | null;
}

export function currentUser(env: NodeJS.ProcessEnv = process.env): UserMachine {
  return {
    platform: process.platform,
    env,
    home: homedir(),
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

/** The per-user folder Electron's app.getPath('userData') gives for this product, on every platform. */
export function appDataDir(user: UserMachine = currentUser()): string {
  const { join } = pathsOf(user.platform);
  if (user.platform === 'win32') return join(user.env.APPDATA || join(user.home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (user.platform === 'darwin') return join(user.home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(configHome(user), PRODUCT_NAME);
}

function configHome(user: UserMachine): string {
  return user.env.XDG_CONFIG_HOME || pathsOf(user.platform).join(user.home, '.config');
}

/**
 * The user's Documents folder, as Electron's app.getPath('documents') finds it: on Linux the
 * XDG user-dirs setting (a German desktop has ~/Dokumente), elsewhere Documents in the home folder.
 */
export function documentsDir(user: UserMachine = currentUser()): string {
  const { join, isAbsolute } = pathsOf(user.platform);
  if (user.platform !== 'win32' && user.platform !== 'darwin') {
    const settings = user.readText(join(configHome(user), 'user-dirs.dirs')) ?? '';
    const line = /^XDG_DOCUMENTS_DIR="([^"]*)"/m.exec(settings);
    if (line) {
      const dir = line[1].replace(/^\$HOME(?=\/|$)/, user.home);
      // user-dirs sets a folder equal to $HOME to mean "none"; only an absolute other folder counts.
      if (isAbsolute(dir) && dir.replace(/\/+$/, '') !== user.home.replace(/\/+$/, '')) return dir;
    }
  }
  return join(user.home, 'Documents');
}

/** `--db PATH` first, then PRESSDESK_DB, then pressdesk.db in the app-data folder. */
export function resolveDbPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.PRESSDESK_DB || pathsOf(process.platform).join(appDataDir(currentUser(env)), 'pressdesk.db');
}
