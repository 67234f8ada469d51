// Real PostgreSQL and Redis for the scale-out tests and the bench: Debian's postgresql and
// redis-server, started on free 127.0.0.1 ports with everything in a temp folder, stopped after.
// PostgreSQL refuses to run as root; as root the server is run as `nobody` through setpriv (which
// execs, so the pid we signal is postgres itself).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NOBODY = 65534;

/** The folder holding initdb and postgres: pg_config's, else Debian's newest, else the PATH's. */
function postgresBinDir(): string | null {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) return dir;
  } catch {
    // no pg_config: look where Debian installs the server
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(debian, version, 'bin');
      if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) return dir;
    }
  }
  return null;
}

function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, program))) return join(dir, program);
  }
  return null;
}

/**
 * For `describe.skipIf(missingPgRedis())`: true, with the reason printed, where PostgreSQL's server or
 * redis-server is not installed. In CI (CI=true) or with PRESSDESK_REQUIRE_TOOLS=1 a missing one fails
 * instead, so the scale-out tests cannot pass by being skipped.
 */
export function missingPgRedis(): boolean {
  const missing = [postgresBinDir() ? null : 'postgresql (initdb, postgres)', onPath('redis-server') ? null : 'redis-server'].filter(Boolean);
  if (!missing.length) return false;
  const message = `needs ${missing.join(' and ')} (Debian: apt install postgresql redis-server)`;
  if (process.env.CI === 'true' || process.env.PRESSDESK_REQUIRE_TOOLS === '1') {
    throw new Error(`${process.env.CI === 'true' ? 'CI=true' : 'PRESSDESK_REQUIRE_TOOLS=1'} but this test ${message}`);
  }
  console.warn(`skipping: this test ${message}`);
  return true;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** As root, run as nobody; otherwise as ourselves. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', command, ...args]];
}

function chownTree(path: string): void {
  chownSync(path, NOBODY, NOBODY);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chownTree(child);
    else chownSync(child, NOBODY, NOBODY);
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, child: ChildProcess, output: () => string, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited before it was ready:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`${what} was not ready within ${timeout} ms:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends `request` over a plain TCP connection and resolves with what comes back first (or '' on error). */
function ask(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write(request));
    socket.once('data', (data) => {
      resolve(data.toString());
      socket.destroy();
    });
    socket.once('error', () => resolve(''));
    socket.once('timeout', () => {
      resolve('');
      socket.destroy();
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

export interface PgRedis {
  /** postgres://pressdesk@127.0.0.1:PORT/pressdesk */
  postgresUrl: string;
  /** redis://127.0.0.1:PORT */
  redisUrl: string;
  stop(): Promise<void>;
}

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/** Starts a fresh PostgreSQL cluster (database `pressdesk`, user `pressdesk`, trust on loopback) and a Redis. */
export async function startPgRedis(): Promise<PgRedis> {
  const bin = postgresBinDir();
  const redisServer = onPath('redis-server');
  if (!bin || !redisServer) throw new Error('PostgreSQL or redis-server is not installed (call missingPgRedis() first)');
  const root = mkdtempSync(join(tmpdir(), 'pressdesk-pg-'));
  const data = join(root, 'data');
  const sockets = join(root, 'sockets');
  mkdirSync(sockets);
  if (process.getuid?.() === 0) chownTree(root);
  const children: ChildProcess[] = [];
  let printed = '';
  const track = (child: ChildProcess) => {
    children.push(child);
    started.add(child);
    child.stdout?.on('data', (chunk) => (printed += chunk));
    child.stderr?.on('data', (chunk) => (printed += chunk));
    child.once('exit', () => started.delete(child));
    return child;
  };
  const stop = async () => {
    // SIGINT is PostgreSQL's fast shutdown (it does not wait for clients to leave).
    await Promise.all(children.map((child) => stopChild(child, child.spawnargs.some((arg) => arg.endsWith('postgres')) ? 'SIGINT' : 'SIGTERM')));
    rmSync(root, { recursive: true, force: true });
  };

  try {
    const [initdb, initArgs] = asPostgresUser(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'pressdesk',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--no-sync',
      '--locale=C.UTF-8',
    ]);
    execFileSync(initdb, initArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });

    const pgPort = await freePort();
    const [postgres, pgArgs] = asPostgresUser(join(bin, 'postgres'), [
      '-D',
      data,
      '-p',
      String(pgPort),
      '-k',
      sockets,
      '-c',
      'listen_addresses=127.0.0.1',
      // A throwaway cluster: its own durability is not what the tests check.
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ]);
    const pgChild = track(spawn(postgres, pgArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root }));
    const pgUrl = `postgres://pressdesk@127.0.0.1:${pgPort}/postgres`;
    const pg = (await import('pg')).default;
    const canConnect = async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => {});
      }
    };
    await waitUntil(canConnect, 'postgres', pgChild, () => printed);
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE pressdesk');
    await admin.end();

    const redisPort = await freePort();
    const redisChild = track(
      spawn(redisServer, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', root], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    await waitUntil(
      async () => (await ask(redisPort, 'PING\r\n')).startsWith('+PONG'),
      'redis-server',
      redisChild,
      () => printed,
    );

    return { postgresUrl: `postgres://pressdesk@127.0.0.1:${pgPort}/pressdesk`, redisUrl: `redis://127.0.0.1:${redisPort}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
