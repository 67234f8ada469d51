// Finds the Electron executable without require('electron'): since Electron 42 the package fetches
// its binary on first require instead of at install time, which would hang or fail offline. We read
// the same files its index.js and install.js read, and never download anything.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed electron package's folder, resolved the way Node would from `root`, or null. */
function electronPackageDir(root: string): string | null {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The version of the installed electron package, or null when it is not installed. */
export function electronVersion(root = process.cwd()): string | null {
  const dir = electronPackageDir(root);
  const manifest = dir && readText(path.join(dir, 'package.json'));
  if (!manifest) return null;
  const version: unknown = JSON.parse(manifest).version;
  return typeof version === 'string' ? version : null;
}

/**
 * The Electron executable when it is really on disk and of the package's version (the better-sqlite3
 * build is made for that version, so another binary would fail to load it), else null.
 * `root` is where the lookup starts (the repository); npm runs scripts from there.
 */
export function findElectronBinary(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = electronPackageDir(root);
  const version = electronVersion(root);
  if (!dir || !version) return null;
  // install.js writes path.txt (the executable relative to dist/) once the download is extracted.
  const relative = readText(path.join(dir, 'path.txt'))?.trim();
  // The package's own escape hatch for an Electron kept elsewhere; its version is the user's business.
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return isFile(path.join(override, relative || 'electron'));
  if (!relative) return null;
  if (
    readText(path.join(dir, 'dist', 'version'))
      ?.trim()
      .replace(/^v/, '') !== version
  )
    return null;
  return isFile(path.join(dir, 'dist', relative));
}

function isFile(file: string): string | null {
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
