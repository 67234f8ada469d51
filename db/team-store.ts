// The local copy of the shared library's documents (migration 0010): each document's Yjs state, the
// updates since it was last folded, what the office acknowledged, and the link between a document
// and its local release row. Plain functions over the handle; every write is a writeTransaction.
import * as Y from 'yjs';
import type { Db } from './open';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';

/** Fold a document's updates into its state once this many have piled up. */
export const FOLD_AFTER = 200;

const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

function ensureDoc(db: Db, name: string, now: number): void {
  stmt(db, 'INSERT INTO team_docs (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING').run(name, EMPTY_STATE, now);
}

/** Everything kept for document `name`, as one update (empty when nothing is kept). */
export function loadDocState(db: Db, name: string): Uint8Array {
  const state = stmt(db, 'SELECT state FROM team_docs WHERE name = ?').pluck().get(name) as Buffer | undefined;
  const updates = stmt(db, 'SELECT data FROM team_doc_updates WHERE name = ? ORDER BY id').pluck().all(name) as Buffer[];
  const parts = [...(state ? [state] : []), ...updates].map((part) => new Uint8Array(part));
  return parts.length ? Y.mergeUpdates(parts) : EMPTY_STATE;
}

/** Keeps one update of `name` durably (synchronous=FULL: on disk when this returns). */
export function appendDocUpdate(db: Db, name: string, update: Uint8Array, now = Date.now()): void {
  writeTransaction(db, () => {
    ensureDoc(db, name, now);
    stmt(db, 'INSERT INTO team_doc_updates (name, data, created_at) VALUES (?, ?, ?)').run(name, update, now);
  });
}

export function pendingUpdateCount(db: Db, name: string): number {
  return stmt(db, 'SELECT count(*) FROM team_doc_updates WHERE name = ?').pluck().get(name) as number;
}

/** Folds the updates of `name` into its state, in one transaction: the state and the log always add up to the same document. */
export function foldDoc(db: Db, name: string, now = Date.now()): void {
  writeTransaction(db, () => {
    ensureDoc(db, name, now);
    const merged = loadDocState(db, name);
    stmt(db, 'UPDATE team_docs SET state = ?, updated_at = ? WHERE name = ?').run(merged, now, name);
    stmt(db, 'DELETE FROM team_doc_updates WHERE name = ?').run(name);
  });
}

export function teamDocNames(db: Db): string[] {
  return stmt(db, 'SELECT name FROM team_docs UNION SELECT DISTINCT name FROM team_doc_updates ORDER BY 1').pluck().all() as string[];
}

/** The state vector the office is known to hold for `name` (after a sync with nothing unacknowledged). */
export function setOfficeVector(db: Db, name: string, vector: Uint8Array, now = Date.now()): void {
  writeTransaction(db, () => {
    ensureDoc(db, name, now);
    stmt(db, 'UPDATE team_docs SET office_vector = ? WHERE name = ?').run(vector, name);
  });
}

/** Whether the local copy of `name` holds changes the office has not acknowledged. */
export function hasUnacknowledged(db: Db, name: string): boolean {
  const vector = stmt(db, 'SELECT office_vector FROM team_docs WHERE name = ?').pluck().get(name) as Buffer | null | undefined;
  const local = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(loadDocState(db, name)));
  const office = vector ? Y.decodeStateVector(new Uint8Array(vector)) : new Map<number, number>();
  for (const [client, clock] of local) if ((office.get(client) ?? 0) < clock) return true;
  return false;
}

/** The local row as it was when it last matched its document. */
export interface RowSync {
  revision: number;
  fields: Record<string, unknown>;
  bodyHash: string;
}

export function getRowSync(db: Db, name: string): RowSync | null {
  const json = stmt(db, 'SELECT row_json FROM team_docs WHERE name = ?').pluck().get(name) as string | null | undefined;
  return json ? (JSON.parse(json) as RowSync) : null;
}

export function setRowSync(db: Db, name: string, sync: RowSync, now = Date.now()): void {
  writeTransaction(db, () => {
    ensureDoc(db, name, now);
    stmt(db, 'UPDATE team_docs SET row_json = ? WHERE name = ?').run(JSON.stringify(sync), name);
  });
}

/**
 * Shared rows changed since they last matched their document (by this process or another): a write
 * bumps the revision; a status step or an embargo does not, so those are compared as well.
 */
export function rowsChangedSinceSync(db: Db): { id: number; name: string }[] {
  return stmt(
    db,
    `SELECT r.id, r.team_doc AS name FROM releases r LEFT JOIN team_docs d ON d.name = r.team_doc
     WHERE r.team_doc IS NOT NULL AND (
       d.row_json IS NULL
       OR r.revision <> json_extract(d.row_json, '$.revision')
       OR r.status <> json_extract(d.row_json, '$.fields.status')
       OR coalesce(r.embargo_until, -1) <> coalesce(json_extract(d.row_json, '$.fields.embargo.until'), -1)
       OR coalesce(r.publish_at, -1) <> coalesce(json_extract(d.row_json, '$.fields.embargo.publishAt'), -1))`,
  ).all() as { id: number; name: string }[];
}

export function releaseOfDoc(db: Db, name: string): number | null {
  return (stmt(db, 'SELECT id FROM releases WHERE team_doc = ?').pluck().get(name) as number | undefined) ?? null;
}

export function docOfRelease(db: Db, id: number): string | null {
  return (stmt(db, 'SELECT team_doc FROM releases WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
}

/** Links release `id` to document `name` (a release is shared from then on). */
export function linkReleaseDoc(db: Db, id: number, name: string): void {
  writeTransaction(db, () => {
    stmt(db, 'UPDATE releases SET team_doc = ? WHERE id = ?').run(name, id);
  });
}

// --- the office joined ---------------------------------------------------------------------------

export interface TeamSession {
  serverUrl: string;
  userName: string;
  role: string;
  token: string;
  expiresAt: number;
}

export function getTeamSession(db: Db): TeamSession | null {
  return (
    (stmt(db, 'SELECT server_url AS serverUrl, user_name AS userName, role, token, expires_at AS expiresAt FROM team_session WHERE id = 1').get() as
      TeamSession | undefined) ?? null
  );
}

export function saveTeamSession(db: Db, session: TeamSession, now = Date.now()): void {
  writeTransaction(db, () => {
    stmt(
      db,
      `INSERT INTO team_session (id, server_url, user_name, role, token, expires_at, updated_at)
       VALUES (1, @serverUrl, @userName, @role, @token, @expiresAt, @now)
       ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, user_name = excluded.user_name, role = excluded.role,
         token = excluded.token, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
    ).run({ ...session, now });
  });
}
