// A real desktop host joined to an office: `pressdesk serve --team … --user … --password-file …` in a
// child process on its own database file, with its API reached as the renderer reaches it (the launch
// page's one-time token traded for the session key). Needs `npm run build` first.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiResults, CallName, Envelope } from '../../core/api';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pressdesk.mjs');
const START_TIMEOUT_MS = 30_000;

export interface TeamHostHandle {
  origin: string;
  /** The session key: the API's x-pressdesk-key and the /collab socket's token. */
  key: string;
  dbPath: string;
  /** One API call; the envelope as the renderer gets it. */
  dispatch(name: CallName, args?: unknown): Promise<Envelope<unknown>>;
  /** One API call that must succeed. */
  call<K extends CallName>(name: K, args?: unknown): Promise<ApiResults[K]>;
  /** SIGTERM and wait (the host folds its documents and exits). */
  stop(): Promise<void>;
  /** SIGKILL and wait: nothing is done on the way out. */
  kill9(): Promise<void>;
  output(): string;
}

export interface TeamHostOptions {
  dbPath: string;
  serverUrl: string;
  user: string;
  passwordFile: string;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Runs `pressdesk serve` with the team flags and resolves once its API answers (or rejects with what it printed when it exits). */
export async function startTeamHost(options: TeamHostOptions): Promise<TeamHostHandle> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', options.dbPath, '--port', '0', '--team', options.serverUrl, '--user', options.user, '--password-file', options.passwordFile],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => (running.delete(child), resolve())));
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the team host did not start within ${START_TIMEOUT_MS} ms:\n${printed}`)), START_TIMEOUT_MS);
    const look = () => {
      const match = /Open this page in a browser[^:]*: (file:\/\/\S+)/.exec(printed);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the team host exited (${child.signalCode ?? `code ${child.exitCode}`}):\n${printed}`));
    });
  });
  const target = /url=(http:\/\/[^"]+)"/.exec(readFileSync(fileURLToPath(launchUrl), 'utf8'))![1]!;
  const { origin, hash } = new URL(target);
  const traded = await fetch(`${origin}/launch`, { method: 'POST', headers: { 'x-pressdesk-launch': hash.slice('#launch='.length) } });
  const key = ((await traded.json()) as { value: { key: string } }).value.key;
  const dispatch = async (name: CallName, args: unknown = {}) => {
    const response = await fetch(`${origin}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Envelope<unknown>;
  };
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    origin,
    key,
    dbPath: options.dbPath,
    dispatch,
    async call<K extends CallName>(name: K, args: unknown = {}) {
      const envelope = await dispatch(name, args);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as ApiResults[K];
    },
    stop: () => end('SIGTERM'),
    kill9: () => end('SIGKILL'),
    output: () => printed,
  };
}
