// Where exports may be written. Pure string rules (no node:path), so the settings dialog, the API's
// validation and the host's writer all judge a folder the same way on every platform.
import { z } from 'zod';
import { CodedError } from '../errors';

export type FolderProblem = 'relative' | 'dots' | 'system';

/** Folders, and everything under them, that are the system's: an export there is a mistake or an attack. */
const POSIX_SYSTEM = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/proc',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var/lib',
  '/var/log',
  '/System',
  '/Library',
  '/private/etc',
  '/private/var/db',
];
/** Only the folder itself: its subfolders may well be the officer's (a mounted share under /mnt, say). */
const POSIX_SYSTEM_EXACT = ['/', '/var', '/mnt', '/media', '/opt', '/srv', '/home', '/Users', '/Volumes', '/private', '/tmp'];
const WINDOWS_SYSTEM = ['windows', 'program files', 'program files (x86)', 'programdata', '$recycle.bin', 'system volume information'];

const isWindowsPath = (folder: string) => /^[A-Za-z]:[\\/]/.test(folder) || /^\\\\[^\\]+\\[^\\]+/.test(folder);

/** Why `folder` cannot take exports, or null when it can. */
export function exportFolderProblem(folder: string): FolderProblem | null {
  const windows = isWindowsPath(folder);
  if (!windows && !folder.startsWith('/')) return 'relative';
  const parts = folder.split(windows ? /[\\/]+/ : /\/+/).filter(Boolean);
  if (parts.some((part) => part === '.' || part === '..')) return 'dots';
  if (windows) {
    const [drive, first] = parts;
    // The system drive's root is the system's; another drive's root may be the officer's USB stick.
    if (!first) return /^[Cc]:$/.test(drive ?? '') ? 'system' : null;
    return /^[A-Za-z]:$/.test(drive ?? '') && WINDOWS_SYSTEM.includes(first.toLowerCase()) ? 'system' : null;
  }
  const normal = `/${parts.join('/')}`;
  if (POSIX_SYSTEM_EXACT.includes(normal)) return 'system';
  return POSIX_SYSTEM.some((system) => normal === system || normal.startsWith(`${system}/`)) ? 'system' : null;
}

const FOLDER_PROBLEM_MESSAGES: Record<FolderProblem, string> = {
  relative: 'the export folder must be a full path, such as /home/you/Documents/Pressdesk or C:\\Users\\you\\Documents\\Pressdesk',
  dots: 'the export folder must not contain "." or ".." parts',
  system: 'this is a system folder: choose a folder of your own for exports',
};

/** An export folder as calls and settings carry it. */
export const ExportFolderPath = z
  .string()
  .min(1)
  .max(4096)
  .superRefine((folder, context) => {
    const problem = exportFolderProblem(folder);
    if (problem) context.addIssue({ code: 'custom', message: FOLDER_PROBLEM_MESSAGES[problem] });
  });

class ExportFolderError extends CodedError {
  constructor(
    readonly folder: string,
    readonly problem: FolderProblem,
  ) {
    super('invalid', `${folder}: ${FOLDER_PROBLEM_MESSAGES[problem]}`);
    this.name = 'ExportFolderError';
  }
}

/** The folder, if exports may go there; else an ExportFolderError saying why. */
export function assertExportFolder(folder: string): string {
  const problem = exportFolderProblem(folder);
  if (problem) throw new ExportFolderError(folder, problem);
  return folder;
}
