// The `app` fixture: Pressdesk on a fresh SQLite file in a temp folder, either as the browser-mode
// host (a child `node bin/pressdesk.mjs serve`) with the renderer in Chromium, or as the Electron
// shell. Specs drive `app.page` and may kill the app hard and start it again on the same file.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { test as base, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import type { ApiArgs, ApiResults, CallName, Envelope, PressdeskBridge } from '../../core/api';
import { ensureElectronAbiBinding } from '../../host/electron-abi';
import { electronVersion } from '../../host/electron-binary';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/pressdesk.mjs');
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface AppOptions {
  appMode: 'browser' | 'electron';
  /** Path of the Electron binary; set by the config only where one exists. */
  electronBinary: string | undefined;
  /** Why browser mode cannot run here (no browser found); set by the config, and then its tests skip. */
  noBrowser: string | undefined;
}

export interface App {
  readonly mode: AppOptions['appMode'];
  /** The renderer. A restart in Electron opens a new window, so read this again after one. */
  readonly page: Page;
  /** The page's address once open (browser mode: the host's, after the one-time launch page led there). */
  readonly url: string;
  readonly dbPath: string;
  /** Stops the app if it still runs (gently), starts it again on the same database, and opens the renderer. */
  restart(): Promise<void>;
  /** Sends `signal` to the app's process and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** One API call, as the renderer makes it, for ground truth the UI does not show. */
  api<K extends CallName>(name: K, args: ApiArgs<K>): Promise<ApiResults[K]>;
}

export interface Running {
  page: Page;
  url: string;
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Gentle stop: waits for the app to exit, forcing it after a while. */
  stop(): Promise<void>;
  api<K extends CallName>(name: K, args: ApiArgs<K>): Promise<ApiResults[K]>;
  /** Output of the process so far, for failure messages. */
  log(): string;
}

// A worker that dies (a timeout, a crash) must not leave hosts running on temp databases.
const liveHosts = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveHosts) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return once(child, 'exit').then(() => undefined);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited(child);
  clearTimeout(timer);
}

/** Starts `pressdesk serve` and resolves with the address it prints. */
async function startHost(dbPath: string, args: string[] = []): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveHosts.add(child);
  child.on('exit', () => liveHosts.delete(child));
  let stdout = '';
  let stderr = '';
  const log = () => `--- host stdout ---\n${stdout}\n--- host stderr ---\n${stderr}`;
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host printed no address within ${START_TIMEOUT_MS} ms\n${log()}`));
    }, START_TIMEOUT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}\n${log()}`));
    };
    child.on('error', (error) => fail(`the host could not be started: ${error.message}`));
    const onEarlyExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`the host exited (code ${code}, signal ${signal}) before printing its address`);
    child.on('exit', onEarlyExit);
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      // The private launch page a user's browser is given (file://, readable by this user only).
      const match = /Open this page in a browser[^:]*: (file:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolveUrl(match[1]);
      }
    });
  });
  return { child, url, log };
}

function valueOf<T>(name: CallName, envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`${name} was refused: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/** A browser-mode host on `dbPath` (`args` added to `pressdesk serve`) and its page in a context of its own. */
export async function runBrowserMode(
  dbPath: string,
  browser: Browser,
  viewport: { width: number; height: number } | null,
  args: string[] = [],
): Promise<Running> {
  const host = await startHost(dbPath, args);
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
  } catch (error) {
    await context.close();
    await stopChild(host.child);
    throw error;
  }
  // The launch page sends the page on to the host, where it trades its one-time token for the key.
  await page.waitForURL((url) => url.protocol === 'http:', { timeout: START_TIMEOUT_MS });
  const origin = new URL(page.url()).origin;
  const key = await page.evaluate(async () => {
    for (let i = 0; i < 200 && !sessionStorage.getItem('pressdesk.key'); i++) await new Promise((r) => setTimeout(r, 25));
    return sessionStorage.getItem('pressdesk.key') ?? '';
  });
  return {
    page,
    url: page.url(),
    log: host.log,
    kill: async (signal) => {
      host.child.kill(signal);
      await exited(host.child);
    },
    stop: async () => {
      try {
        await context.close();
      } finally {
        await stopChild(host.child);
      }
    },
    api: async (name, args) => {
      const response = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
        body: JSON.stringify(args),
      });
      return valueOf(name, (await response.json()) as Envelope<never>);
    },
  };
}

async function runElectron(dbPath: string, executablePath: string, homeDir: string): Promise<Running> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // Built (or found in its cache) as `npm start` does; without it the app would show a modal error
  // box that a test could only wait out, so a failure to build stops the test here, clearly.
  env.PRESSDESK_NATIVE_BINDING = ensureElectronAbiBinding(electronVersion(ROOT)!, () => {}, ROOT);
  // Window state and Chromium's profile go to the test's folder, not the user's.
  env.XDG_CONFIG_HOME = homeDir;
  const args = [join(ROOT, 'dist/electron/main.cjs'), '--db', dbPath];
  // Chromium refuses to run as root with its sandbox (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const electronApp: ElectronApplication = await _electron.launch({ executablePath, args, env, cwd: ROOT, timeout: START_TIMEOUT_MS });
  const child = electronApp.process();
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const page = await electronApp.firstWindow({ timeout: START_TIMEOUT_MS });
  // The window exists before it has loaded the renderer (app://pressdesk/, served from dist/renderer).
  await page.waitForURL((url) => url.protocol === 'app:', { timeout: START_TIMEOUT_MS });
  return {
    page,
    url: page.url(),
    log: () => `--- electron output ---\n${output}`,
    kill: async (signal) => {
      child.kill(signal);
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await electronApp.close();
      await exited(child);
      clearTimeout(timer);
    },
    // The preload hands the page envelopes, as the HTTP host does.
    api: async (name, args) => {
      const envelope = await page.evaluate(
        ([call, callArgs]): Promise<unknown> => (window as unknown as { pressdesk: PressdeskBridge }).pressdesk.api[call as CallName](callArgs as never),
        [name as string, args as unknown] as const,
      );
      return valueOf(name, envelope as Envelope<never>);
    },
  };
}

export const test = base.extend<AppOptions & { app: App }, { lazyBrowser: () => Promise<Browser> }>({
  appMode: ['browser', { option: true }],
  electronBinary: [undefined, { option: true }],
  noBrowser: [undefined, { option: true }],

  // Launched on first use only, so the electron project never starts a Chromium it does not drive.
  lazyBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= playwright.chromium.launch({ ...launchOptions, headless: true })));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],

  app: async ({ appMode, electronBinary, noBrowser, lazyBrowser, viewport }, use, testInfo) => {
    testInfo.skip(appMode === 'browser' && noBrowser !== undefined, noBrowser);
    for (const built of ['dist/renderer/index.html', 'dist/pressdesk.mjs', ...(appMode === 'electron' ? ['dist/electron/main.cjs'] : [])]) {
      if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`node scripts/build.mjs\` before the e2e tests`);
    }
    const dir = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-'));
    const dbPath = join(dir, 'pressdesk.db');
    const launch = async (): Promise<Running> =>
      appMode === 'electron' ? runElectron(dbPath, electronBinary!, dir) : runBrowserMode(dbPath, await lazyBrowser(), viewport);
    const logs: string[] = [];
    let running = await launch();
    const app: App = {
      mode: appMode,
      dbPath,
      get page() {
        return running.page;
      },
      get url() {
        return running.url;
      },
      async restart() {
        await running.stop();
        logs.push(running.log());
        running = await launch();
      },
      kill: (signal = 'SIGKILL') => running.kill(signal),
      api: (name, args) => running.api(name, args),
    };
    try {
      await use(app);
    } finally {
      try {
        await running.stop();
      } finally {
        logs.push(running.log());
        if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('app output', { body: logs.join('\n'), contentType: 'text/plain' });
        await rm(dir, { recursive: true, force: true });
      }
    }
  },
});

export { expect } from '@playwright/test';
