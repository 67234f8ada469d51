// What Electron's main process and the database process (electron/backend.ts, a utilityProcess)
// say to each other. Plain data only: it crosses a process boundary by structured clone.
import type { Envelope } from '../core/envelope';
import type { HostEvent } from '../core/host-events';

export interface OpenRequest {
  type: 'open';
  dbPath: string;
  readOnlyCopy: boolean;
  nativeBinding: string | undefined;
  exportDir: string;
  /** `--team ws://HOST:PORT --user NAME --password-file FILE`: join the office's shared library. */
  team?: { serverUrl: string; user: string; passwordFile: string };
  /** Without --team: the sign-in the connect dialog made earlier, from the OS keychain (electron/team-keychain.ts). */
  keptTeam?: KeptTeamSession;
}

/** An office sign-in as the keychain keeps it: the token, never the password. */
export interface KeptTeamSession {
  serverUrl: string;
  user: string;
  role: string;
  token: string;
  expiresAt: number;
}

export type ToBackend =
  OpenRequest | { type: 'call'; id: number; name: string; args: unknown } | { type: 'printed'; id: number; pdf: Uint8Array | null; error: string | null };

export type FromBackend =
  | { type: 'opened'; copy: string | null }
  | { type: 'open-failed'; message: string; damaged: boolean }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  /** What a write changed, for the window (main passes it on to the preload). */
  | { type: 'event'; event: HostEvent }
  /** The connect dialog joined the office (or a token was renewed): main keeps the sign-in in the keychain. */
  | { type: 'team-signed-in'; session: KeptTeamSession }
  /** PDF printing needs a BrowserWindow, which only main can make. */
  | { type: 'print'; id: number; html: string };
