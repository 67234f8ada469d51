// `node dist/bench.mjs typing [--sizes 300,5000,20000] [--chars 300] [--runs 1] [--delay 30]`
//
// Typing into the real renderer in Chromium, served by the real browser-mode host on a temp
// database, with autosave on: keystroke to next paint per key from the Event Timing API (entries
// over 16 ms: the browser reports nothing faster, so those keys count as "under 16"), the long
// tasks while typing, and the bytes each autosave sent. The app is built first.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { ApiArgs, ApiResults, CallName, DocNode, Envelope } from '../../core/api';
import { loadAverage, loadLine, machine, previousResult, relativePath, resultFile, round2, table, writeResult } from './measure';
import { richRelease } from './rich-release';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FRAME_MS = 16;
const LONG_TASK_MS = 50;
// Azerbaijani as an officer types it, spaces and letters with diacritics included.
const TYPED = 'Baş prokuror qonaqları qəbul edib, əməkdaşlığın genişləndirilməsi müzakirə olunub. ';

interface Options {
  sizes: number[];
  chars: number;
  runs: number;
  delayMs: number;
}

interface SizeResult {
  words: number;
  keys: number;
  /** Keystroke to next paint: keys the browser reported no entry for are under 16 ms and counted as 16. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  keysOver16: number;
  keysOver50: number;
  longTasks: number;
  maxLongTaskMs: number;
  saves: number;
  savedBytesMax: number;
  savedBytesTotal: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [300, 5_000, 20_000], chars: 300, runs: 1, delayMs: 30 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--sizes') options.sizes = value.split(',').map(Number);
    else if (flag === '--chars') options.chars = Number(value);
    else if (flag === '--runs') options.runs = Number(value);
    else if (flag === '--delay') options.delayMs = Number(value);
    else throw new Error(`unknown option ${flag} (typing takes --sizes, --chars, --runs, --delay)`);
  }
  if (options.sizes.some((n) => !(n > 0)) || !(options.chars > 0) || !(options.runs > 0)) throw new Error('sizes, chars and runs must be positive');
  return options;
}

/** `pressdesk serve` on `dbPath`; resolves with the private launch page it prints. */
function startHost(dbPath: string): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/pressdesk.mjs'), 'serve', '--db', dbPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host printed no address:\n${output}`)), 20_000);
    child.on('exit', (code) => reject(new Error(`the host exited (${code}):\n${output}`)));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open this page in a browser[^:]*: (file:\/\/\S+)/.exec(output) ?? /(http:\/\/127\.0\.0\.1:\d+\/#key=\w+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, launchUrl: match[1] });
      }
    });
  });
}

/** One API call from the page itself, so the host's key, Host and Origin checks pass as for the app. */
async function apiCall<K extends CallName>(page: Page, name: K, args: ApiArgs<K>): Promise<ApiResults[K]> {
  const envelope: Envelope<ApiResults[K]> = await page.evaluate(
    async ([callName, callArgs]) => {
      const response = await fetch(`/api/${callName}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-key': sessionStorage.getItem('pressdesk.key') ?? '' },
        body: JSON.stringify(callArgs),
      });
      return response.json();
    },
    [name, args] as const,
  );
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

/** Starts the observers in the page: Event Timing entries per interaction, and long tasks. */
async function observe(page: Page): Promise<void> {
  await page.evaluate(
    ([threshold]) => {
      const record: { events: Map<number, number>; longTasks: number[] } = { events: new Map(), longTasks: [] };
      (window as unknown as { __typing: typeof record }).__typing = record;
      new PerformanceObserver((list) => {
        // interactionId groups a key's keydown, keypress, input and keyup.
        for (const entry of list.getEntries() as Array<PerformanceEntry & { interactionId?: number }>) {
          if (!entry.interactionId) continue;
          record.events.set(entry.interactionId, Math.max(record.events.get(entry.interactionId) ?? 0, entry.duration));
        }
      }).observe({ type: 'event', durationThreshold: threshold, buffered: false } as PerformanceObserverInit);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    },
    [FRAME_MS] as const,
  );
}

async function collected(page: Page): Promise<{ durations: number[]; longTasks: number[] }> {
  return page.evaluate(() => {
    const record = (window as unknown as { __typing: { events: Map<number, number>; longTasks: number[] } }).__typing;
    return { durations: [...record.events.values()], longTasks: record.longTasks };
  });
}

function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function typeInto(page: Page, releaseId: number, options: Options): Promise<{ durations: number[]; longTasks: number[]; saves: number[] }> {
  await page.reload();
  await page.locator(`[data-testid="library-item"][data-id="${releaseId}"] .row-main`).click();
  const paragraphs = page.locator('[data-testid="editor-body"] .ProseMirror > p');
  await paragraphs.first().waitFor();
  // The middle of the text: everything after the cursor moves as the officer types.
  const count = await paragraphs.count();
  await paragraphs.nth(Math.floor(count / 2)).click();
  await page.keyboard.press('End');
  // Opening the release is not typing: wait for its first autosave-free quiet moment.
  await page.waitForTimeout(2_500);
  const saves: number[] = [];
  const onRequest = (request: { url(): string; postData(): string | null }) => {
    if (/\/api\/saveRelease(Changes)?$/.test(request.url())) saves.push(Buffer.byteLength(request.postData() ?? ''));
  };
  page.on('request', onRequest);
  await observe(page);
  const text = TYPED.repeat(Math.ceil(options.chars / TYPED.length)).slice(0, options.chars);
  await page.keyboard.type(text, { delay: options.delayMs });
  // The last autosave lands, and the observers deliver their last entries.
  await page.waitForTimeout(1_500);
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 20_000 });
  page.off('request', onRequest);
  return { ...(await collected(page)), saves };
}

export async function runTypingBench(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  process.stderr.write('typing: building the app…\n');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');

  const dir = mkdtempSync(join(tmpdir(), 'pressdesk-typing-'));
  const { child, launchUrl } = await startHost(join(dir, 'typing.db'));
  const browser = await chromium.launch({ executablePath: process.env.PRESSDESK_E2E_BROWSER ?? '/usr/bin/chromium', headless: true });
  const load = { before: loadAverage(), after: 0 };
  const results: SizeResult[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 880 } })).newPage();
    await page.goto(launchUrl);
    await page.waitForURL((url) => url.protocol === 'http:');
    await page.waitForFunction(() => !!sessionStorage.getItem('pressdesk.key'));
    for (const words of options.sizes) {
      const rich = richRelease(5, words, words);
      const release = await apiCall(page, 'createRelease', { title: `${words} söz`, body: rich.body as DocNode });
      const durations: number[] = [];
      const longTasks: number[] = [];
      const saves: number[] = [];
      for (let run = 0; run < options.runs; run++) {
        process.stderr.write(`  ${rich.words} words, run ${run + 1}: typing ${options.chars} characters…\n`);
        const measured = await typeInto(page, release.id, options);
        durations.push(...measured.durations);
        longTasks.push(...measured.longTasks);
        saves.push(...measured.saves);
      }
      const keys = options.chars * options.runs;
      // Keys with no entry took under 16 ms: counted at the threshold, an upper bound.
      const all = [...durations, ...Array.from({ length: Math.max(0, keys - durations.length) }, () => FRAME_MS)].sort((a, b) => a - b);
      results.push({
        words: rich.words,
        keys,
        p50Ms: round2(percentileOf(all, 50)),
        p95Ms: round2(percentileOf(all, 95)),
        maxMs: round2(all[all.length - 1] ?? 0),
        keysOver16: durations.filter((d) => d > FRAME_MS).length,
        keysOver50: durations.filter((d) => d > LONG_TASK_MS).length,
        longTasks: longTasks.length,
        maxLongTaskMs: round2(Math.max(0, ...longTasks)),
        saves: saves.length,
        savedBytesMax: Math.max(0, ...saves),
        savedBytesTotal: saves.reduce((sum, bytes) => sum + bytes, 0),
      });
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  load.after = loadAverage();

  const file = resultFile('typing');
  const previous = previousResult<{ sizes: SizeResult[] }>(file);
  const before = new Map(previous?.sizes.map((size) => [size.words, size]));
  const shown = (ms: number) => (ms <= FRAME_MS ? `≤${FRAME_MS}` : ms.toFixed(1));
  const rows = results.map((r) => {
    const old = before.get(r.words);
    return [
      `${r.words} words`,
      shown(r.p50Ms),
      shown(r.p95Ms),
      shown(r.maxMs),
      `${r.keysOver16}/${r.keys}`,
      String(r.keysOver50),
      `${r.longTasks} (max ${r.maxLongTaskMs.toFixed(0)})`,
      `${r.saves} × ≤${(r.savedBytesMax / 1024).toFixed(1)} KB`,
      old ? `${shown(old.p95Ms)}` : '-',
    ];
  });
  console.log(
    `typing: ${options.chars} characters into the middle of a release, ${options.delayMs} ms apart, autosave on, ${options.runs} run(s); keystroke to next paint (Event Timing)`,
  );
  console.log(table([['release', 'p50 ms', 'p95 ms', 'max ms', 'keys >16 ms', 'keys >50 ms', 'long tasks', 'autosaves', 'prev p95'], ...rows]));
  const m = machine();
  console.log(loadLine(m.cores, load));
  writeResult(file, { suite: 'typing', at: new Date().toISOString(), machine: m, load, options, sizes: results });
  console.log(`written to ${relativePath(file)}`);
}
