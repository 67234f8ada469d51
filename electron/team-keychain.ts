// The office sign-in of the desktop app, kept in the OS keychain through Electron's safeStorage
// (Keychain on macOS, DPAPI on Windows, the Secret Service / kwallet on Linux): only the token, its
// expiry and whom it signs in, never the password. Main process only (safeStorage is main's).
// UNTESTED: there is no Electron binary on the machines this was written on.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { appDataDir } from '../host/paths';
import type { KeptTeamSession } from './backend-messages';

const FILE = 'office-sign-in.bin';

function file(): string {
  return path.join(appDataDir(), FILE);
}

/**
 * Keeps the sign-in, encrypted by the OS. Where the OS offers no keychain (a Linux session without a
 * secret service: safeStorage would fall back to a fixed key) nothing is kept: the officer signs in
 * again at the next start rather than having a token on disk in the clear.
 */
export function keepSignIn(session: KeptTeamSession): boolean {
  if (!safeStorage.isEncryptionAvailable() || (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')) {
    forgetSignIn();
    return false;
  }
  writeFileSync(file(), safeStorage.encryptString(JSON.stringify(session)), { mode: 0o600 });
  return true;
}

/** The kept sign-in, or null (none, another user's keychain, or expired). */
export function keptSignIn(now = Date.now()): KeptTeamSession | null {
  if (!existsSync(file()) || !safeStorage.isEncryptionAvailable()) return null;
  try {
    const session = JSON.parse(safeStorage.decryptString(readFileSync(file()))) as KeptTeamSession;
    return session.expiresAt > now ? session : null;
  } catch {
    // Written under another OS account or keychain: useless here.
    return null;
  }
}

function forgetSignIn(): void {
  rmSync(file(), { force: true });
}
