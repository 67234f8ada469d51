import { describe, expect, it } from 'vitest';
import { appDataDir, documentsDir, type UserMachine } from '../../host/paths';

/** A user whose only readable files are `files`: nothing is read from the real disk. */
function user(platform: NodeJS.Platform, home: string, env: NodeJS.ProcessEnv = {}, files: Record<string, string> = {}): UserMachine {
  return { platform, home, env, readText: (file) => files[file] ?? null };
}

describe('appDataDir', () => {
  it('is %APPDATA%\\Pressdesk on Windows, with backslashes, for a user whose name has Azerbaijani letters', () => {
    expect(appDataDir(user('win32', 'C:\\Users\\Gülşən', { APPDATA: 'C:\\Users\\Gülşən\\AppData\\Roaming' }))).toBe(
      'C:\\Users\\Gülşən\\AppData\\Roaming\\Pressdesk',
    );
    expect(appDataDir(user('win32', 'C:\\Users\\Gülşən'))).toBe('C:\\Users\\Gülşən\\AppData\\Roaming\\Pressdesk');
  });

  it('is in Application Support on macOS', () => {
    expect(appDataDir(user('darwin', '/Users/ilkin'))).toBe('/Users/ilkin/Library/Application Support/Pressdesk');
  });

  it('follows XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(appDataDir(user('linux', '/home/ilkin'))).toBe('/home/ilkin/.config/Pressdesk');
    expect(appDataDir(user('linux', '/home/ilkin', { XDG_CONFIG_HOME: '/data/config' }))).toBe('/data/config/Pressdesk');
  });
});

describe('documentsDir', () => {
  it('is Documents in the profile on Windows and macOS', () => {
    expect(documentsDir(user('win32', 'C:\\Users\\Şəhla'))).toBe('C:\\Users\\Şəhla\\Documents');
    expect(documentsDir(user('darwin', '/Users/şəhla'))).toBe('/Users/şəhla/Documents');
  });

  it('reads the XDG user-dirs setting on Linux, as Electron does', () => {
    const dirs = '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Masaüstü"\nXDG_DOCUMENTS_DIR="$HOME/Sənədlər"\n';
    expect(documentsDir(user('linux', '/home/aygün', {}, { '/home/aygün/.config/user-dirs.dirs': dirs }))).toBe('/home/aygün/Sənədlər');
    const absolute = 'XDG_DOCUMENTS_DIR="/srv/press/docs"\n';
    expect(documentsDir(user('linux', '/home/a', { XDG_CONFIG_HOME: '/cfg' }, { '/cfg/user-dirs.dirs': absolute }))).toBe('/srv/press/docs');
  });

  it('falls back to ~/Documents on Linux without a setting, or one that means none', () => {
    expect(documentsDir(user('linux', '/home/a'))).toBe('/home/a/Documents');
    expect(documentsDir(user('linux', '/home/a', {}, { '/home/a/.config/user-dirs.dirs': 'XDG_DOCUMENTS_DIR="$HOME/"\n' }))).toBe('/home/a/Documents');
  });
});
