// Finding programs (a browser, the readers the tests use) the same way on Linux, macOS and Windows:
// the PATH first, then the folders installers put them in. The platform, the environment and the
// file system are passed in, so each platform's branch is tested on any machine.
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export interface Machine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  /** Whether `file` is a program that can be started (on Windows: any existing file). */
  isProgram(file: string): boolean;
}

export function thisMachine(): Machine {
  return { platform: process.platform, env: process.env, home: homedir(), isProgram: isProgramFile };
}

function isProgramFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    // Windows has no execute bit; elsewhere a file without it cannot be started.
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path module of the machine's platform, so Windows paths are built with backslashes even in tests elsewhere. */
export function pathsOf(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** An environment variable; Windows names them case-insensitively (Path, PATH, ProgramFiles…). */
function envValue(machine: Pick<Machine, 'platform' | 'env'>, name: string): string | undefined {
  if (machine.platform !== 'win32') return machine.env[name] || undefined;
  const key = Object.keys(machine.env).find((candidate) => candidate.toUpperCase() === name.toUpperCase());
  return (key && machine.env[key]) || undefined;
}

/** `name` in a folder of the PATH; on Windows also with the extensions of PATHEXT (.EXE, .CMD…). */
export function onPath(name: string, machine: Machine): string | null {
  const { delimiter, join, extname } = pathsOf(machine.platform);
  const extensions =
    machine.platform === 'win32' && !extname(name)
      ? (envValue(machine, 'PATHEXT') ?? '.COM;.EXE;.BAT;.CMD')
          .split(';')
          .filter(Boolean)
          .map((ext) => ext.toLowerCase())
      : [''];
  for (const dir of (envValue(machine, 'PATH') ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = join(dir.replace(/^"(.*)"$/, '$1'), name + ext);
      if (machine.isProgram(candidate)) return candidate;
    }
  }
  return null;
}

/** Where a program is looked for: names on the PATH, then full paths in the usual install folders. */
export interface Candidates {
  names: string[];
  folders: string[];
}

export function findProgram(candidates: Candidates, machine: Machine): string | null {
  for (const name of candidates.names) {
    const found = onPath(name, machine);
    if (found) return found;
  }
  return candidates.folders.find((file) => machine.isProgram(file)) ?? null;
}

/**
 * The per-machine and per-user program folders of Windows (Program Files, Program Files (x86),
 * %LOCALAPPDATA%), each joined with `rest`; their usual places where the environment does not name them.
 */
export function windowsProgramFolders(machine: Machine, ...rest: string[]): string[] {
  const { join } = path.win32;
  const bases = [
    envValue(machine, 'ProgramFiles') ?? 'C:\\Program Files',
    envValue(machine, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)',
    envValue(machine, 'LOCALAPPDATA') ?? join(machine.home, 'AppData', 'Local'),
  ];
  return [...new Set(bases)].map((base) => join(base, ...rest));
}

/** A macOS application's executable, in /Applications and in the user's own ~/Applications. */
export function macApplications(machine: Machine, app: string, executable: string): string[] {
  const { join } = path.posix;
  return ['/Applications', join(machine.home, 'Applications')].map((dir) => join(dir, `${app}.app`, 'Contents', 'MacOS', executable));
}

/**
 * How to start `file` without a shell. Windows cannot start a .cmd or .bat file directly (Node
 * refuses since its CVE-2024-27980 fix); those go through cmd.exe with each argument quoted and
 * cmd's special characters escaped, so a name such as `a&b` stays one argument and runs nothing.
 */
export function commandFor(
  file: string,
  args: readonly string[],
  machine: Pick<Machine, 'platform' | 'env'>,
): { command: string; args: string[]; windowsVerbatimArguments?: boolean } {
  if (machine.platform !== 'win32' || !/\.(cmd|bat)$/i.test(file)) return { command: file, args: [...args] };
  const line = [file.replace(CMD_SPECIAL, '^$&'), ...args.map(cmdQuote)].join(' ');
  return { command: envValue(machine, 'ComSpec') ?? 'cmd.exe', args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}

const CMD_SPECIAL = /[()\][%!^"`<>&|;, *?]/g;

/** One argument for a batch file run by cmd.exe: quoted for the C runtime, then ^-escaped for cmd. */
function cmdQuote(arg: string): string {
  // Backslashes before a quote are doubled and the quote escaped, as CommandLineToArgvW reads them.
  const quoted = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1')}"`;
  // A batch file sees its arguments through cmd twice (the call and %*), hence the double escape.
  return quoted.replace(CMD_SPECIAL, '^^^$&');
}
