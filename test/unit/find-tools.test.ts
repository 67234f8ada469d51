import { describe, expect, it } from 'vitest';
import type { Machine } from '../../host/find-executable';
import { findTool, installHint } from '../helpers/tools';

/** A machine whose only programs are `files`: no look-up reaches the real disk. */
function machine(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv, home: string): Machine {
  return { platform, env, home, isProgram: (file) => files.includes(file) };
}

describe('the readers on Linux', () => {
  const env = { PATH: '/usr/local/bin:/usr/bin' };

  it('finds them on the PATH, soffice also as libreoffice', () => {
    expect(findTool('pandoc', machine('linux', ['/usr/bin/pandoc'], env, '/home/a'))).toBe('/usr/bin/pandoc');
    expect(findTool('soffice', machine('linux', ['/usr/local/bin/libreoffice'], env, '/home/a'))).toBe('/usr/local/bin/libreoffice');
  });

  it('finds LibreOffice in its program folder when no link is on the PATH', () => {
    expect(findTool('soffice', machine('linux', ['/opt/libreoffice/program/soffice'], env, '/home/a'))).toBe('/opt/libreoffice/program/soffice');
  });

  it('finds nothing that is not there, and names the Debian packages', () => {
    for (const tool of ['pandoc', 'soffice', 'pdftotext', 'xmllint'] as const) expect(findTool(tool, machine('linux', [], env, '/home/a'))).toBeNull();
    expect(installHint(['soffice', 'pdftotext'], 'linux')).toBe('apt install libreoffice-writer-nogui poppler-utils');
  });
});

describe('the readers on macOS', () => {
  const env = { PATH: '/usr/bin:/bin' };

  it('finds soffice inside LibreOffice.app, in /Applications or ~/Applications', () => {
    const app = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(findTool('soffice', machine('darwin', [app], env, '/Users/a'))).toBe(app);
    const own = '/Users/a/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(findTool('soffice', machine('darwin', [own], env, '/Users/a'))).toBe(own);
  });

  it('finds Homebrew’s tools when the PATH of a GUI shell lacks them', () => {
    expect(findTool('pandoc', machine('darwin', ['/opt/homebrew/bin/pandoc'], env, '/Users/a'))).toBe('/opt/homebrew/bin/pandoc');
    expect(findTool('pdftotext', machine('darwin', ['/usr/local/bin/pdftotext'], env, '/Users/a'))).toBe('/usr/local/bin/pdftotext');
    expect(findTool('xmllint', machine('darwin', ['/opt/homebrew/opt/libxml2/bin/xmllint'], {}, '/Users/a'))).toBe('/opt/homebrew/opt/libxml2/bin/xmllint');
  });

  it('names Homebrew in its hint', () => {
    expect(installHint(['pandoc'], 'darwin')).toContain('brew install');
  });
});

describe('the readers on Windows', () => {
  const env = {
    Path: 'C:\\Windows\\system32;C:\\ProgramData\\chocolatey\\bin',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
    ProgramFiles: 'C:\\Program Files',
    LOCALAPPDATA: 'C:\\Users\\Aygün\\AppData\\Local',
  };
  const home = 'C:\\Users\\Aygün';

  it('finds LibreOffice in Program Files', () => {
    const soffice = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(findTool('soffice', machine('win32', [soffice], env, home))).toBe(soffice);
  });

  it('finds pandoc installed for the user alone', () => {
    const pandoc = 'C:\\Users\\Aygün\\AppData\\Local\\Pandoc\\pandoc.exe';
    expect(findTool('pandoc', machine('win32', [pandoc], env, home))).toBe(pandoc);
  });

  it('finds pdftotext and xmllint on the PATH with their .exe', () => {
    expect(findTool('pdftotext', machine('win32', ['C:\\ProgramData\\chocolatey\\bin\\pdftotext.exe'], env, home))).toBe(
      'C:\\ProgramData\\chocolatey\\bin\\pdftotext.exe',
    );
    expect(findTool('xmllint', machine('win32', [], env, home))).toBeNull();
  });
});
