// The saves suite of `npm run bench`: autosaves through the real dispatcher on one library file,
// first alone, then while a second process (`pressdesk import`, the CLI) imports releases into the
// same file. Shows what the one write path (db/write-release.ts) promises: a save waits for the
// other writer instead of failing. Timings are printed and recorded, never asserted.
//
//   node dist/bench.mjs saves [--seconds N]
//
// Only a run at the reference length (10 s per phase) overwrites bench-results/saves.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocNode } from '../../core/api';
import { createRelease } from '../../db/releases';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher } from '../../host/handlers';
import {
  loadAverage,
  loadLine,
  machine,
  previousResult,
  relativePath,
  resultFile,
  summarise,
  table,
  writeResult,
  type Machine,
  type Measured,
} from './measure';
import { syntheticRelease } from './synthetic-text';

const REFERENCE_SECONDS = 10;
const SEED = 20_261_207;
const RELEASES = 200;
const IMPORT_FILES = 400;
/** The CLI as users run it; the suites run bundled as dist/bench.mjs, one folder down. */
const CLI = fileURLToPath(new URL('../bin/pressdesk.mjs', import.meta.url));

interface Phase extends Measured {
  key: 'alone' | 'with-import';
  label: string;
  savesPerSecond: number;
  failed: number;
  /** Failure messages, each once, when there were any. */
  failures: string[];
  importedMeanwhile: number;
}

interface BenchResult {
  benchmark: 'saves';
  date: string;
  secondsPerPhase: number;
  machine: Machine & { load: { before: number; after: number } };
  phases: Phase[];
}

function paragraphs(text: string): DocNode {
  return { type: 'doc', content: text.split('\n\n').map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) };
}

/** Autosaves for `seconds`, each a small edit of a random release, as the editor sends them. */
async function savePhase(dbPath: string, seconds: number, key: Phase['key'], label: string, importing: () => number): Promise<Phase> {
  const db = openAppDatabase(dbPath);
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath });
  const ids = db.prepare('SELECT id FROM releases ORDER BY id').pluck().all() as number[];
  const samples: number[] = [];
  const failures = new Map<string, number>();
  const importedBefore = importing();
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const id = ids[i % ids.length]!;
    const current = await dispatch('getRelease', { id });
    if (!current.ok) continue;
    const release = current.value;
    const body: DocNode = { ...release.body, content: [...(release.body.content ?? []).slice(0, 6), paragraphs(`Düzəliş ${i}.`).content![0]!] };
    const start = performance.now();
    const saved = await dispatch('saveRelease', { id, revision: release.revision, fields: { body }, snapshot: 'auto' });
    samples.push(performance.now() - start);
    if (!saved.ok) failures.set(saved.error.message, (failures.get(saved.error.message) ?? 0) + 1);
    // Let the import process's output and exit events through between saves.
    if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  db.close();
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  return {
    key,
    label,
    ...summarise(samples),
    savesPerSecond: Math.round(samples.length / seconds),
    failed,
    failures: [...failures.keys()],
    importedMeanwhile: importing() - importedBefore,
  };
}

/** `pressdesk import` of the text files, over and over (with --force) until stopped; counts the releases it made. */
function startImporter(dbPath: string, files: string[]) {
  let imported = 0;
  let stopped = false;
  let running: ReturnType<typeof spawn> | null = null;
  const once = () => {
    if (stopped) return;
    running = spawn(process.execPath, [CLI, 'import', ...files, '--db', dbPath, '--force'], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.stdout!.setEncoding('utf8');
    running.stdout!.on('data', (chunk: string) => (imported += chunk.split('\n').filter((line) => line.startsWith('imported')).length));
    running.on('exit', once);
  };
  once();
  return {
    imported: () => imported,
    stop: () =>
      new Promise<void>((resolve) => {
        stopped = true;
        if (!running || running.exitCode !== null) return resolve();
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      }),
  };
}

export async function runSavesBench(argv: string[]): Promise<void> {
  const flag = argv.indexOf('--seconds');
  const seconds = flag >= 0 ? Number(argv[flag + 1]) : REFERENCE_SECONDS;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('--seconds takes a positive number');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressdesk-bench-saves-'));
  try {
    const dbPath = path.join(dir, 'library.db');
    const db = openAppDatabase(dbPath);
    for (let i = 0; i < RELEASES; i++) createRelease(db, syntheticRelease(SEED, i, RELEASES).fields);
    db.close();
    const files = path.join(dir, 'import');
    mkdirSync(files);
    const names = Array.from({ length: IMPORT_FILES }, (_, i) => {
      const { fields } = syntheticRelease(SEED + 1, i, IMPORT_FILES);
      const text = (fields.body.content ?? []).map((block) => block.content?.[0]?.text ?? '').join('\n\n');
      const name = path.join(files, `release-${i}.txt`);
      writeFileSync(name, `${fields.title}\n\n${text}\n`);
      return name;
    });

    // Untimed: the first seconds of saves warm the JIT and SQLite's cache, which the first phase would pay alone.
    await savePhase(dbPath, Math.min(2, seconds), 'alone', 'warm-up', () => 0);
    const load = { before: loadAverage(), after: 0 };
    const alone = await savePhase(dbPath, seconds, 'alone', 'autosave, alone on the file', () => 0);
    const importer = startImporter(dbPath, names);
    // The importer is writing before the saves start.
    while (importer.imported() === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    const withImport = await savePhase(dbPath, seconds, 'with-import', 'autosave, while `pressdesk import` writes', importer.imported);
    await importer.stop();
    load.after = loadAverage();

    const file = resultFile('saves');
    const previous = previousResult<BenchResult>(file);
    const before = new Map(previous?.phases.map((phase) => [phase.key, phase]));
    const phases = [alone, withImport];
    const header = ['saves on one file', 'saves/s', 'p50 ms', 'p95 ms', 'n', 'failed', 'imported meanwhile', 'prev saves/s', 'prev p95'];
    const rows = phases.map((phase) => {
      const old = before.get(phase.key);
      return [
        phase.label,
        String(phase.savesPerSecond),
        phase.p50Ms.toFixed(2),
        phase.p95Ms.toFixed(2),
        String(phase.n),
        String(phase.failed),
        String(phase.importedMeanwhile),
        old ? String(old.savesPerSecond) : '-',
        old ? old.p95Ms.toFixed(2) : '-',
      ];
    });
    const info = machine();
    console.log(`Saves: ${seconds} s per phase, ${RELEASES} releases; the importer re-imports ${IMPORT_FILES} text files`);
    console.log(table([header, ...rows]));
    for (const phase of phases) if (phase.failures.length) console.log(`failures (${phase.key}): ${phase.failures.join(' | ')}`);
    console.log(loadLine(info.cores, load));
    if (seconds === REFERENCE_SECONDS) {
      const result: BenchResult = { benchmark: 'saves', date: new Date().toISOString(), secondsPerPhase: seconds, machine: { ...info, load }, phases };
      writeResult(file, result);
      console.log(`kept in ${relativePath(file)}`);
    } else {
      console.log(`not kept: only a ${REFERENCE_SECONDS} s run is the reference`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
