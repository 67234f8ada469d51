// What the office server keeps, whichever database holds it: the shared documents, the users and the
// token secret. The embedded SQLite file (sqlite-store.ts) and PostgreSQL (postgres-store.ts) both
// implement it, so the server and the user commands never know which one they talk to.
import * as Y from 'yjs';
import type { TeamRole } from '../core/team/roles';

export interface StoredUser {
  name: string;
  role: TeamRole;
  /** hashPassword()'s output */
  passwordHash: string;
}

export interface ServerStore {
  /** A document's state: the last snapshot merged with every update appended since; null if never stored. */
  fetchDocument(name: string): Promise<Uint8Array | null>;
  /**
   * Folds `state` and the appended updates it read into the snapshot (merged, never replaced: another
   * process's state may hold what this one's lacks) and drops exactly those updates: an update appended
   * meanwhile (another process, a message not yet applied) stays for the next fold.
   */
  storeDocument(name: string, state: Uint8Array): Promise<void>;
  /** Keeps one incoming update durably before the server applies and acknowledges it. */
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Bytes kept per document (snapshot plus appended updates), for the load bench and admins. */
  documentSizes(): Promise<{ name: string; bytes: number }[]>;

  getUser(name: string): Promise<StoredUser | null>;
  listUsers(): Promise<Omit<StoredUser, 'passwordHash'>[]>;
  /** false when the name is taken */
  addUser(user: StoredUser): Promise<boolean>;
  /** false when there is no such user */
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  setRole(name: string, role: TeamRole): Promise<boolean>;
  removeUser(name: string): Promise<boolean>;

  /** The deployment's token-signing secret, made on first use and the same for every process after. */
  tokenSecret(): Promise<Buffer>;
  close(): Promise<void>;
}

/** One compact state from a snapshot and the updates after it (garbage-collected, like a live document). */
export function mergeState(snapshot: Uint8Array | null, updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
