// End-to-end tests: the real renderer against the real host and a real SQLite file. The `chromium`
// project runs in browser mode, in the browser the app itself would open (host/find-browser.ts:
// PRESSDESK_E2E_BROWSER or PRESSDESK_BROWSER, else an installed Chromium, Chrome, Edge or Brave, else
// Playwright's own download); the `electron` project runs the same specs in the Electron shell, and
// exists only where an Electron binary is installed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './host/electron-binary';
import { E2E_BROWSER_VARIABLES, findBrowser, noBrowserMessage } from './host/find-browser';
import type { AppOptions } from './test/e2e/fixtures';

const binary = findElectronBinary(fileURLToPath(new URL('.', import.meta.url)));
// Electron on Linux needs a display (CI runs it under xvfb-run).
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electronBinary = binary && hasDisplay ? binary : null;
if (binary && !hasDisplay && !process.env.TEST_WORKER_INDEX) {
  console.warn(`Electron e2e tests are left out: ${binary} is installed, but there is no display (DISPLAY is not set).`);
}

const browser = findBrowser({ variables: E2E_BROWSER_VARIABLES });
// Without a browser the browser-mode tests are skipped, each by the fixture, with this one line
// printed once; CI (PRESSDESK_REQUIRE_TOOLS=1) must not pass without them.
const noBrowser = browser ? undefined : noBrowserMessage({ variables: E2E_BROWSER_VARIABLES });
if (noBrowser && process.env.PRESSDESK_REQUIRE_TOOLS === '1') {
  // One line, not a stack trace through Playwright's config loader.
  console.error(`PRESSDESK_REQUIRE_TOOLS=1 but ${noBrowser}.`);
  process.exit(1);
}
if (noBrowser && !process.env.TEST_WORKER_INDEX) console.warn(`Skipping the end-to-end tests in a browser: ${noBrowser}.`);

export default defineConfig<AppOptions>({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Two cores: each test runs a host process and a browser of its own.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  globalTimeout: 5 * 60_000,
  expect: { timeout: 10_000 },
  // Outside test-results, which Playwright empties at each start: scripts/test.mjs reads the counts here.
  // Skipped for want of a browser, every test would get a line of its own: dots keep the one line above readable.
  reporter: [[noBrowser ? 'dot' : 'list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    // Tracing doubles the run time on two cores; to get traces of failures, run with
    // `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    launchOptions: {
      executablePath: browser ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { appMode: 'browser', noBrowser } },
    ...(electronBinary ? [{ name: 'electron', use: { appMode: 'electron' as const, electronBinary } }] : []),
  ],
});
