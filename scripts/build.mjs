// Builds everything the app and the CLI run: the Node-side bundles with esbuild and the renderer with Vite.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

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
  { entryPoints: ['test/bench/run.ts'], outfile: 'dist/bench.mjs', format: 'esm', external: ['better-sqlite3'], banner: esmRequire },
  { entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', external: ['electron', 'better-sqlite3'] },
  // The database process (a utilityProcess): plain Node, no electron import.
  { entryPoints: ['electron/backend.ts'], outfile: 'dist/electron/backend.cjs', format: 'cjs', external: ['better-sqlite3'] },
  // The preload runs sandboxed: it may require nothing but 'electron', so all else is bundled in.
  { entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] },
];

await Promise.all([
  ...bundles.map((bundle) => build({ ...node, ...bundle })),
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
]);
