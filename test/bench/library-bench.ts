// The library suite of `npm run bench`: builds a library of synthetic releases through the app's own
// createRelease, then times the calls the library and the editor make, through the real dispatcher
// (zod validation included, as the app pays it). Timings are printed and recorded, never asserted.
//
//   node dist/bench.mjs library [--releases N] [--keep]
//
// Only a run at the reference size (100,000) overwrites bench-results/library.json.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiArgs, ApiResults, CallName, ReleaseList } from '../../core/api';
import { createRelease } from '../../db/releases';
import { writeTransaction } from '../../db/write-transaction';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher } from '../../host/handlers';
import { mulberry32 } from '../helpers/prng';
import {
  loadAverage,
  loadLine,
  machine,
  measure,
  previousResult,
  relativePath,
  resultFile,
  seconds,
  timingTable,
  Timings,
  writeResult,
  type Machine,
  type Timing,
} from './measure';
import { RARE_WORDS, syntheticRelease, type SyntheticRelease } from './synthetic-text';

const REFERENCE_RELEASES = 100_000;
const AIM_P95_MS = 20;
const BATCH = 2_000;
const SEED = 20_150_101;

interface Options {
  releases: number;
  keep: boolean;
}

export function parseLibraryOptions(argv: string[]): Options {
  const options: Options = { releases: REFERENCE_RELEASES, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--releases') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 100) throw new Error('--releases needs a whole number of at least 100');
      options.releases = n;
    } else throw new Error(`unknown option ${arg} (known: --releases N, --keep)`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Results

interface BenchResult {
  benchmark: 'library';
  date: string;
  releases: number;
  seed: number;
  machine: Machine & {
    sqlite: string;
    /** 1-minute load average before and after timing: on a shared machine, read the numbers with it. */
    load: { before: number; after: number };
  };
  build: {
    seconds: number;
    generateSeconds: number;
    createReleaseSeconds: number;
    /** createRelease time for each tenth of the library, in order: shows whether inserts slow as it grows. */
    createReleaseSecondsPerTenth: number[];
    dbBytes: number;
  };
  aimP95Ms: number;
  operations: Timing[];
}

// ---------------------------------------------------------------------------------------------
// Building the library

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

function buildLibrary(db: ReturnType<typeof openAppDatabase>, total: number) {
  const ids: number[] = [];
  // One write per batch; each createRelease joins it as a savepoint, as nested writes do in the app.
  const insertAll = (batch: SyntheticRelease[]) =>
    writeTransaction(db, () => {
      for (const { fields, createdAt } of batch) ids.push(createRelease(db, fields, createdAt).id);
    });
  const perTenth = new Array<number>(10).fill(0);
  let generateMs = 0;
  let insertMs = 0;
  const started = performance.now();
  for (let from = 0; from < total; from += BATCH) {
    let t = performance.now();
    const batch: SyntheticRelease[] = [];
    for (let i = from; i < Math.min(total, from + BATCH); i++) batch.push(syntheticRelease(SEED, i, total));
    generateMs += performance.now() - t;
    t = performance.now();
    insertAll(batch);
    const elapsed = performance.now() - t;
    insertMs += elapsed;
    perTenth[Math.min(9, Math.floor((from * 10) / total))] += elapsed;
    const done = Math.min(total, from + BATCH);
    if (done % 10_000 === 0 || done === total) {
      process.stderr.write(`  built ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${seconds(performance.now() - started)} s)\n`);
    }
  }
  return {
    ids,
    seconds: seconds(performance.now() - started),
    generateSeconds: seconds(generateMs),
    createReleaseSeconds: seconds(insertMs),
    // With fewer than ten batches a tenth is not a batch boundary; leave the breakdown out.
    createReleaseSecondsPerTenth: total >= 10 * BATCH ? perTenth.map(seconds) : [],
  };
}

// ---------------------------------------------------------------------------------------------
// The operations

function hits(list: ReleaseList): string {
  return `${list.total.toLocaleString('en')}${list.totalCapped ? '+' : ''}`;
}

async function runOperations(db: ReturnType<typeof openAppDatabase>, dbPath: string, ids: number[]): Promise<Timing[]> {
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath });
  const call = async <K extends CallName>(name: K, args: ApiArgs<K>): Promise<ApiResults[K]> => {
    const envelope = await dispatch(name, args);
    if (!envelope.ok) {
      const { code, message, issues } = envelope.error;
      throw new Error(`${name} failed (${code}): ${message}${issues ? ` — ${issues.join('; ')}` : ''}`);
    }
    return envelope.value;
  };
  const random = mulberry32(SEED ^ 0x5eed);
  const randomId = () => ids[Math.floor(random() * ids.length)];
  const timings = new Timings();
  const record = timings.add.bind(timings);

  const firstPage = { sort: 'date' as const, limit: 50 };
  const page = await call('listReleases', firstPage);
  record(
    'list-first-page',
    'library first page (date, 50)',
    await measure(
      () => firstPage,
      (args) => call('listReleases', args),
    ),
    `${page.items.length} rows of ${hits(page)}`,
  );

  const searches: { key: string; label: string; query: string; sort?: 'relevance' }[] = [
    { key: 'search-common', label: 'search common word', query: 'prokurorluğu' },
    { key: 'search-rare', label: 'search rare word', query: RARE_WORDS[0] },
    { key: 'search-prefix', label: 'search prefix', query: 'prokur*' },
    { key: 'search-phrase', label: 'search phrase', query: '"nümayəndə heyəti"' },
    { key: 'search-folded', label: 'search folded', query: 'ozbekistan' },
    { key: 'search-common-relevance', label: 'search common word, relevance', query: 'prokurorluğu', sort: 'relevance' },
  ];
  for (const { key, label, query, sort } of searches) {
    const args = { query, limit: 50, ...(sort && { sort }) };
    const result = await call('listReleases', args);
    // An empty result would time nothing worth knowing; for the folded query it means folding is broken.
    if (result.items.length === 0) {
      throw new Error(
        `search ${JSON.stringify(query)} found nothing: ${key === 'search-folded' ? 'diacritic folding does not work' : 'the generator or the search is broken'}`,
      );
    }
    const hit = result.items[0].snippet?.find((part) => part.hit)?.text;
    const count = `${hits(result)} hits`;
    record(
      key,
      `${label} ${query}`,
      await measure(
        () => args,
        (a) => call('listReleases', a),
      ),
      hit ? `${count}, first marks "${hit}"` : `${count}, first has no snippet hit`,
    );
  }

  record(
    'get-release',
    'open a release (getRelease)',
    await measure(
      () => ({ id: randomId() }),
      (args) => call('getRelease', args),
    ),
    `random of ${ids.length.toLocaleString('en')} ids`,
  );

  // An edit: one paragraph changed, so the body is re-validated, re-indexed and stored whole.
  const edited = (release: ApiResults['getRelease'], i: number) => {
    const content = [...(release.body.content ?? [])];
    const at = content.findIndex((node) => node.type === 'paragraph');
    const text = content[at].content?.[0]?.text ?? '';
    content[at] = { type: 'paragraph', content: [{ type: 'text', text: `${text} Düzəliş ${i} edilib.` }] };
    return { id: release.id, revision: release.revision, fields: { body: { type: 'doc' as const, content } }, snapshot: 'auto' as const };
  };
  record(
    'save-first',
    'save an edit (saveRelease, auto)',
    await measure(
      async (i) => edited(await call('getRelease', { id: randomId() }), i),
      (args) => call('saveRelease', args),
    ),
    'random releases: first save also writes a snapshot',
  );
  const typed = randomId();
  record(
    'save-repeat',
    'autosave while typing (saveRelease, auto)',
    await measure(
      async (i) => edited(await call('getRelease', { id: typed }), i),
      (args) => call('saveRelease', args),
    ),
    'same release again: no snapshot within 3 min',
  );
  return timings.list;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function report(result: BenchResult, previous: BenchResult | undefined): string {
  const { build, machine } = result;
  const over = result.operations.filter((op) => op.p95Ms > AIM_P95_MS);
  const lines = [
    `Pressdesk library bench: ${result.releases.toLocaleString('en')} releases, ${result.date}`,
    `${machine.cpu} × ${machine.cores}, ${machine.memoryGiB} GiB, Node ${machine.node}, SQLite ${machine.sqlite}, ${machine.platform}`,
    loadLine(machine.cores, machine.load),
    '',
    `build: ${build.seconds} s (generating text ${build.generateSeconds} s, createRelease ${build.createReleaseSeconds} s, ` +
      `${Math.round(result.releases / build.createReleaseSeconds).toLocaleString('en')} releases/s)`,
    `database: ${(build.dbBytes / 2 ** 20).toFixed(1)} MiB (main file + WAL after a checkpoint)`,
  ];
  if (build.createReleaseSecondsPerTenth.length > 0) {
    lines.push(`createRelease s per tenth of the library, in order: ${build.createReleaseSecondsPerTenth.join(' ')}`);
  }
  if (previous) {
    lines.push(
      `previous run: ${previous.date}, ${previous.releases.toLocaleString('en')} releases, build ${previous.build.seconds} s, ` +
        `${(previous.build.dbBytes / 2 ** 20).toFixed(1)} MiB, ${previous.machine.cpu} × ${previous.machine.cores}`,
    );
  }
  const notes = (op: Timing) => (op.p95Ms > AIM_P95_MS ? `OVER AIM; ${op.notes}` : op.notes);
  lines.push('', timingTable(result.operations, previous?.operations, notes), '');
  lines.push(`Aim: every p95 under ${AIM_P95_MS} ms at ${REFERENCE_RELEASES.toLocaleString('en')} releases.`);
  lines.push(over.length === 0 ? 'All operations meet the aim at this size.' : `Over the aim at this size: ${over.map((op) => op.label).join('; ')}.`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

export async function runLibraryBench(argv: string[]): Promise<void> {
  const options = parseLibraryOptions(argv);
  const file = resultFile('library');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressdesk-bench-'));
  const dbPath = path.join(dir, 'library.db');
  const db = openAppDatabase(dbPath);
  try {
    process.stderr.write(`Building ${options.releases.toLocaleString('en')} releases in ${dbPath}\n`);
    const built = buildLibrary(db, options.releases);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = fileSize(dbPath) + fileSize(`${dbPath}-wal`);

    process.stderr.write('Timing operations\n');
    const loadBefore = loadAverage();
    const operations = await runOperations(db, dbPath, built.ids);
    const load = { before: loadBefore, after: loadAverage() };
    const result: BenchResult = {
      benchmark: 'library',
      date: new Date().toISOString(),
      releases: options.releases,
      seed: SEED,
      machine: {
        ...machine(),
        sqlite: db.prepare('SELECT sqlite_version()').pluck().get() as string,
        load,
      },
      build: {
        seconds: built.seconds,
        generateSeconds: built.generateSeconds,
        createReleaseSeconds: built.createReleaseSeconds,
        createReleaseSecondsPerTenth: built.createReleaseSecondsPerTenth,
        dbBytes,
      },
      aimP95Ms: AIM_P95_MS,
      operations,
    };
    const previous = previousResult<BenchResult>(file);
    const comparable = previous?.releases === result.releases ? previous : undefined;
    console.log(`\n${report(result, comparable)}`);
    if (previous && !comparable) {
      console.log(`(not compared with ${file}: it was run with ${previous.releases.toLocaleString('en')} releases)`);
    }
    if (options.releases === REFERENCE_RELEASES) {
      writeResult(file, result);
      console.log(`\nResults written to ${relativePath(file)}`);
    } else {
      console.log(`\nNot written to ${file}: only a ${REFERENCE_RELEASES.toLocaleString('en')}-release run replaces the reference.`);
    }
  } finally {
    db.close();
    if (options.keep) console.log(`Database kept: ${dbPath}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
