// End-to-end tests: the real renderer against the real host and a real SQLite file. The `chromium`
// project runs in browser mode (Debian's Chromium; Playwright may not download browsers here); the
// `electron` project runs the same specs in the Electron shell, and exists only where an Electron
// binary is installed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './host/electron-binary';
import type { AppOptions } from './test/e2e/fixtures';

const binary = findElectronBinary(fileURLToPath(new URL('.', import.meta.url)));
// Electron on Linux needs a display (CI runs it under xvfb-run).
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electronBinary = binary && hasDisplay ? binary : null;
if (binary && !hasDisplay && !process.env.TEST_WORKER_INDEX) {
  console.warn(`Electron e2e tests are left out: ${binary} is installed, but there is no display (DISPLAY is not set).`);
}

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
  reporter: [['list'], ['json', { outputFile: 'test-reports/e2e.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    // Tracing doubles the run time on two cores; to get traces of failures, run with
    // `npx playwright test --trace retain-on-failure`.
    trace: 'off',
    launchOptions: {
      executablePath: process.env.PRESSDESK_E2E_BROWSER ?? '/usr/bin/chromium',
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
    { name: 'chromium', use: { appMode: 'browser' } },
    ...(electronBinary ? [{ name: 'electron', use: { appMode: 'electron' as const, electronBinary } }] : []),
  ],
});
