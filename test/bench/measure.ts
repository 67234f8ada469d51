// What every bench suite shares: the timing loop, percentiles, the machine the numbers came from,
// the printed table with the previous run beside the new one, and the JSON kept in bench-results/.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  minWarmup: number;
  warmupBudgetMs: number;
  minSamples: number;
  budgetMs: number;
}

const DEFAULTS: MeasureOptions = {
  warmup: 20,
  iterations: 200,
  minWarmup: 3,
  warmupBudgetMs: 3_000,
  minSamples: 40,
  budgetMs: 30_000,
};

export interface Measured {
  p50Ms: number;
  p95Ms: number;
  n: number;
}

/** n 0: not measured (a tool is missing); the notes say why and the table shows dashes. */
export interface Timing extends Measured {
  key: string;
  label: string;
  notes: string;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function seconds(ms: number): number {
  return Math.round(ms / 10) / 100;
}

/** p50/p95 of samples already taken (e.g. one per imported file). */
export function summarise(samples: number[]): Measured {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: round2(percentile(sorted, 50)), p95Ms: round2(percentile(sorted, 95)), n: sorted.length };
}

/**
 * Times `run` `iterations` times after `warmup` untimed runs; `prepare` (untimed) makes each argument.
 * An operation slow enough to blow the time budget stops early (the n column says so), so a slow
 * operation cannot turn the bench into a half-hour wait; `minSamples` still keep its p95 meaningful.
 */
export async function measure<A>(prepare: (i: number) => A | Promise<A>, run: (arg: A) => unknown, options: Partial<MeasureOptions> = {}): Promise<Measured> {
  const { warmup, iterations, minWarmup, warmupBudgetMs, minSamples, budgetMs } = { ...DEFAULTS, ...options };
  const samples: number[] = [];
  const started = performance.now();
  let warm = 0;
  for (let i = 0; samples.length < iterations; i++) {
    const arg = await prepare(i);
    const start = performance.now();
    await run(arg);
    const elapsed = performance.now() - start;
    const spent = performance.now() - started;
    if (warm < warmup && (warm < minWarmup || spent < warmupBudgetMs)) warm++;
    else if (samples.push(elapsed) >= minSamples && spent > budgetMs) break;
  }
  return summarise(samples);
}

/** Collects timings, printing each to stderr as it comes so a long run shows progress. */
export class Timings {
  readonly list: Timing[] = [];

  add(key: string, label: string, result: Measured, notes: string): void {
    this.list.push({ key, label, ...result, notes });
    const line = result.n > 0 ? `p50 ${result.p50Ms.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms` : notes;
    process.stderr.write(`  ${label}: ${line}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface Machine {
  node: string;
  platform: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
}

/** The 1-minute load average: on a shared machine, the numbers are read with it. */
export function loadAverage(): number {
  return round2(os.loadavg()[0]);
}

export function loadLine(cores: number, load: { before: number; after: number }): string {
  return (
    `load average while timing: ${load.before} before, ${load.after} after` +
    (Math.max(load.before, load.after) > cores ? ' (busy machine: timings are inflated)' : '')
  );
}

// ---------------------------------------------------------------------------------------------
// Printing

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c > 0 && c < r.length - 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join(' | ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

function ms(op: Timing | undefined, value: 'p50Ms' | 'p95Ms'): string {
  return op && op.n > 0 ? op[value].toFixed(2) : '-';
}

/** The timings as a table, with the previous run's p50/p95 beside them when there is one. */
export function timingTable(timings: Timing[], previous: Timing[] | undefined, notes: (op: Timing) => string = (op) => op.notes): string {
  const before = previous && new Map(previous.map((op) => [op.key, op]));
  const header = ['operation', 'p50 ms', 'p95 ms', 'n'];
  if (before) header.push('prev p50', 'prev p95');
  header.push('notes');
  const rows = timings.map((op) => {
    const old = before?.get(op.key);
    const row = [op.label, ms(op, 'p50Ms'), ms(op, 'p95Ms'), String(op.n)];
    if (before) row.push(ms(old, 'p50Ms'), ms(old, 'p95Ms'));
    row.push(notes(op));
    return row;
  });
  return table([header, ...rows]);
}

// ---------------------------------------------------------------------------------------------
// Results on disk

/** bench-results/<name>.json of the repository; the suites run bundled as dist/bench.mjs, one folder down. */
export function resultFile(name: string): string {
  return path.join(fileURLToPath(new URL('..', import.meta.url)), 'bench-results', `${name}.json`);
}

export function previousResult<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    process.stderr.write(`(ignoring unreadable ${file}: ${(error as Error).message})\n`);
    return undefined;
  }
}

/** Written to a temp file and renamed, so an interrupted run never leaves half a reference behind. */
export function writeResult(file: string, result: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(temp, file);
}

export function relativePath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
