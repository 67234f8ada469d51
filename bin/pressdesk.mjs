#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run on `npm install` too); this file only finds it.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/pressdesk.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('pressdesk: the app is not built yet. Run `npm run build` (or `npm install`) in the Pressdesk folder first.');
  process.exit(1);
}
const { run } = await import(bundle.href);
run(process.argv.slice(2));
