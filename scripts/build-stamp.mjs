// Whether the build in dist/ is that of the sources on disk: a hash of every input's path and content,
// written beside the outputs after a successful build. Contents, not modification times, so a checkout
// that rewrites files unchanged costs nothing and an edit restored within the same second still counts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the bundles and the renderer are built from; a source folder added to the app belongs here. */
export const INPUTS = [
  'core',
  'db',
  'host',
  'server',
  'electron',
  'renderer',
  'test/bench',
  'test/helpers',
  'test/fixtures',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'scripts/build.mjs',
];

/** What a build leaves; a missing one means building again whatever the stamp says. */
export const OUTPUTS = ['dist/pressdesk.mjs', 'dist/bench.mjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

export const STAMP = 'dist/.build-stamp';

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((item) => filesUnder(join(path, item.name)));
}

/** The hash of the inputs under `root`: their paths (with /, the same on every platform) and contents. */
export function inputsStamp(root, inputs = INPUTS) {
  const hash = createHash('sha256');
  const files = inputs.flatMap((entry) => filesUnder(join(root, entry))).map((file) => relative(root, file).split(sep).join('/'));
  for (const file of [...new Set(files)].sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when every output exists and the stamp written by the last build matches the inputs now. */
export function isBuilt(root, stamp = inputsStamp(root)) {
  if (!OUTPUTS.every((file) => existsSync(join(root, file)))) return false;
  try {
    return readFileSync(join(root, STAMP), 'utf8').trim() === stamp;
  } catch {
    return false;
  }
}

/** Dropped before building, so a build that fails half-way is never taken for a finished one. */
export function clearStamp(root) {
  rmSync(join(root, STAMP), { force: true });
}

export function writeStamp(root, stamp) {
  writeFileSync(join(root, STAMP), `${stamp}\n`);
}
