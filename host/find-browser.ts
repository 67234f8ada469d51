// The one browser discovery: browser mode opens its window with it, PDF printing runs it headless,
// and the end-to-end tests drive it. Any Chromium-family browser will do.
import { createRequire } from 'node:module';
import path from 'node:path';
import { findProgram, macApplications, onPath, thisMachine, windowsProgramFolders, type Candidates, type Machine } from './find-executable';

/** The variables that name a browser outright, in the order they win. The app reads PRESSDESK_BROWSER. */
const APP_BROWSER_VARIABLES = ['PRESSDESK_BROWSER'] as const;
/** The end-to-end tests may be pointed at another browser than the app's. */
export const E2E_BROWSER_VARIABLES = ['PRESSDESK_E2E_BROWSER', 'PRESSDESK_BROWSER'] as const;

export interface BrowserSearch {
  machine?: Machine;
  variables?: readonly string[];
  /** The Chromium that `npx playwright install chromium` downloaded, where Playwright is installed. */
  playwrightBrowser?: () => string | null;
}

/** Chromium first (what the project tests with), then Google Chrome, Microsoft Edge and Brave. */
function browserCandidates(machine: Machine): Candidates[] {
  switch (machine.platform) {
    case 'darwin':
      return [
        { names: ['chromium'], folders: macApplications(machine, 'Chromium', 'Chromium') },
        { names: [], folders: macApplications(machine, 'Google Chrome', 'Google Chrome') },
        { names: [], folders: macApplications(machine, 'Microsoft Edge', 'Microsoft Edge') },
        { names: [], folders: macApplications(machine, 'Brave Browser', 'Brave Browser') },
      ];
    case 'win32':
      return [
        { names: ['chromium.exe'], folders: windowsProgramFolders(machine, 'Chromium', 'Application', 'chrome.exe') },
        { names: ['chrome.exe'], folders: windowsProgramFolders(machine, 'Google', 'Chrome', 'Application', 'chrome.exe') },
        { names: ['msedge.exe'], folders: windowsProgramFolders(machine, 'Microsoft', 'Edge', 'Application', 'msedge.exe') },
        {
          names: ['brave.exe'],
          folders: windowsProgramFolders(machine, 'BraveSoftware', 'Brave-Browser', 'Application', 'brave.exe'),
        },
      ];
    default:
      // Linux and the BSDs: the distributions' package names, then the vendors' own packages in /opt.
      return [
        { names: ['chromium', 'chromium-browser'], folders: ['/usr/lib/chromium/chromium', '/snap/bin/chromium'] },
        { names: ['google-chrome', 'google-chrome-stable'], folders: ['/opt/google/chrome/chrome'] },
        { names: ['microsoft-edge', 'microsoft-edge-stable'], folders: ['/opt/microsoft/msedge/msedge'] },
        { names: ['brave-browser', 'brave'], folders: ['/opt/brave.com/brave/brave'] },
      ];
  }
}

/**
 * A Chromium-family browser, or null: the first of `variables` that is set (and only it: a browser
 * named on purpose is not silently swapped for another), else the first installed of Chromium, Chrome,
 * Edge and Brave, else the Chromium Playwright downloaded.
 */
export function findBrowser(search: BrowserSearch = {}): string | null {
  const machine = search.machine ?? thisMachine();
  const named = namedBrowser(machine, search.variables ?? APP_BROWSER_VARIABLES);
  if (named) {
    // A bare name (PRESSDESK_BROWSER=google-chrome) is looked up on the PATH, as a shell would.
    if (!/[\\/]/.test(named.file)) return onPath(named.file, machine);
    return machine.isProgram(named.file) ? named.file : null;
  }
  for (const candidates of browserCandidates(machine)) {
    const found = findProgram(candidates, machine);
    if (found) return found;
  }
  const downloaded = (search.playwrightBrowser ?? playwrightChromium)();
  return downloaded && machine.isProgram(downloaded) ? downloaded : null;
}

function namedBrowser(machine: Machine, variables: readonly string[]): { variable: string; file: string } | null {
  for (const variable of variables) {
    const file = machine.env[variable];
    if (file) return { variable, file };
  }
  return null;
}

/** One line for when findBrowser found nothing: what was looked for, and what to install. */
export function noBrowserMessage(search: Pick<BrowserSearch, 'machine' | 'variables'> = {}): string {
  const machine = search.machine ?? thisMachine();
  const named = namedBrowser(machine, search.variables ?? APP_BROWSER_VARIABLES);
  if (named) return `${named.variable}=${named.file} is not a program on this computer; point it at a Chromium, Chrome, Edge or Brave executable`;
  const install =
    machine.platform === 'linux'
      ? 'install Chromium (Debian/Ubuntu: apt install chromium), Google Chrome, Microsoft Edge or Brave'
      : 'install Google Chrome, Microsoft Edge, Brave or Chromium';
  return `no Chromium-family browser was found: ${install}, or run \`npx playwright install chromium\`, or set PRESSDESK_BROWSER to one`;
}

/**
 * Asks playwright-core (a dependency of @playwright/test, so present in a development checkout) where
 * its downloaded Chromium lives. It is resolved from the running script's folder at run time, never
 * bundled: an installed app has no Playwright, and then this is simply null.
 */
function playwrightChromium(): string | null {
  try {
    const from = process.argv[1] ? path.resolve(process.argv[1]) : path.join(process.cwd(), 'index.js');
    const core = createRequire(from)('playwright-core') as { chromium: { executablePath(): string } };
    return core.chromium.executablePath() || null;
  } catch {
    return null;
  }
}
