// `pressdesk server …`: the office server and its accounts. host/cli.ts hands every `server` command
// line here whole, so the desktop's commands and options stay apart from the server's.
import { parseArgs } from 'node:util';
import { DatabaseTooNewError } from '../db/migrate';
import { DatabaseOpenError } from '../db/open';
import { UsageError } from '../host/usage-error';
import { loginCommand } from './login-command';
import { PlainRemoteError, startOfficeServer } from './office-server';
import { openPostgresStore, PostgresUnavailableError } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { ServerStore } from './store';
import { userCommand } from './users-command';

export const SERVER_USAGE = `Pressdesk office server — the shared library

  pressdesk server --port N --data DIR [--host 127.0.0.1] [--postgres URL] [--redis URL]
                   [--allow-plain-remote] [--token-ttl SECONDS] [--session-check SECONDS]
      serves the shared documents (WebSocket) and POST /auth on one port; documents and users are kept in
      DIR (an SQLite file), or in PostgreSQL with --postgres; --redis lets several server processes serve
      the same documents. Listens on loopback only unless --allow-plain-remote (put TLS in front).
      Tokens last --token-ttl seconds (12 hours unless given). Open connections' users are looked up
      again every --session-check seconds (30): a removed user or a changed password ends them.
  pressdesk server user add NAME --role author|editor|approver|translator|admin --password-file FILE --data DIR
  pressdesk server user passwd NAME --password-file FILE --data DIR
  pressdesk server user role NAME --role ROLE --data DIR
  pressdesk server user remove NAME --data DIR
  pressdesk server user list [--json] --data DIR
      (every user command takes --postgres URL instead of --data DIR where the server uses PostgreSQL)
  pressdesk server login URL --user NAME --password-file FILE [--json]
      checks a user's password against a running server and prints how long the token lasts`;

const TWELVE_HOURS = 12 * 60 * 60;

export async function serverCommand(argv: string[]): Promise<number> {
  try {
    return await runServerCommand(argv);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`pressdesk server: ${(error as Error).message}\n\n${SERVER_USAGE}`);
      return 2;
    }
    // What an admin can fix, said in one line without a stack trace.
    if (error instanceof PostgresUnavailableError || error instanceof DatabaseOpenError || error instanceof DatabaseTooNewError) {
      console.error(`pressdesk server: ${error.message}`);
      return 1;
    }
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      console.error(`pressdesk server: port ${(error as { port?: number }).port} is in use by another program; choose another with --port`);
      return 1;
    }
    throw error;
  }
}

async function runServerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'allow-plain-remote': { type: 'boolean' },
      'token-ttl': { type: 'string' },
      'session-check': { type: 'string' },
      role: { type: 'string' },
      'password-file': { type: 'string' },
      user: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help) {
    console.log(SERVER_USAGE);
    return 0;
  }
  if (sub === 'login') return loginCommand(rest[0], values);
  if (sub === 'user') {
    const store = await openStore(values);
    try {
      return await userCommand(store, rest[0], rest.slice(1), values);
    } finally {
      await store.close();
    }
  }
  if (sub !== undefined) throw new UsageError(`server takes user or login, or options only; not "${sub}"`);
  return serve(values);
}

function openStore(values: { data?: string; postgres?: string }): Promise<ServerStore> | ServerStore {
  if (values.postgres) return openPostgresStore(values.postgres);
  if (!values.data) throw new UsageError('--data DIR is needed (the folder of the office server, or --postgres URL)');
  return openSqliteStore(values.data);
}

function parseIntegerFlag(text: string | undefined, name: string, min: number, max: number, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is needed`);
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}`);
  return value;
}

async function serve(values: {
  port?: string;
  host?: string;
  data?: string;
  postgres?: string;
  redis?: string;
  'allow-plain-remote'?: boolean;
  'token-ttl'?: string;
  'session-check'?: string;
}): Promise<number> {
  const port = parseIntegerFlag(values.port, 'port', 0, 65535);
  const tokenTtlSeconds = parseIntegerFlag(values['token-ttl'], 'token-ttl', 1, 366 * 24 * 60 * 60, TWELVE_HOURS);
  const sessionCheckSeconds = parseIntegerFlag(values['session-check'], 'session-check', 1, 3600, 30);
  if (!values.data && !values.postgres) throw new UsageError('--data DIR is needed (or --postgres URL)');
  let server;
  try {
    server = await startOfficeServer({
      port,
      host: values.host ?? '127.0.0.1',
      dataDir: values.data,
      postgres: values.postgres,
      redis: values.redis,
      allowPlainRemote: values['allow-plain-remote'] ?? false,
      tokenTtlSeconds,
      sessionCheckSeconds,
    });
  } catch (error) {
    if (error instanceof PlainRemoteError) {
      console.error(`pressdesk server: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const where = values.postgres ? 'PostgreSQL' : `${values.data} (SQLite)`;
  const host = server.host.includes(':') ? `[${server.host}]` : server.host;
  // Tests and scripts read the port from this line (with --port 0 the system chooses it).
  console.log(`Pressdesk office server listening on ws://${host}:${server.port} (POST http://${host}:${server.port}/auth)`);
  console.log(`Documents and users: ${where}${values.redis ? '; shared with other processes through Redis' : ''}. Ctrl+C stops it.`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          console.error('pressdesk server: while stopping:', error);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
