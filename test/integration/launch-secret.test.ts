// Browser mode launched as `npm start` does it (`pressdesk start --browser`), in a real Chromium,
// and then looked at as another local user would: the process list, the environments, the port.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BROWSER_VARIABLES, findBrowser } from '../../host/find-browser';
import { tempDir } from '../helpers/temp-dir';
import { missingBrowser } from '../helpers/tools';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'pressdesk.mjs');
const CHROMIUM = findBrowser({ variables: E2E_BROWSER_VARIABLES }) ?? '';
// Another local user's view is the process table of /proc and a POSIX shell launcher: Linux only.
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn('skipping: the launch-secret test reads /proc, which only Linux has');

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'pressdesk.mjs'))) throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first');
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Every process's command line and environment that this user can read, as text. */
function everythingVisible(): string[] {
  const seen: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    for (const what of ['cmdline', 'environ']) {
      try {
        seen.push(readFileSync(`/proc/${pid}/${what}`).toString('utf8'));
      } catch {
        // The process ended meanwhile, or is not ours to read.
      }
    }
  }
  return seen;
}

let started: ChildProcess | undefined;
afterEach(() => {
  // The host and its browser, as one process group.
  if (started?.pid && started.exitCode === null) process.kill(-started.pid, 'SIGKILL');
});

describe.skipIf(!onLinux || missingBrowser())('the launch secret in browser mode', () => {
  it('is in no command line or environment, and the launch address replayed gets 401', async () => {
    const dir = tempDir();
    const runtime = join(dir, 'runtime');
    const seen = join(dir, 'launch-page-the-browser-got.html');
    const debugPort = await freePort();
    // The browser as a user's desktop would start it, only headless, and with a debugging port so
    // the test can look into the page afterwards. It keeps a copy of the page it was handed.
    const browser = join(dir, 'browser.sh');
    writeFileSync(
      browser,
      `#!/bin/sh\nfor a in "$@"; do case "$a" in --app=file://*) cp "\${a#--app=file://}" "${seen}";; esac; done\n` +
        `exec "${CHROMIUM}" --headless=new --remote-debugging-port=${debugPort} "$@"\n`,
    );
    chmodSync(browser, 0o755);
    mkdirSync(runtime, { mode: 0o700 });

    started = spawn(process.execPath, [BIN, 'start', '--browser', '--db', join(dir, 'pressdesk.db')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PRESSDESK_BROWSER: browser, XDG_RUNTIME_DIR: runtime, XDG_CONFIG_HOME: join(dir, 'config'), DISPLAY: ':0' },
    });
    let output = '';
    started.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    started.stderr!.on('data', (chunk: Buffer) => (output += chunk));

    const cdp = await (async () => {
      for (let i = 0; i < 150; i++) {
        try {
          return await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`the browser never came up\n${output}`);
    })();
    try {
      const page = await (async () => {
        for (let i = 0; i < 150; i++) {
          const open = cdp
            .contexts()
            .flatMap((context) => context.pages())
            .find((p) => p.url().startsWith('http://127.0.0.1'));
          if (open) return open;
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error(`the app never opened\n${output}`);
      })();
      // The app is really running on its key: it listed the library.
      await page.getByText('Pressdesk-ə xoş gəlmisiniz').first().waitFor({ timeout: 20_000 });
      const key = await page.evaluate(() => sessionStorage.getItem('pressdesk.key') ?? '');
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(page.url()).not.toContain('launch=');

      const launchPage = readFileSync(seen, 'utf8');
      const target = new URL(/url=(http:\/\/[^"]+)"/.exec(launchPage)![1]!);
      const token = target.hash.slice('#launch='.length);
      expect(token).toMatch(/^[0-9a-f]{64}$/);
      expect(launchPage).not.toContain(key);

      const visible = everythingVisible();
      expect(visible.some((text) => text.includes('--app=file://'))).toBe(true); // the browser is in the list
      expect(visible.filter((text) => text.includes(key))).toEqual([]);
      expect(visible.filter((text) => text.includes(token))).toEqual([]);
      // Nothing was left in a file either: the launch page is gone once used.
      expect(readdirSync(join(runtime, 'pressdesk'))).toEqual([]);

      const replay = await fetch(`${target.origin}/launch`, { method: 'POST', headers: { 'x-pressdesk-launch': token } });
      expect(replay.status).toBe(401);
      const withoutKey = await fetch(`${target.origin}/api/listReleases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(withoutKey.status).toBe(401);
      const withKey = await fetch(`${target.origin}/api/listReleases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
        body: '{}',
      });
      expect(withKey.status).toBe(200);
    } finally {
      await cdp.close();
    }
  }, 60_000);
});
