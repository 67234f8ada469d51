// Builds everything the app and the CLI run: the Node-side bundles with esbuild and the renderer with Vite.
// Skipped when dist/ already holds the build of these very sources (so a second `npm start` opens at
// once); `--force` builds anyway.
import { fileURLToPath } from 'node:url';
import { clearStamp, inputsStamp, isBuilt, writeStamp } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const stamp = inputsStamp(root);
if (!process.argv.includes('--force') && isBuilt(root, stamp)) {
  console.log('The build in dist/ is up to date with the sources (`npm run build -- --force` builds it again).');
  process.exit(0);
}
clearStamp(root);
// Loaded only when there is something to build: they take longer to load than the check above.
const { build } = await import('esbuild');
const { build: viteBuild } = await import('vite');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};
// Bundled CommonJS packages may call require(); ESM output needs one made for it.
const esmRequire = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

const bundles = [
  { entryPoints: ['host/cli.ts'], outfile: 'dist/pressdesk.mjs', format: 'esm', external: ['better-sqlite3'], banner: esmRequire },
  // Playwright drives the browser of the typing suite from its own installed files.
  {
    entryPoints: ['test/bench/run.ts'],
    outfile: 'dist/bench.mjs',
    format: 'esm',
    external: ['better-sqlite3', '@playwright/test', 'playwright-core'],
    banner: esmRequire,
  },
  // Untrusted files are parsed in this worker (host/parse-in-worker.ts finds it beside the bundles).
  { entryPoints: ['host/parse-worker.ts'], outfile: 'dist/parse-worker.mjs', format: 'esm', banner: esmRequire },
  // host/parse-in-worker.ts finds its worker through __filename in the CommonJS bundles, where import.meta
  // is empty by design.
  {
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    logOverride: { 'empty-import-meta': 'silent' },
  },
  // The database process (a utilityProcess): plain Node, no electron import.
  {
    entryPoints: ['electron/backend.ts'],
    outfile: 'dist/electron/backend.cjs',
    format: 'cjs',
    external: ['better-sqlite3'],
    logOverride: { 'empty-import-meta': 'silent' },
  },
  // The preload runs sandboxed: it may require nothing but 'electron', so all else is bundled in.
  { entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] },
];

await Promise.all([...bundles.map((bundle) => build({ ...node, ...bundle })), viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' })]);
writeStamp(root, stamp);
