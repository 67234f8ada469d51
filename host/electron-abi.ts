// better-sqlite3 for Electron's ABI, built apart from node_modules (which stays on Node's ABI for the
// tests) and loaded by the Electron main process through better-sqlite3's `nativeBinding` option.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

const ELECTRON_HEADERS = 'https://electronjs.org/headers';
const BINDING = path.join('build', 'Release', 'better_sqlite3.node');

/** Where the Electron-ABI build for `version` is cached; `root` is the repository. */
export function electronAbiBindingPath(version: string, root = process.cwd()): string {
  return path.join(root, '.cache', 'electron-abi', version, 'better_sqlite3.node');
}

/** The entry script of `pkg` (its package.json `bin`) resolved from `from`, or null when it is not installed. */
function binScript(pkg: string, from: string): string | null {
  try {
    const manifest = createRequire(from).resolve(`${pkg}/package.json`);
    const bin: unknown = JSON.parse(readFileSync(manifest, 'utf8')).bin;
    const script = typeof bin === 'string' ? bin : (bin as Record<string, string> | undefined)?.[pkg];
    return script ? path.join(path.dirname(manifest), script) : null;
  } catch {
    return null;
  }
}

/** node-gyp from the project when some dependency brought it, else the copy bundled with npm. */
function nodeGyp(root: string): string | null {
  const npmDirs = [
    process.env.npm_execpath && path.join(path.dirname(process.env.npm_execpath), '..'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'), // Linux, macOS
    path.join(path.dirname(process.execPath), 'node_modules', 'npm'), // Windows
  ];
  for (const from of [path.join(root, 'package.json'), ...npmDirs.map((dir) => dir && path.join(dir, 'package.json'))]) {
    const script = from && binScript('node-gyp', from);
    if (script && existsSync(script)) return script;
  }
  return null;
}

/**
 * Returns the Electron-ABI better_sqlite3.node for `version`, making it first when it is not cached:
 * a prebuilt binary via prebuild-install, else a build with node-gyp against Electron's headers.
 * Both work in a temporary copy of the package, so node_modules/better-sqlite3/build is never touched.
 * Throws when both fail (offline without a C++ toolchain, say); the caller then falls back to browser mode.
 */
export function ensureElectronAbiBinding(version: string, log: (msg: string) => void, root = process.cwd()): string {
  const target = electronAbiBindingPath(version, root);
  if (existsSync(target)) return target;

  const packageDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(path.join(tmpdir(), 'pressdesk-electron-abi-'));
  const copy = path.join(work, 'better-sqlite3');
  try {
    // Node's build stays behind, so whatever build/Release holds afterwards was made for Electron.
    cpSync(packageDir, copy, { recursive: true, filter: (file) => path.relative(packageDir, file) !== 'build' });
    const failures: string[] = [];
    const prebuild = binScript('prebuild-install', path.join(packageDir, 'package.json'));
    const gyp = nodeGyp(root);
    const attempts: [string, string | null, string[], number][] = [
      ['prebuild-install', prebuild, ['--runtime', 'electron', '--target', version, '--verbose'], 3 * 60_000],
      [
        'node-gyp',
        gyp,
        // ~/.electron-gyp is where @electron/rebuild (electron-builder) keeps Electron's headers too.
        [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${version}`,
          `--dist-url=${ELECTRON_HEADERS}`,
          `--devdir=${path.join(homedir(), '.electron-gyp')}`,
        ],
        30 * 60_000,
      ],
    ];
    for (const [name, script, args, timeout] of attempts) {
      if (!script) {
        failures.push(`${name}: not installed`);
        continue;
      }
      log(
        name === 'node-gyp'
          ? `Building better-sqlite3 for Electron ${version} (this takes a few minutes)…`
          : `Fetching better-sqlite3 for Electron ${version}…`,
      );
      const run = spawnSync(process.execPath, [script, ...args], { cwd: copy, env: childEnv(), encoding: 'utf8', timeout, windowsHide: true });
      if (run.status === 0 && existsSync(path.join(copy, BINDING))) {
        mkdirSync(path.dirname(target), { recursive: true });
        // Copy then rename, so a crash midway never leaves a truncated binary that looks cached.
        copyFileSync(path.join(copy, BINDING), `${target}.tmp`);
        renameSync(`${target}.tmp`, target);
        log(`better-sqlite3 for Electron ${version}: ${target}`);
        return target;
      }
      failures.push(`${name}: ${run.error?.message ?? (problems(run.stderr) || `exit code ${run.status}`)}`);
    }
    throw new Error(`Could not get better-sqlite3 for Electron ${version}.\n${failures.join('\n')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The lines of a tool's log that say what went wrong, without node-gyp's stack and environment dump. */
function problems(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => /ERR!|warn|error/i.test(line) && !/ERR! (stack +at |command|cwd|node -v|node-gyp -v|not ok|System)/.test(line))
    .slice(-8)
    .join('\n');
}

/**
 * npm exports user config such as `nodedir` (set on these machines to Node's headers) to scripts as
 * npm_config_*; node-gyp and prebuild-install read those and would build for Node instead of Electron.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|build_from_source|devdir)$/i.test(key)) delete env[key];
  }
  return env;
}
