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
}

export type ToBackend =
  | OpenRequest
  | { type: 'call'; id: number; name: string; args: unknown }
  | { type: 'printed'; id: number; pdf: Uint8Array | null; error: string | null };

export type FromBackend =
  | { type: 'opened'; copy: string | null }
  | { type: 'open-failed'; message: string; damaged: boolean }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  /** What a write changed, for the window (main passes it on to the preload). */
  | { type: 'event'; event: HostEvent }
  /** PDF printing needs a BrowserWindow, which only main can make. */
  | { type: 'print'; id: number; html: string };
