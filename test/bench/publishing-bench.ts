// The publishing suite of `npm run bench`: importing a folder of text files and of DOCX files into a
// fresh library, and exporting one long release to HTML and DOCX, with pandoc converting the same
// release's HTML to DOCX in the same run for scale. Timings are printed and recorded, never asserted.
//
//   node dist/bench.mjs publishing
//
// Every run replaces bench-results/publishing.json: nothing in it depends on an option.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Entity, ExportFormat, ImportOutcome, Release } from '../../core/api';
import { exportHtml } from '../../core/export/html';
import type { ExportInput } from '../../core/export/input';
import { activeEntities } from '../../db/entities';
import type { Db } from '../../db/open';
import { createRelease } from '../../db/releases';
import { openAppDatabase } from '../../host/app-db';
import { exportInput, renderExport } from '../../host/export-file';
import { importFile } from '../../host/import-file';
import { TEST_SETTINGS } from '../helpers/export-fixtures';
import { findTool, hasTool } from '../helpers/tools';
import {
  loadAverage,
  loadLine,
  machine,
  measure,
  previousResult,
  relativePath,
  resultFile,
  round2,
  seconds,
  summarise,
  timingTable,
  Timings,
  writeResult,
  type Machine,
  type MeasureOptions,
  type Timing,
} from './measure';
import { richMarkdown, richRelease, type RichRelease } from './rich-release';
import { syntheticRelease } from './synthetic-text';

const SEED = 20_240_501;
const TEXT_FILES = 1_000;
const DOCX_FILES = 100;
const DOCX_WORDS = 600;
const RELEASE_WORDS = 2_000;
/** The batch comparison: pandoc's start-up spread over this many copies of the release. */
const BATCH_COPIES = 10;
// Exports take tens of milliseconds and a pandoc spawn hundreds: smaller budgets than the library's
// keep the suite to a minute or two, with enough samples for a p95.
const EXPORT_RUNS: Partial<MeasureOptions> = { iterations: 100, budgetMs: 10_000 };
const SPAWN_RUNS: Partial<MeasureOptions> = { warmup: 3, iterations: 40, minSamples: 20, budgetMs: 10_000 };
const BATCH_RUNS: Partial<MeasureOptions> = { warmup: 1, minWarmup: 1, iterations: 10, minSamples: 5, budgetMs: 10_000 };
// pandoc takes seconds on the batch and has no JIT to warm: three runs, none thrown away.
const PANDOC_BATCH_RUNS: Partial<MeasureOptions> = { warmup: 0, iterations: 3, minSamples: 3 };
/** Copied with the page from the news site; the importer drops it. */
const SITE_LINE = 'You must enable Javascript on your browser for the site to work optimally and display sections completely.';
const NO_PANDOC = 'pandoc not installed';

interface ImportTotal {
  files: number;
  seconds: number;
}

interface BenchResult {
  benchmark: 'publishing';
  date: string;
  seed: number;
  machine: Machine & { pandoc: string | null; load: { before: number; after: number } };
  inputs: { textFiles: number; docxFiles: number; docxWords: number; releaseWords: number; batchCopies: number; makeDocxSeconds: number | null };
  imports: { text: ImportTotal; docx: ImportTotal | null };
  /** Rows with n 0 were not measured (the notes say why). */
  operations: Timing[];
  /** Our DOCX export's p50 over pandoc's HTML→DOCX p50 on the same release: under 1 is faster than pandoc. */
  ratios: { docxVsPandoc: number | null; docxVsPandocBatch: number | null };
}

// ---------------------------------------------------------------------------------------------
// Inputs (made before timing)

/** Breaks a long word of one paragraph across two lines at a hyphen, as text copied from a narrow column has it. */
function breakAWord(paragraph: string, random: number): string {
  const words = paragraph.split(' ');
  const long = words.flatMap((word, i) => (word.length >= 9 && /^\p{Ll}+$/u.test(word) ? [i] : []));
  if (long.length === 0) return paragraph;
  const at = long[Math.floor(random * long.length)];
  const word = words[at];
  const cut = Math.floor(word.length / 2);
  words[at] = `${word.slice(0, cut)}-\n${word.slice(cut)}`;
  return words.join(' ');
}

/** A release as it comes copied from the news site: a `date YYYY-MM` line with the headline, paragraphs, the site's chrome. */
function newsSiteText(index: number): string {
  const { fields } = syntheticRelease(SEED, index, TEXT_FILES);
  const month = (fields.releaseDate ?? '2024-05-15').slice(0, 7);
  const paragraphs = (fields.body.content ?? []).map((node) => node.content![0].text!);
  if (index % 4 === 0) {
    const at = index % paragraphs.length;
    paragraphs[at] = breakAWord(paragraphs[at], (index % 97) / 97);
  }
  return [` date ${month} ${fields.title}.`, ...paragraphs, SITE_LINE].join('\n\n') + '\n';
}

function writeTextFiles(dir: string): string[] {
  return Array.from({ length: TEXT_FILES }, (_, i) => {
    const file = path.join(dir, `news-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, newsSiteText(i));
    return file;
  });
}

const run = promisify(execFile);
// Found where its installer put it (not only on the PATH), as the tests find it.
const PANDOC = findTool('pandoc') ?? 'pandoc';

/** DOCX files as Word users send them, made by pandoc from Markdown, two at a time for the two cores. */
async function writeDocxFiles(dir: string): Promise<{ files: string[]; seconds: number }> {
  const started = performance.now();
  const files: string[] = [];
  const make = async (i: number) => {
    const base = path.join(dir, `word-${String(i).padStart(3, '0')}`);
    writeFileSync(`${base}.md`, richMarkdown(richRelease(SEED, 1_000 + i * 50, DOCX_WORDS)));
    await run(PANDOC, ['-f', 'markdown', '-t', 'docx', '-o', `${base}.docx`, `${base}.md`]);
    files[i] = `${base}.docx`;
  };
  for (let i = 0; i < DOCX_FILES; i += 2) await Promise.all([make(i), i + 1 < DOCX_FILES ? make(i + 1) : undefined]);
  return { files, seconds: seconds(performance.now() - started) };
}

// ---------------------------------------------------------------------------------------------
// Importing

interface Imported {
  timing: ReturnType<typeof summarise>;
  total: ImportTotal;
  changes: Map<string, number>;
}

/** Each file read (untimed), then imported as the app does; anything but "imported" means the bench is broken. */
async function importAll(db: Db, files: string[]): Promise<Imported> {
  const samples: number[] = [];
  const changes = new Map<string, number>();
  for (const file of files) {
    const bytes = readFileSync(file);
    const start = performance.now();
    const outcome: ImportOutcome = await importFile(db, path.basename(file), bytes, false);
    samples.push(performance.now() - start);
    if (outcome.status !== 'imported') throw new Error(`${outcome.fileName} was not imported: ${JSON.stringify(outcome)}`);
    for (const change of outcome.changes) changes.set(change.kind, (changes.get(change.kind) ?? 0) + 1);
  }
  const total = { files: files.length, seconds: seconds(samples.reduce((a, b) => a + b, 0)) };
  return { timing: summarise(samples), total, changes };
}

// ---------------------------------------------------------------------------------------------
// Exporting

function withBody(input: ExportInput, copies: number): ExportInput {
  const content = Array.from({ length: copies }, () => input.release.body.content ?? []).flat();
  return { ...input, release: { ...input.release, body: { type: 'doc', content } } };
}

function noPdf(): Promise<Uint8Array> {
  throw new Error('the publishing bench exports no PDF');
}

function pandocVersion(): string | null {
  if (!hasTool('pandoc')) return null;
  return execFileSync(PANDOC, ['--version'], { encoding: 'utf8' })
    .split('\n')[0]
    .replace(/^pandoc\s+/, '');
}

function pandocToDocx(html: string, docx: string): void {
  execFileSync(PANDOC, ['-f', 'html', '-t', 'docx', '-o', docx, html], { stdio: 'ignore' });
  if (statSync(docx).size === 0) throw new Error(`pandoc wrote an empty ${docx}`);
}

function theRelease(db: Db, rich: RichRelease): Release {
  const lead = rich.body.content!.find((node) => node.type === 'paragraph')!;
  return createRelease(db, {
    title: rich.title,
    lead: lead.content!.map((node) => node.text).join(''),
    dateline: 'Bakı',
    releaseDate: '2024-05-15',
    language: 'az',
    status: 'published',
    body: rich.body,
  });
}

// ---------------------------------------------------------------------------------------------

export async function runPublishingBench(argv: string[]): Promise<void> {
  if (argv.length > 0) throw new Error(`the publishing suite takes no options (got ${argv.join(' ')})`);
  const file = resultFile('publishing');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressdesk-bench-publishing-'));
  try {
    const pandoc = pandocVersion();
    process.stderr.write(`Making ${TEXT_FILES.toLocaleString('en')} text files${pandoc ? ` and ${DOCX_FILES} DOCX files` : ''} in ${dir}\n`);
    const textFiles = writeTextFiles(dir);
    const docx = pandoc ? await writeDocxFiles(dir) : null;
    const db = openAppDatabase(path.join(dir, 'library.db'));
    try {
      process.stderr.write('Timing\n');
      const loadBefore = loadAverage();
      const timings = new Timings();
      const notMeasured = (key: string, label: string) => timings.add(key, label, { p50Ms: 0, p95Ms: 0, n: 0 }, NO_PANDOC);

      const text = await importAll(db, textFiles);
      const changed = (kind: string) => (text.changes.get(kind) ?? 0).toLocaleString('en');
      timings.add(
        'import-text',
        `import ${TEXT_FILES.toLocaleString('en')} text files, per file`,
        text.timing,
        `total ${text.total.seconds} s; ${changed('hyphen-join')} hyphens joined, ${changed('boilerplate')} site lines dropped`,
      );
      const docxImport = docx ? await importAll(db, docx.files) : null;
      if (docxImport) {
        timings.add(
          'import-docx',
          `import ${DOCX_FILES} DOCX files, per file`,
          docxImport.timing,
          `total ${docxImport.total.seconds} s; ~${DOCX_WORDS} words each`,
        );
      } else notMeasured('import-docx', `import ${DOCX_FILES} DOCX files, per file`);

      const rich = richRelease(SEED, 0, RELEASE_WORDS);
      const release = theRelease(db, rich);
      const tags: Entity[] = activeEntities(db)
        .filter((entity) => entity.kind === 'country' || entity.kind === 'organization')
        .slice(0, 4);
      const input = exportInput(release, TEST_SETTINGS, tags);
      const words = `${rich.words.toLocaleString('en')} words, ${tags.length} tags, with a logo`;
      const ours = (key: string, label: string, format: ExportFormat, exported: ExportInput, options: Partial<MeasureOptions>, notes: string) =>
        measure(
          () => exported,
          (a) => renderExport(a, format, noPdf),
          options,
        ).then((result) => timings.add(key, label, result, notes));
      await ours('export-html', 'export to HTML', 'html', input, EXPORT_RUNS, words);
      await ours('export-docx', 'export to DOCX', 'docx', input, EXPORT_RUNS, words);

      const batch = withBody(input, BATCH_COPIES);
      const batchWords = `${(rich.words * BATCH_COPIES).toLocaleString('en')} words (the body ${BATCH_COPIES}×)`;
      await ours(`export-docx-${BATCH_COPIES}x`, `export to DOCX, ${BATCH_COPIES}× the content`, 'docx', batch, BATCH_RUNS, batchWords);

      if (pandoc) {
        const html = path.join(dir, 'release.html');
        const batchHtml = path.join(dir, 'release-batch.html');
        writeFileSync(html, exportHtml(input));
        writeFileSync(batchHtml, exportHtml(batch));
        const out = path.join(dir, 'pandoc.docx');
        const spawn = (args: string[]) => () => execFileSync(PANDOC, args, { stdio: 'ignore' });
        timings.add(
          'pandoc-version',
          'pandoc --version (start-up floor)',
          await measure(() => null, spawn(['--version']), SPAWN_RUNS),
          'one process spawn, no conversion',
        );
        timings.add(
          'pandoc-html-docx',
          'pandoc HTML→DOCX, same release',
          await measure(
            () => null,
            () => pandocToDocx(html, out),
            SPAWN_RUNS,
          ),
          `our HTML export of the release; one spawn per run`,
        );
        timings.add(
          `pandoc-html-docx-${BATCH_COPIES}x`,
          `pandoc HTML→DOCX, ${BATCH_COPIES}× the content`,
          await measure(
            () => null,
            () => pandocToDocx(batchHtml, out),
            PANDOC_BATCH_RUNS,
          ),
          `${batchWords}; start-up spread over it`,
        );
      } else {
        notMeasured('pandoc-version', 'pandoc --version (start-up floor)');
        notMeasured('pandoc-html-docx', 'pandoc HTML→DOCX, same release');
        notMeasured(`pandoc-html-docx-${BATCH_COPIES}x`, `pandoc HTML→DOCX, ${BATCH_COPIES}× the content`);
      }
      const load = { before: loadBefore, after: loadAverage() };

      const p50 = (key: string) => timings.list.find((op) => op.key === key)!;
      const ratio = (ourKey: string, theirKey: string) => {
        const theirs = p50(theirKey);
        return theirs.n > 0 ? round2(p50(ourKey).p50Ms / theirs.p50Ms) : null;
      };
      const result: BenchResult = {
        benchmark: 'publishing',
        date: new Date().toISOString(),
        seed: SEED,
        machine: { ...machine(), pandoc, load },
        inputs: {
          textFiles: TEXT_FILES,
          docxFiles: docx ? DOCX_FILES : 0,
          docxWords: DOCX_WORDS,
          releaseWords: rich.words,
          batchCopies: BATCH_COPIES,
          makeDocxSeconds: docx?.seconds ?? null,
        },
        imports: { text: text.total, docx: docxImport?.total ?? null },
        operations: timings.list,
        ratios: {
          docxVsPandoc: ratio('export-docx', 'pandoc-html-docx'),
          docxVsPandocBatch: ratio(`export-docx-${BATCH_COPIES}x`, `pandoc-html-docx-${BATCH_COPIES}x`),
        },
      };
      const previous = previousResult<BenchResult>(file);
      console.log(`\n${report(result, previous)}`);
      writeResult(file, result);
      console.log(`\nResults written to ${relativePath(file)}`);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

function ratioText(value: number | null, previous: number | null | undefined): string {
  if (value === null) return NO_PANDOC;
  const was = previous === undefined ? '' : ` (previous run ${previous?.toFixed(2) ?? '-'})`;
  return `${value.toFixed(2)}${was}: ${value < 1 ? `ours is ${(1 / value).toFixed(1)}× as fast` : `pandoc is ${value.toFixed(1)}× as fast`}`;
}

function report(result: BenchResult, previous: BenchResult | undefined): string {
  const { machine: m, inputs } = result;
  const lines = [
    `Pressdesk publishing bench: ${result.date}`,
    `${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, pandoc ${m.pandoc ?? 'not installed'}, ${m.platform}`,
    loadLine(m.cores, m.load),
    '',
    `inputs: ${inputs.textFiles.toLocaleString('en')} news-site text files; ` +
      (inputs.makeDocxSeconds === null
        ? `no DOCX files (${NO_PANDOC})`
        : `${inputs.docxFiles} DOCX files of ~${inputs.docxWords} words made by pandoc from Markdown (${inputs.makeDocxSeconds} s, not timed)`) +
      `; a ${inputs.releaseWords.toLocaleString('en')}-word release with headings, lists, marks, links and a table`,
  ];
  if (previous)
    lines.push(`previous run: ${previous.date}, ${previous.machine.cpu} × ${previous.machine.cores}, pandoc ${previous.machine.pandoc ?? 'not installed'}`);
  lines.push('', timingTable(result.operations, previous?.operations), '');
  const imports = result.imports;
  const was = (before: ImportTotal | null | undefined) => (before ? ` (previous run ${before.seconds} s)` : '');
  lines.push(
    `import totals: ${imports.text.files.toLocaleString('en')} text files in ${imports.text.seconds} s${was(previous?.imports.text)}; ` +
      (imports.docx ? `${imports.docx.files} DOCX files in ${imports.docx.seconds} s${was(previous?.imports.docx)}` : `DOCX: ${NO_PANDOC}`),
    `DOCX export ÷ pandoc HTML→DOCX (p50 over p50, same release, one pandoc spawn each): ${ratioText(result.ratios.docxVsPandoc, previous?.ratios.docxVsPandoc)}`,
    `the same at ${inputs.batchCopies}× the content (pandoc's start-up spread over it): ` +
      ratioText(result.ratios.docxVsPandocBatch, previous?.inputs.batchCopies === inputs.batchCopies ? previous.ratios.docxVsPandocBatch : undefined),
    'Aim: faster than pandoc (ratios under 1).',
    'Notes: pandoc is timed as an officer would pay for it, a process spawn per conversion; its --version spawn is the',
    `start-up floor inside that, and the ${inputs.batchCopies}× rows compare conversion work with the start-up spread thin. Our HTML export has`,
    'no pandoc counterpart here (pandoc starts from that HTML), so only DOCX is compared. Imports are timed file by file from',
    'the first, JIT warm-up included, as a real import of a folder runs.',
  );
  return lines.join('\n');
}
