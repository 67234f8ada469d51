// prebuild-install and node-gyp are stood in for by small scripts in a temporary node_modules: the
// real ones need GitHub or electronjs.org, which these machines cannot reach. The scripts run as real
// child processes in the copy ensureElectronAbiBinding makes, and report what they were asked.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronAbiBindingPath, ensureElectronAbiBinding } from '../../host/electron-abi';

const VERSION = '45.4.1';
const NODE_BUILD = 'node-abi build';

/** A tool that writes build/Release/better_sqlite3.node naming its arguments, or fails with `error`. */
function toolScript(outcome: { error: string } | 'build'): string {
  if (outcome !== 'build') return `console.error(${JSON.stringify(outcome.error)}); process.exit(1);\n`;
  return `const fs = require('fs');
if (fs.existsSync('build')) { console.error('ERR! the Node build folder was copied'); process.exit(1); }
fs.mkdirSync('build/Release', { recursive: true });
fs.writeFileSync('build/Release/better_sqlite3.node', JSON.stringify({ tool: require('path').basename(process.argv[1]), args: process.argv.slice(2), nodedir: process.env.npm_config_nodedir ?? null }));
`;
}

let root: string;
const packageDir = () => path.join(root, 'node_modules', 'better-sqlite3');

function installTool(name: 'prebuild-install' | 'node-gyp', outcome: { error: string } | 'build'): void {
  const dir = path.join(root, 'node_modules', name);
  const bin = name === 'node-gyp' ? 'bin/node-gyp.js' : 'bin.js';
  mkdirSync(path.dirname(path.join(dir, bin)), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', bin: `./${bin}` }));
  writeFileSync(path.join(dir, bin), toolScript(outcome));
}

/** Runs `fn` with the temporary folder pointed inside the test's root, to see what it leaves there. */
function withEnv<T>(vars: Record<string, string>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function inOwnTmp<T>(fn: () => T): { result?: T; error?: unknown; leftovers: string[] } {
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
  let outcome: { result?: T; error?: unknown };
  try {
    outcome = { result: withEnv({ TMPDIR: tmp, TMP: tmp, TEMP: tmp }, fn) };
  } catch (error) {
    outcome = { error };
  }
  return { ...outcome, leftovers: readdirSync(tmp) };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pressdesk-abi-test-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"app"}');
  mkdirSync(path.join(packageDir(), 'build', 'Release'), { recursive: true });
  writeFileSync(path.join(packageDir(), 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  writeFileSync(path.join(packageDir(), 'binding.gyp'), '{}');
  writeFileSync(path.join(packageDir(), 'build', 'Release', 'better_sqlite3.node'), NODE_BUILD);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('electronAbiBindingPath', () => {
  it('keeps one build per Electron version under .cache', () => {
    expect(electronAbiBindingPath(VERSION, root)).toBe(path.join(root, '.cache', 'electron-abi', VERSION, 'better_sqlite3.node'));
  });
});

describe('ensureElectronAbiBinding', () => {
  it('fetches the prebuilt binary for Electron in a copy, leaving the Node build alone', () => {
    installTool('prebuild-install', 'build');
    installTool('node-gyp', { error: 'ERR! node-gyp must not run when a prebuilt binary exists' });
    const messages: string[] = [];
    // npm hands its nodedir (Node's headers on these machines) to scripts; it must not reach the tools.
    const run = inOwnTmp(() => withEnv({ npm_config_nodedir: '/usr' }, () => ensureElectronAbiBinding(VERSION, (message) => messages.push(message), root)));
    expect(run.error).toBeUndefined();
    expect(run.result).toBe(electronAbiBindingPath(VERSION, root));
    const made = JSON.parse(readFileSync(run.result!, 'utf8'));
    expect(made.tool).toBe('bin.js');
    expect(made.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', VERSION]));
    expect(made.nodedir).toBeNull();
    expect(readFileSync(path.join(packageDir(), 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe(NODE_BUILD);
    expect(messages.join('\n')).toContain(VERSION);
    expect(run.leftovers).toEqual([]);
  });

  it('uses the cached build without running any tool', () => {
    installTool('prebuild-install', 'build');
    const first = ensureElectronAbiBinding(VERSION, () => {}, root);
    const content = readFileSync(first, 'utf8');
    installTool('prebuild-install', { error: 'ERR! must not run again' });
    installTool('node-gyp', { error: 'ERR! must not run again' });
    expect(ensureElectronAbiBinding(VERSION, () => {}, root)).toBe(first);
    expect(readFileSync(first, 'utf8')).toBe(content);
  });

  it("builds with node-gyp against Electron's headers when no prebuilt binary can be fetched", () => {
    installTool('prebuild-install', { error: 'prebuild-install warn install getaddrinfo ENOTFOUND github.com' });
    installTool('node-gyp', 'build');
    const binding = ensureElectronAbiBinding(VERSION, () => {}, root);
    const made = JSON.parse(readFileSync(binding, 'utf8'));
    expect(made.tool).toBe('node-gyp.js');
    expect(made.args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', `--target=${VERSION}`, '--dist-url=https://electronjs.org/headers']));
  });

  it('throws with both tools’ reasons and caches nothing when both fail', () => {
    installTool('prebuild-install', { error: 'prebuild-install warn install getaddrinfo ENOTFOUND github.com' });
    installTool('node-gyp', { error: 'gyp ERR! stack Error: not found: make' });
    const run = inOwnTmp(() => ensureElectronAbiBinding(VERSION, () => {}, root));
    expect(String(run.error)).toMatch(/ENOTFOUND github\.com[\s\S]*not found: make/);
    expect(existsSync(path.dirname(electronAbiBindingPath(VERSION, root)))).toBe(false);
    expect(run.leftovers).toEqual([]);
  });
});
