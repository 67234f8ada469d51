// `npm test`: lint and the format check, type-check, build, then the unit/integration suite (vitest)
// and the end-to-end suite (Playwright, the real renderer in Chromium), and one closing line summing
// both. A lint or format problem fails the run, but the tests still run, so one stray space does not
// hide what they say.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const RESULTS = 'test-reports';
const VITEST_JSON = `${RESULTS}/vitest.json`;
const E2E_JSON = `${RESULTS}/e2e.json`;

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`── ${label}: exit ${status} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

/**
 * A package's command, run by this very Node: no npx, and so no shell and no .cmd on Windows, where
 * Node refuses to start a .cmd without a shell.
 */
function bin(pkg, name) {
  const dir = join('node_modules', pkg);
  const { bin: bins } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return join(dir, typeof bins === 'string' ? bins : bins[name]);
}

// Both caches live in node_modules/.cache: a second run checks only the files that changed.
const lintOk = run('lint', process.execPath, [bin('eslint', 'eslint'), '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']);
const exportsOk = run('unused exports', process.execPath, ['scripts/unused-exports.mjs']);
const formatOk = run('format check', process.execPath, [bin('prettier', 'prettier'), '--cache', '--check', '.']);
const typesOk = run('type check', process.execPath, [bin('typescript', 'tsc'), '-p', 'tsconfig.json', '--noEmit']);
const buildOk = run('build', process.execPath, ['scripts/build.mjs']);
const unitOk =
  buildOk &&
  run('unit and integration tests', process.execPath, [bin('vitest', 'vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
const e2eOk = buildOk && run('end-to-end tests', process.execPath, [bin('@playwright/test', 'playwright'), 'test']);

const unit = readJson(VITEST_JSON);
const e2e = readJson(E2E_JSON);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

// Files that failed before running a test (a required tool missing under PRESSDESK_REQUIRE_TOOLS=1)
// count no failed test; they are named here with their first line, so the summary says why.
const unloaded = (unit?.testResults ?? [])
  .filter((file) => file.status === 'failed' && file.assertionResults.length === 0)
  .map((file) => `${relative(process.cwd(), file.name)}: ${(file.message ?? '').trim().split('\n')[0]}`);

// A file that could not run counts as one failure, or the closing line would say 0 failed.
const failed = (unit?.numFailedTests ?? 0) + unloaded.length + (e2e?.stats?.unexpected ?? 0);

const problems = [
  !lintOk && 'the linter found problems (npm run lint)',
  !exportsOk && 'some exports are imported nowhere (npm run lint)',
  !formatOk && 'some files are not formatted (npm run format)',
  !typesOk && 'the type check failed',
  !buildOk && 'the build failed',
  buildOk && !unit && 'vitest wrote no results',
  buildOk && !e2e && 'Playwright wrote no results',
  !unitOk && unit && 'vitest reported failures',
  unloaded.length && `${unloaded.length} test files could not run (below)`,
  !e2eOk && e2e && 'Playwright reported failures',
].filter(Boolean);
if (problems.length) console.log(`\nProblems: ${problems.join('; ')}.`);
for (const line of unloaded) console.log(`  ${line}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(problems.length || failed ? 1 : 0);
