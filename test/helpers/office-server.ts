// A real office server for tests: the built `pressdesk server` in a child process on a free loopback
// port, with a temp --data folder and the users given (added through `pressdesk server user add`, as
// an admin would). No vitest import, so Playwright specs use it too. Needs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeamRole } from '../../core/team/roles';

const START_TIMEOUT_MS = 30_000;

/**
 * The app folder: beside this file in tests (import.meta, not __dirname: Playwright loads specs and
 * this helper as ES modules); the bench, bundled elsewhere, passes its own.
 */
function appRoot(given?: string): string {
  return given ?? fileURLToPath(new URL('../..', import.meta.url));
}
const bin = (root?: string) => join(appRoot(root), 'bin', 'pressdesk.mjs');

export interface OfficeUser {
  name: string;
  role: TeamRole;
  password: string;
}

export interface OfficeServerOptions {
  users?: OfficeUser[];
  /** --token-ttl SECONDS */
  tokenTtl?: number;
  /** --postgres URL: documents and users in PostgreSQL (see pg-redis.ts) */
  postgres?: string;
  /** --redis URL: several processes serve the same documents */
  redis?: string;
  /** Share a --data folder with another server (the token secret lives there); a new temp one otherwise. */
  dataDir?: string;
  /** Extra command-line arguments for `pressdesk server`. */
  args?: string[];
  /** The app folder (holding bin/ and dist/); this file's, two folders up, unless given. */
  root?: string;
}

export interface AuthAnswer {
  token: string;
  expiresAt: string;
  user: { name: string; role: TeamRole };
}

export interface OfficeServerHandle {
  /** ws://127.0.0.1:PORT, for HocuspocusProvider's url (and `pressdesk serve --team`) */
  url: string;
  /** http://127.0.0.1:PORT, where POST /auth answers */
  httpUrl: string;
  port: number;
  /** The server process's id (changes with restart()). */
  pid: number;
  dataDir: string;
  /** A file holding `name`'s password, for `--password-file`. */
  passwordFile(name: string): string;
  /** POST /auth as `name` (with their password unless another is given); throws on anything but 200. */
  login(name: string, password?: string): Promise<AuthAnswer>;
  /** SIGTERM and wait: the server stores its documents and exits. The temp folder goes too, unless kept (then discard() removes it). */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Removes the temp folders (after stop({ keepData: true })). */
  discard(): void;
  /** SIGKILL and wait: nothing is stored on the way out. The data folder stays for restart(). */
  kill9(): Promise<void>;
  /** Starts the server again on the same port and data: after kill9(), or stopping a running one first. */
  restart(): Promise<void>;
  /** What the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
}

/** Runs the built CLI to the end; rejects with what it printed when it fails. */
export function runPressdesk(args: string[], options: { timeout?: number; root?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin(options.root), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

const running = new Set<ChildProcess>();
// A test that fails before stop() must not leave a server behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startOfficeServer(options: OfficeServerOptions = {}): Promise<OfficeServerHandle> {
  if (!existsSync(join(appRoot(options.root), 'dist', 'pressdesk.mjs')))
    throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first (npm test does it).');
  const ownDir = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'pressdesk-office-'));
  const dataDir = options.dataDir ?? join(ownDir!, 'data');
  const secretsDir = mkdtempSync(join(tmpdir(), 'pressdesk-office-pw-'));
  const store = options.postgres ? ['--postgres', options.postgres] : ['--data', dataDir];
  const passwords = new Map<string, string>();
  const passwordFile = (name: string) => {
    const file = passwords.get(name);
    if (!file) throw new Error(`no user ${name} was given to startOfficeServer`);
    return file;
  };

  for (const user of options.users ?? []) {
    const file = join(secretsDir, `${passwords.size}.pw`);
    writeFileSync(file, `${user.password}\n`, { mode: 0o600 });
    passwords.set(user.name, file);
  }
  // One after the other: each hashes a password and writes the same store.
  for (const user of options.users ?? []) {
    const added = await runPressdesk(['server', 'user', 'add', user.name, '--role', user.role, '--password-file', passwordFile(user.name), ...store], {
      root: options.root,
    });
    if (added.code !== 0) throw new Error(`pressdesk server user add ${user.name} failed: ${added.stderr || added.stdout}`);
  }

  let child: ChildProcess | null = null;
  let port = 0;
  let printed = '';
  const args = () => [
    bin(options.root),
    'server',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--data',
    dataDir,
    ...(options.postgres ? ['--postgres', options.postgres] : []),
    ...(options.redis ? ['--redis', options.redis] : []),
    ...(options.tokenTtl !== undefined ? ['--token-ttl', String(options.tokenTtl)] : []),
    ...(options.args ?? []),
  ];

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(process.execPath, args(), { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      running.add(started);
      let seen = '';
      const timer = setTimeout(() => {
        started.kill('SIGKILL');
        reject(new Error(`pressdesk server did not start within ${START_TIMEOUT_MS} ms:\n${seen}`));
      }, START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        seen += chunk;
        printed += chunk;
        const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          port = Number(match[1]);
          resolve();
        }
      };
      started.stdout!.on('data', onData);
      started.stderr!.on('data', (chunk: Buffer) => {
        printed += chunk;
        seen += chunk;
      });
      started.once('exit', (code, signal) => {
        running.delete(started);
        clearTimeout(timer);
        reject(new Error(`pressdesk server exited (${signal ?? `code ${code}`}) before listening:\n${seen}`));
      });
    });

  const ended = (target: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (target.exitCode !== null || target.signalCode !== null) return resolve();
      target.once('exit', () => resolve());
    });

  const removeTemp = () => {
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    rmSync(secretsDir, { recursive: true, force: true });
  };

  try {
    await launch();
  } catch (error) {
    removeTemp();
    throw error;
  }

  const handle: OfficeServerHandle = {
    get url() {
      return `ws://127.0.0.1:${port}`;
    },
    get httpUrl() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get pid() {
      return child?.pid ?? 0;
    },
    dataDir,
    passwordFile,
    async login(name, password) {
      const given = password ?? readFileSync(passwordFile(name), 'utf8').trimEnd();
      const response = await fetch(`${handle.httpUrl}/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: name, password: given }),
      });
      const body = await response.json();
      if (response.status !== 200) throw new Error(`POST /auth as ${name}: ${response.status} ${JSON.stringify(body)}`);
      return body as AuthAnswer;
    },
    async stop(options = {}) {
      const current = child;
      if (current && running.has(current)) {
        current.kill('SIGTERM');
        await ended(current);
      }
      if (!options.keepData) removeTemp();
    },
    discard: removeTemp,
    async kill9() {
      const current = child;
      if (current && running.has(current)) {
        current.kill('SIGKILL');
        await ended(current);
      }
    },
    async restart() {
      const current = child;
      if (current && running.has(current)) {
        current.kill('SIGTERM');
        await ended(current);
      }
      await launch();
    },
    output: () => printed,
  };
  return handle;
}
