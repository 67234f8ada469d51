import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Opens the app in its own window: a profile of its own (so it is a separate process that ends
 * when the window closes) and none of the browser's background traffic, since the app is offline.
 * `url` is the private launch page's file:// address (host/launch-page.ts): the command line,
 * which every local user can read, must never carry a credential.
 */
export function openAppWindow(browser: string, url: string, profileDir: string): ChildProcess {
  return spawn(
    browser,
    [
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1360,880',
      // Chromium will not start as root with its sandbox (containers, some kiosks).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    { stdio: 'ignore' },
  );
}
