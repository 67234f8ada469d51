// The independent programs the tests read exports back with, found on Linux, macOS and Windows alike:
// on the PATH, else where their installers put them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { findBrowser, noBrowserMessage } from '../../host/find-browser';
import { commandFor, findProgram, macApplications, thisMachine, windowsProgramFolders, type Candidates, type Machine } from '../../host/find-executable';

export type ToolName = 'pandoc' | 'soffice' | 'pdftotext' | 'xmllint';

const HOMEBREW = ['/opt/homebrew', '/usr/local'];

function toolCandidates(name: ToolName, machine: Machine): Candidates {
  const { platform } = machine;
  switch (name) {
    case 'pandoc':
      return {
        names: ['pandoc'],
        folders:
          platform === 'win32'
            ? windowsProgramFolders(machine, 'Pandoc', 'pandoc.exe')
            : platform === 'darwin'
              ? HOMEBREW.map((prefix) => `${prefix}/bin/pandoc`)
              : [],
      };
    case 'soffice':
      return {
        names: ['soffice', 'libreoffice'],
        folders:
          platform === 'win32'
            ? windowsProgramFolders(machine, 'LibreOffice', 'program', 'soffice.exe')
            : platform === 'darwin'
              ? macApplications(machine, 'LibreOffice', 'soffice')
              : ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
      };
    case 'pdftotext':
      // On Windows poppler comes as a zip or from a package manager (scoop, choco), which put it on the PATH.
      return { names: ['pdftotext'], folders: platform === 'darwin' ? HOMEBREW.map((prefix) => `${prefix}/bin/pdftotext`) : [] };
    case 'xmllint':
      // macOS ships xmllint in /usr/bin; Homebrew's libxml2 is keg-only, so not linked onto the PATH.
      return {
        names: ['xmllint'],
        folders: platform === 'darwin' ? ['/usr/bin/xmllint', ...HOMEBREW.map((prefix) => `${prefix}/opt/libxml2/bin/xmllint`)] : [],
      };
  }
}

const found = new Map<ToolName, string | null>();

/** Where `name` is installed on this computer, or null. */
export function findTool(name: ToolName, machine?: Machine): string | null {
  if (machine) return findProgram(toolCandidates(name, machine), machine);
  if (!found.has(name)) {
    const here = thisMachine();
    found.set(name, findProgram(toolCandidates(name, here), here));
  }
  return found.get(name)!;
}

export function hasTool(name: ToolName): boolean {
  return findTool(name) !== null;
}

/** What to install for `missing`, in the words of the platform's package manager. */
export function installHint(missing: ToolName[], platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Homebrew: brew install pandoc poppler libxml2; brew install --cask libreoffice';
  if (platform === 'win32') {
    return 'the pandoc and LibreOffice installers (pandoc.org, libreoffice.org); pdftotext (poppler) and xmllint (libxml2) on the PATH, e.g. scoop install poppler';
  }
  const packages: Record<ToolName, string> = { pandoc: 'pandoc', soffice: 'libreoffice-writer-nogui', pdftotext: 'poppler-utils', xmllint: 'libxml2-utils' };
  return `apt install ${missing.map((name) => packages[name]).join(' ')}`;
}

/**
 * For `describe.skipIf(missingTools('pandoc'))`: true, with the reason printed, when a tool is not
 * installed, so a developer without it still runs the rest. CI sets PRESSDESK_REQUIRE_TOOLS=1,
 * and there a missing tool fails the file instead of skipping it quietly.
 */
export function missingTools(...names: ToolName[]): boolean {
  const missing = names.filter((name) => !hasTool(name));
  if (!missing.length) return false;
  const message = `needs ${missing.join(', ')}, not found on the PATH or where installers put it (${installHint(missing)})`;
  if (process.env.PRESSDESK_REQUIRE_TOOLS === '1') throw new Error(`PRESSDESK_REQUIRE_TOOLS=1 but this test ${message}`);
  console.warn(`skipping: this test ${message}`);
  return true;
}

/** As missingTools, for the Chromium-family browser that prints PDFs in browser mode. */
export function missingBrowser(): boolean {
  if (findBrowser()) return false;
  if (process.env.PRESSDESK_REQUIRE_TOOLS === '1') throw new Error(`PRESSDESK_REQUIRE_TOOLS=1 but this test needs a browser: ${noBrowserMessage()}`);
  console.warn(`skipping: this test needs a browser: ${noBrowserMessage()}`);
  return true;
}

/** Runs an installed tool without a shell and returns what it printed and its exit status. */
export function spawnTool(name: ToolName, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): SpawnSyncReturns<string> {
  const file = findTool(name);
  if (!file) throw new Error(`${name} is not installed (${installHint([name])})`);
  const start = commandFor(file, args, process);
  return spawnSync(start.command, start.args, { ...options, encoding: 'utf8', windowsVerbatimArguments: start.windowsVerbatimArguments });
}

/** Runs an installed tool and returns its standard output; a failure throws with what it said. */
export function runTool(name: ToolName, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): string {
  const result = spawnTool(name, args, options);
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${name} ${args.join(' ')} failed (${result.signal ?? `exit ${result.status}`}): ${result.stderr.trim()}`);
  return result.stdout;
}
