// `npm test`: type-check, build, then the unit/integration suite (vitest) and the end-to-end suite
// (Playwright, the real renderer in Chromium), and one closing line summing both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const typesOk = run('type check', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
const buildOk = run('build', process.execPath, ['scripts/build.mjs']);
const unitOk = buildOk && run('unit and integration tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`]);
const e2eOk = buildOk && run('end-to-end tests', npx, ['playwright', 'test']);

const unit = readJson(VITEST_JSON);
const e2e = readJson(E2E_JSON);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

const problems = [
  !typesOk && 'the type check failed',
  !buildOk && 'the build failed',
  buildOk && !unit && 'vitest wrote no results',
  buildOk && !e2e && 'Playwright wrote no results',
  !unitOk && unit && 'vitest reported failures',
  !e2eOk && e2e && 'Playwright reported failures',
].filter(Boolean);
if (problems.length) console.log(`\nProblems: ${problems.join('; ')}.`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(problems.length || failed ? 1 : 0);
