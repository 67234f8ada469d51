// PostgreSQL behind several server processes (--postgres URL): documents, appended updates, users and
// the token secret all live in the database, so every process of a deployment sees the same users and
// signs and checks tokens with the same secret, wherever it runs. Tables are prefixed pressdesk_ so the
// office may share a database with other software.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { SECRET_BYTES } from './secret-file';
import { mergeState, type ServerStore } from './store';
import type { TeamRole } from '../core/team/roles';

/** Any fixed number: taken while the schema is made, so two processes starting at once do not collide. */
const SCHEMA_LOCK = 0x70726573;
/** The first key of the per-document locks (the second is the name's hash); apart from SCHEMA_LOCK's space. */
const DOCUMENT_LOCKS = 0x7064;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS pressdesk_documents (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS pressdesk_document_updates (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    update_data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS pressdesk_document_updates_by_name ON pressdesk_document_updates (name, id);
  CREATE TABLE IF NOT EXISTS pressdesk_users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('author', 'editor', 'approver', 'translator', 'admin')),
    password_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS pressdesk_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret BYTEA NOT NULL
  );
`;

/** PostgreSQL cannot be reached or used: said with the address (without its password) and the reason. */
export class PostgresUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`cannot use PostgreSQL at ${withoutPassword(url)}: ${(cause as Error).message || String(cause)}`, { cause });
    this.name = 'PostgresUnavailableError';
  }
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given --postgres URL';
  }
}

export async function openPostgresStore(url: string): Promise<ServerStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's network error must not end the server; the next query reconnects or fails plainly.
  pool.on('error', (error) => console.error(`pressdesk server: PostgreSQL: ${error.message}`));
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new PostgresUnavailableError(url, cause);
  }

  /** Snapshot plus updates folded into one row; the updates deleted are exactly those read. */
  const compact = (name: string, state: Uint8Array | null) =>
    inTransaction(pool, async (client) => {
      // Two processes folding one document take turns; a row lock would not do, since the first fold
      // of a new document has no row to lock yet, and the later writer would overwrite the other's fold.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DOCUMENT_LOCKS, name]);
      const snapshot = await client.query<{ state: Buffer }>('SELECT state FROM pressdesk_documents WHERE name = $1', [name]);
      const updates = await client.query<{ id: string; update_data: Buffer }>(
        'SELECT id, update_data FROM pressdesk_document_updates WHERE name = $1 ORDER BY id',
        [name],
      );
      const stored = snapshot.rows[0]?.state ?? null;
      if (!stored && !state && !updates.rows.length) return null;
      const merged = mergeState(stored, [...(state ? [state] : []), ...updates.rows.map((row) => row.update_data)]);
      await client.query(
        `INSERT INTO pressdesk_documents (name, state) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = now()`,
        [name, Buffer.from(merged)],
      );
      if (updates.rows.length) {
        await client.query('DELETE FROM pressdesk_document_updates WHERE id = ANY($1::bigint[])', [updates.rows.map((row) => row.id)]);
      }
      return merged;
    });

  return {
    async fetchDocument(name) {
      return compact(name, null);
    },
    async storeDocument(name, state) {
      await compact(name, state);
    },
    async appendUpdate(name, update) {
      await pool.query('INSERT INTO pressdesk_document_updates (name, update_data) VALUES ($1, $2)', [name, Buffer.from(update)]);
    },
    async documentSizes() {
      const result = await pool.query<{ name: string; bytes: string }>(
        `SELECT name, SUM(bytes)::bigint AS bytes FROM (
           SELECT name, octet_length(state) AS bytes FROM pressdesk_documents
           UNION ALL SELECT name, octet_length(update_data) FROM pressdesk_document_updates
         ) AS kept GROUP BY name ORDER BY name`,
      );
      return result.rows.map((row) => ({ name: row.name, bytes: Number(row.bytes) }));
    },
    async getUser(name) {
      const result = await pool.query<{ name: string; role: TeamRole; password_hash: string }>(
        'SELECT name, role, password_hash FROM pressdesk_users WHERE name = $1',
        [name],
      );
      const row = result.rows[0];
      return row ? { name: row.name, role: row.role, passwordHash: row.password_hash } : null;
    },
    async listUsers() {
      return (await pool.query<{ name: string; role: TeamRole }>('SELECT name, role FROM pressdesk_users ORDER BY name')).rows;
    },
    async addUser(user) {
      const result = await pool.query('INSERT INTO pressdesk_users (name, role, password_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
        user.name,
        user.role,
        user.passwordHash,
      ]);
      return result.rowCount === 1;
    },
    async setPassword(name, passwordHash) {
      const result = await pool.query('UPDATE pressdesk_users SET password_hash = $1, updated_at = now() WHERE name = $2', [passwordHash, name]);
      return result.rowCount === 1;
    },
    async setRole(name, role) {
      const result = await pool.query('UPDATE pressdesk_users SET role = $1, updated_at = now() WHERE name = $2', [role, name]);
      return result.rowCount === 1;
    },
    async removeUser(name) {
      return (await pool.query('DELETE FROM pressdesk_users WHERE name = $1', [name])).rowCount === 1;
    },
    async tokenSecret() {
      // The first process to ask makes it; ON CONFLICT keeps the one already there.
      await pool.query('INSERT INTO pressdesk_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(SECRET_BYTES)]);
      return (await pool.query<{ secret: Buffer }>('SELECT secret FROM pressdesk_secret WHERE id = 1')).rows[0]!.secret;
    },
    async close() {
      await pool.end();
    },
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
