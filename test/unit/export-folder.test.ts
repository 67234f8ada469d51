import { describe, expect, it } from 'vitest';
import { exportFolderProblem } from '../../core/export/folder';

describe('export folders', () => {
  it("takes absolute folders of the officer's own", () => {
    for (const folder of [
      '/home/leyla/Documents/Pressdesk',
      '/tmp/pressdesk-test-1/exports',
      '/mnt/share/press',
      '/Users/leyla/Desktop',
      'C:\\Users\\leyla\\Documents',
      'D:\\',
      '\\\\server\\press\\2024',
      '/var/folders/xy/T/out',
    ]) {
      expect([folder, exportFolderProblem(folder)]).toEqual([folder, null]);
    }
  });

  it('refuses relative paths, which would depend on the folder the app was started from', () => {
    for (const folder of ['exports', './exports', '../exports', '~/Documents', 'C:relative', 'Documents\\Pressdesk']) {
      expect([folder, exportFolderProblem(folder)]).toEqual([folder, 'relative']);
    }
  });

  it('refuses system folders and dotted ways into them', () => {
    for (const folder of [
      '/',
      '//',
      '/etc',
      '/etc/',
      '/etc/cron.d',
      '/usr/local/bin',
      '/bin',
      '/proc/self',
      '/sys',
      '/dev',
      '/boot',
      '/var',
      '/var/lib/dpkg',
      '/home',
      '/System/Library',
      'C:\\',
      'c:/',
      'C:\\Windows',
      'C:\\WINDOWS\\System32',
      'C:\\Program Files\\Pressdesk',
      'c:/programdata',
    ]) {
      expect([folder, exportFolderProblem(folder)]).toEqual([folder, 'system']);
    }
    expect(exportFolderProblem('/home/leyla/../../etc')).toBe('dots');
    expect(exportFolderProblem('C:\\Users\\..\\Windows')).toBe('dots');
  });
});
