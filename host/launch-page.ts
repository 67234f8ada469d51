// How browser mode hands the page its credential without it ever being visible to another local
// user. The browser is given the path of a page in a private folder (0700, the file 0600), so the
// command line shows only a path nobody else can open. That page holds a one-time launch token,
// not the credential: the renderer trades it at the host (POST /launch) for the session key, and
// the token is spent at once, so a launch address replayed (by anyone, however quick) gets 401.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appDataDir } from './paths';

export interface LaunchPage {
  /** The page's file; readable by this user only. */
  file: string;
  /** file:// address of it, for the browser's command line. */
  url: string;
  remove(): void;
}

/**
 * A per-user folder no one else can list or write: XDG_RUNTIME_DIR where the session has one
 * (it is 0700 and on tmpfs), else the app-data folder.
 */
function privateBase(env: NodeJS.ProcessEnv): string {
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime) {
    try {
      const stat = statSync(runtime);
      if (stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o077) === 0) return join(runtime, 'pressdesk');
    } catch {
      // No usable runtime folder: the app-data folder serves.
    }
  }
  return join(appDataDir(env), 'launch');
}

export function writeLaunchPage(target: string, env: NodeJS.ProcessEnv = process.env): LaunchPage {
  const base = privateBase(env);
  mkdirSync(base, { recursive: true, mode: 0o700 });
  // mkdtemp makes the folder 0700 whatever the umask, so no one else can even see the file's name.
  const dir = mkdtempSync(join(base, 'launch-'));
  const file = join(dir, 'pressdesk.html');
  const html =
    '<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
    `<meta http-equiv="refresh" content="0;url=${target}"><title>Pressdesk</title>`;
  writeFileSync(file, html, { mode: 0o600, flag: 'wx' });
  return { file, url: pathToFileURL(file).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
