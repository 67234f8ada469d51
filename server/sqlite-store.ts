// The embedded store: one SQLite file in --data, opened by the app's one opener with the server's own
// migrations. better-sqlite3 is synchronous, so an append is on disk (synchronous=FULL) before the
// server goes on to apply and acknowledge the update.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { SERVER_MIGRATIONS } from './migrations';
import { readOrCreateSecretFile } from './secret-file';
import { mergeState, type ServerStore, type StoredUser } from './store';
import type { TeamRole } from '../core/team/roles';

const SQLITE_FILE = 'office.db';

export function openSqliteStore(dataDir: string): ServerStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db: Db = openDatabase(join(dataDir, SQLITE_FILE), { migrations: SERVER_MIGRATIONS });
  const snapshotOf = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const updatesOf = db.prepare<[string], { id: number; update_data: Buffer }>('SELECT id, update_data FROM document_updates WHERE name = ? ORDER BY id');
  const upsert = db.prepare(
    `INSERT INTO documents (name, state) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = strftime('%Y-%m-%dT%H:%M:%fZ')`,
  );
  const dropUpdate = db.prepare('DELETE FROM document_updates WHERE id = ?');
  const append = db.prepare('INSERT INTO document_updates (name, update_data) VALUES (?, ?)');
  const userRow = db.prepare<[string], { name: string; role: TeamRole; password_hash: string }>('SELECT name, role, password_hash FROM users WHERE name = ?');

  // Read and fold in one immediate transaction: no other process appends between the read and the delete.
  const compact = db.transaction((name: string, state: Uint8Array | null) => {
    const stored = snapshotOf.get(name)?.state ?? null;
    const updates = updatesOf.all(name);
    if (!stored && !state && !updates.length) return null;
    const merged = mergeState(stored, [...(state ? [state] : []), ...updates.map((row) => row.update_data)]);
    upsert.run(name, merged);
    for (const row of updates) dropUpdate.run(row.id);
    return merged;
  });

  // Group commit: the updates that arrive in one turn of the event loop are kept in one transaction,
  // one fsync for all of them rather than one each; each is acknowledged only after that commit.
  type Append = { name: string; update: Uint8Array; resolve: () => void; reject: (error: unknown) => void };
  let pending: Append[] | null = null;
  const appendAll = db.transaction((items: Append[]) => {
    for (const item of items) append.run(item.name, item.update);
  });
  const flushAppends = () => {
    const items = pending ?? [];
    pending = null;
    try {
      appendAll.immediate(items);
    } catch (error) {
      for (const item of items) item.reject(error);
      return;
    }
    for (const item of items) item.resolve();
  };

  return {
    async fetchDocument(name) {
      return compact.immediate(name, null);
    },
    async storeDocument(name, state) {
      compact.immediate(name, state);
    },
    appendUpdate(name, update) {
      return new Promise<void>((resolve, reject) => {
        if (!pending) {
          pending = [];
          setImmediate(flushAppends);
        }
        pending.push({ name, update, resolve, reject });
      });
    },
    async documentSizes() {
      return db
        .prepare<[], { name: string; bytes: number }>(
          `SELECT name, SUM(bytes) AS bytes FROM (
             SELECT name, length(state) AS bytes FROM documents
             UNION ALL SELECT name, length(update_data) FROM document_updates
           ) GROUP BY name ORDER BY name`,
        )
        .all();
    },
    async getUser(name) {
      const row = userRow.get(name);
      return row ? ({ name: row.name, role: row.role, passwordHash: row.password_hash } satisfies StoredUser) : null;
    },
    async listUsers() {
      return db.prepare<[], { name: string; role: TeamRole }>('SELECT name, role FROM users ORDER BY name').all();
    },
    async addUser(user) {
      const result = db
        .prepare('INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING')
        .run(user.name, user.role, user.passwordHash);
      return result.changes === 1;
    },
    async setPassword(name, passwordHash) {
      const result = db.prepare(`UPDATE users SET password_hash = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE name = ?`).run(passwordHash, name);
      return result.changes === 1;
    },
    async setRole(name, role) {
      const result = db.prepare(`UPDATE users SET role = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE name = ?`).run(role, name);
      return result.changes === 1;
    },
    async removeUser(name) {
      return db.prepare('DELETE FROM users WHERE name = ?').run(name).changes === 1;
    },
    async tokenSecret() {
      return readOrCreateSecretFile(dataDir);
    },
    async close() {
      db.close();
    },
  };
}
