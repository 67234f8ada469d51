import { describe, expect, it } from 'vitest';
import { E2E_BROWSER_VARIABLES, findBrowser, noBrowserMessage } from '../../host/find-browser';
import { commandFor, onPath, type Machine } from '../../host/find-executable';

/** A machine whose only programs are `files`; every look-up is recorded, none reaches the real disk. */
function machine(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}, home = '/home/leyla'): Machine & { asked: string[] } {
  const asked: string[] = [];
  return {
    platform,
    env,
    home,
    asked,
    isProgram: (file) => {
      asked.push(file);
      return files.includes(file);
    },
  };
}

const noPlaywright = () => null;

describe('findBrowser on Linux', () => {
  const path = { PATH: '/usr/local/bin:/usr/bin:/bin' };

  it('finds Debian’s Chromium on the PATH', () => {
    expect(findBrowser({ machine: machine('linux', ['/usr/bin/chromium'], path), playwrightBrowser: noPlaywright })).toBe('/usr/bin/chromium');
  });

  it('prefers Chromium to Chrome, and Chrome to Edge and Brave', () => {
    const all = ['/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser', '/opt/microsoft/msedge/msedge', '/usr/bin/brave-browser'];
    expect(findBrowser({ machine: machine('linux', all, path), playwrightBrowser: noPlaywright })).toBe('/usr/bin/chromium-browser');
    expect(findBrowser({ machine: machine('linux', all.slice(2), path), playwrightBrowser: noPlaywright })).toBe('/opt/microsoft/msedge/msedge');
    expect(findBrowser({ machine: machine('linux', ['/usr/bin/brave-browser'], path), playwrightBrowser: noPlaywright })).toBe('/usr/bin/brave-browser');
  });

  it('finds Chrome in /opt when the PATH does not hold it', () => {
    expect(findBrowser({ machine: machine('linux', ['/opt/google/chrome/chrome'], path), playwrightBrowser: noPlaywright })).toBe('/opt/google/chrome/chrome');
  });

  it('falls back to the Chromium Playwright downloaded, only if that file is there', () => {
    const downloaded = '/home/leyla/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
    expect(findBrowser({ machine: machine('linux', [downloaded], path), playwrightBrowser: () => downloaded })).toBe(downloaded);
    expect(findBrowser({ machine: machine('linux', [], path), playwrightBrowser: () => downloaded })).toBeNull();
  });

  it('takes PRESSDESK_BROWSER as it is, and never another browser in place of a missing one', () => {
    const env = { ...path, PRESSDESK_BROWSER: '/srv/tools/chrome' };
    expect(findBrowser({ machine: machine('linux', ['/srv/tools/chrome', '/usr/bin/chromium'], env), playwrightBrowser: noPlaywright })).toBe(
      '/srv/tools/chrome',
    );
    const missing = machine('linux', ['/usr/bin/chromium'], env);
    expect(findBrowser({ machine: missing, playwrightBrowser: noPlaywright })).toBeNull();
    expect(noBrowserMessage({ machine: missing })).toContain('PRESSDESK_BROWSER=/srv/tools/chrome');
  });

  it('looks a bare name in PRESSDESK_BROWSER up on the PATH', () => {
    const env = { ...path, PRESSDESK_BROWSER: 'google-chrome' };
    expect(findBrowser({ machine: machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium'], env), playwrightBrowser: noPlaywright })).toBe(
      '/usr/bin/google-chrome',
    );
    expect(findBrowser({ machine: machine('linux', ['/usr/bin/chromium'], env), playwrightBrowser: noPlaywright })).toBeNull();
  });

  it('lets PRESSDESK_E2E_BROWSER win over PRESSDESK_BROWSER for the tests only', () => {
    const env = { ...path, PRESSDESK_BROWSER: '/a/chrome', PRESSDESK_E2E_BROWSER: '/b/chromium' };
    const both = machine('linux', ['/a/chrome', '/b/chromium'], env);
    expect(findBrowser({ machine: both, variables: E2E_BROWSER_VARIABLES, playwrightBrowser: noPlaywright })).toBe('/b/chromium');
    expect(findBrowser({ machine: both, playwrightBrowser: noPlaywright })).toBe('/a/chrome');
  });

  it('says what to install when there is none', () => {
    const none = machine('linux', [], path);
    expect(findBrowser({ machine: none, playwrightBrowser: noPlaywright })).toBeNull();
    expect(noBrowserMessage({ machine: none })).toMatch(/apt install chromium.*npx playwright install chromium/);
  });
});

describe('findBrowser on macOS', () => {
  const env = { PATH: '/opt/homebrew/bin:/usr/bin:/bin' };

  it('finds Google Chrome in /Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ machine: machine('darwin', [chrome], env, '/Users/leyla'), playwrightBrowser: noPlaywright })).toBe(chrome);
  });

  it('finds a browser installed for the user alone in ~/Applications', () => {
    const edge = '/Users/leyla/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ machine: machine('darwin', [edge], env, '/Users/leyla'), playwrightBrowser: noPlaywright })).toBe(edge);
  });

  it('prefers Chromium to Chrome, and takes Brave when it is the only one', () => {
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const brave = '/Applications/Brave Browser.app/Contents/MacOS/Brave Browser';
    expect(findBrowser({ machine: machine('darwin', [chrome, chromium], env, '/Users/leyla'), playwrightBrowser: noPlaywright })).toBe(chromium);
    expect(findBrowser({ machine: machine('darwin', [brave], env, '/Users/leyla'), playwrightBrowser: noPlaywright })).toBe(brave);
  });

  it('looks only in macOS places, and suggests no apt', () => {
    const none = machine('darwin', ['/usr/lib/chromium/chromium', '/opt/google/chrome/chrome'], env, '/Users/leyla');
    expect(findBrowser({ machine: none, playwrightBrowser: noPlaywright })).toBeNull();
    expect(none.asked.every((file) => file.startsWith('/Applications/') || file.startsWith('/Users/leyla/') || file.endsWith('/chromium'))).toBe(true);
    expect(noBrowserMessage({ machine: none })).not.toContain('apt');
  });
});

describe('findBrowser on Windows', () => {
  const env = {
    Path: 'C:\\Windows\\system32;C:\\Windows',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\Leyla\\AppData\\Local',
  };
  const home = 'C:\\Users\\Leyla';

  it('finds Edge where Windows ships it', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ machine: machine('win32', [edge], env, home), playwrightBrowser: noPlaywright })).toBe(edge);
  });

  it('prefers Chrome installed for the user alone to Edge', () => {
    const chrome = 'C:\\Users\\Leyla\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser({ machine: machine('win32', [edge, chrome], env, home), playwrightBrowser: noPlaywright })).toBe(chrome);
  });

  it('finds Brave under BraveSoftware', () => {
    const brave = 'C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\brave.exe';
    expect(findBrowser({ machine: machine('win32', [brave], env, home), playwrightBrowser: noPlaywright })).toBe(brave);
  });

  it('reads the PATH whatever the case of its name, with PATHEXT', () => {
    const chrome = 'D:\\Portable\\Chrome\\chrome.exe';
    const portable = machine('win32', [chrome], { ...env, Path: `${env.Path};"D:\\Portable\\Chrome"` }, home);
    expect(findBrowser({ machine: portable, playwrightBrowser: noPlaywright })).toBe(chrome);
    const script = 'D:\\Tools\\pandoc.cmd';
    expect(onPath('pandoc', machine('win32', [script], { PATH: 'D:\\Tools', PATHEXT: '.EXE;.CMD' }, home))).toBe(script);
  });

  it('uses the usual folders when the environment does not name them', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ machine: machine('win32', [chrome], {}, home), playwrightBrowser: noPlaywright })).toBe(chrome);
  });
});

describe('commandFor', () => {
  it('starts programs directly, with their arguments untouched', () => {
    expect(commandFor('/usr/bin/chromium', ['--print-to-pdf=/tmp/a b.pdf'], { platform: 'linux', env: {} })).toEqual({
      command: '/usr/bin/chromium',
      args: ['--print-to-pdf=/tmp/a b.pdf'],
    });
    expect(commandFor('C:\\x\\chrome.exe', ['a&b'], { platform: 'win32', env: {} }).command).toBe('C:\\x\\chrome.exe');
  });

  it('runs a Windows .cmd through cmd.exe with every special character escaped', () => {
    const started = commandFor('C:\\Tools\\pandoc.cmd', ['görüş & del *.docx', 'say "hi"'], {
      platform: 'win32',
      env: { ComSpec: 'C:\\Windows\\system32\\cmd.exe' },
    });
    expect(started.command).toBe('C:\\Windows\\system32\\cmd.exe');
    expect(started.windowsVerbatimArguments).toBe(true);
    expect(started.args.slice(0, 3)).toEqual(['/d', '/s', '/c']);
    const line = started.args[3];
    // No metacharacter is left for cmd to act on: each is preceded by an escaping caret.
    expect(line).toContain('^^^&');
    expect(line).toContain('^^^*');
    expect(line).not.toMatch(/[^^]&/);
    expect(line).toContain('görüş');
    expect(line.startsWith('"C:\\Tools\\pandoc.cmd ')).toBe(true);
  });
});
