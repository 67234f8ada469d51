// `npm run dist`: electron-builder rebuilds better-sqlite3 for Electron inside node_modules itself
// (npmRebuild). That build would replace the Node one the tests and the CLI load, so Node's is set
// aside and put back whatever happens.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NODE_BUILD = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const aside = mkdtempSync(join(tmpdir(), 'pressdesk-dist-'));
const saved = join(aside, 'better_sqlite3.node');
if (existsSync(NODE_BUILD)) copyFileSync(NODE_BUILD, saved);

let status;
try {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  status = spawnSync(npx, ['electron-builder', ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1;
} finally {
  if (existsSync(saved)) copyFileSync(saved, NODE_BUILD);
  rmSync(aside, { recursive: true, force: true });
}
process.exit(status);
