// Hands a file to the system: opened with its default application, or shown in its folder.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';

export type OpenHow = 'open' | 'reveal';

/** Resolves once the system's opener has started; what it opens is up to the desktop. */
export function systemOpen(path: string, how: OpenHow): Promise<void> {
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', how === 'reveal' ? ['-R', path] : [path]]
      : process.platform === 'win32'
        ? ['explorer.exe', [how === 'reveal' ? `/select,${path}` : path]]
        : // xdg-open has no "select this file": the folder is opened instead.
          ['xdg-open', [how === 'reveal' ? dirname(path) : path]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (error) => reject(new Error(`could not start ${command}: ${error.message}`)));
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
