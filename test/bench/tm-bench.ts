// The translation-memory suite of `npm run bench`: a memory of 200,000 synthetic Azerbaijani→English
// pairs in a real database file, then fuzzy lookups of segments that are near-duplicates of stored
// sources (one word changed, added or dropped, or one number changed), exact lookups, and pre-filling
// a 40-segment release. Timings are printed and recorded, never asserted.
//
//   node dist/bench.mjs tm [--pairs N]
//
// Only a run at the reference size (200,000) overwrites bench-results/translation-memory.json.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitSentences } from '../../core/translate/segment';
import { openDatabase } from '../../db/open';
import { addUnits, lookup, prefill, type TmPair } from '../../db/translation-memory';
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
import { syntheticRelease } from './synthetic-text';

const REFERENCE_PAIRS = 200_000;
const AIM_P95_MS = 30;
const SEED = 20_260_301;
const BATCH = 5_000;
const RELEASE_SEGMENTS = 40;

// Stand-in English for the targets: each Azerbaijani word always gives the same English word, so the
// targets repeat as real translations of repeated phrases do. Their content is never looked at.
const EN_WORDS = `the of and prosecutor general delegation cooperation meeting republic with international field law
enforcement agencies discussed held visit baku issues mutual interest crime office was criminal investigation legal
assistance memorandum signed countries bilateral relations corruption fight against terrorism drug trafficking human
cybercrime experience exchange noted stressed expressed gratitude further development strengthening training
conference seminar official press service justice ministry court decision case court head deputy department citizens
appeal report results measures program plan agreement protocol parties sides level high successful effective`.split(/\s+/);

function englishFor(word: string): string {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return EN_WORDS[(h >>> 0) % EN_WORDS.length];
}

function targetFor(source: string): string {
  const words = source.split(/\s+/).map((w) => englishFor(w.toLowerCase()));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/**
 * Sentences of synthetic Azerbaijani releases, a third with a number in them (press releases are full
 * of dates, counts and article numbers), each once.
 */
function sourceSentences(count: number): string[] {
  const random = mulberry32(SEED);
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (let release = 0; sentences.length < count; release++) {
    const { fields } = syntheticRelease(SEED, release, count);
    if (fields.language !== 'az') continue;
    for (const block of fields.body.content ?? []) {
      const text = block.content?.[0]?.text ?? '';
      for (const { start, end } of splitSentences(text, 'az')) {
        let sentence = text.slice(start, end);
        if (random() < 1 / 3) {
          const words = sentence.split(' ');
          words.splice(1 + Math.floor(random() * (words.length - 1)), 0, String(1 + Math.floor(random() * 2030)));
          sentence = words.join(' ');
        }
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        sentences.push(sentence);
        if (sentences.length === count) break;
      }
      if (sentences.length === count) break;
    }
  }
  return sentences;
}

type Edit = 'word changed' | 'word added' | 'word dropped' | 'number changed';
const EDITS: Edit[] = ['word changed', 'word added', 'word dropped', 'number changed'];

/** A stored source with one edit: what an officer writes when a release repeats an earlier one. */
function nearDuplicate(source: string, edit: Edit, random: () => number, donor: string): string {
  const words = source.split(' ');
  const at = 1 + Math.floor(random() * (words.length - 2));
  const donorWords = donor.replace(/\.$/, '').split(' ');
  const borrowed = donorWords[Math.floor(random() * donorWords.length)].toLowerCase();
  if (edit === 'word changed') words[at] = borrowed;
  else if (edit === 'word added') words.splice(at, 0, borrowed);
  else if (edit === 'word dropped') words.splice(at, 1);
  else {
    const number = words.findIndex((w) => /^\d+$/.test(w));
    if (number >= 0) words[number] = String(Number(words[number]) + 1);
    else words.splice(at, 0, '17');
  }
  return words.join(' ');
}

interface BenchResult {
  benchmark: 'translation-memory';
  date: string;
  pairs: number;
  seed: number;
  machine: Machine & { sqlite: string; load: { before: number; after: number } };
  build: { seconds: number; generateSeconds: number; dbBytes: number };
  /** Of the near-duplicate lookups, how often the stored source they were made from came first. */
  recall: { lookups: number; foundFirst: number; foundInTop5: number };
  aimP95Ms: number;
  operations: Timing[];
}

function parsePairs(argv: string[]): number {
  let pairs = REFERENCE_PAIRS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--pairs') throw new Error(`unknown option ${argv[i]} (known: --pairs N)`);
    pairs = Number(argv[++i]);
    if (!Number.isInteger(pairs) || pairs < 1_000) throw new Error('--pairs needs a whole number of at least 1000');
  }
  return pairs;
}

export async function runTmBench(argv: string[]): Promise<void> {
  const pairCount = parsePairs(argv);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressdesk-tm-bench-'));
  const dbPath = path.join(dir, 'pressdesk.db');
  try {
    process.stderr.write(`Making ${pairCount.toLocaleString('en')} pairs\n`);
    let started = performance.now();
    const sources = sourceSentences(pairCount);
    const generateSeconds = seconds(performance.now() - started);
    const db = openDatabase(dbPath);
    started = performance.now();
    for (let from = 0; from < sources.length; from += BATCH) {
      const batch: TmPair[] = sources.slice(from, from + BATCH).map((source, i) => ({
        sourceLang: 'az',
        targetLang: 'en',
        source,
        target: targetFor(source),
        origin: `release:${1 + Math.floor((from + i) / RELEASE_SEGMENTS)}`,
      }));
      addUnits(db, batch, 1_700_000_000_000 + from);
      if ((from + BATCH) % 50_000 === 0) process.stderr.write(`  stored ${(from + BATCH).toLocaleString('en')}\n`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const build = { seconds: seconds(performance.now() - started), generateSeconds, dbBytes: statSync(dbPath).size };

    const random = mulberry32(SEED ^ 0x7a11);
    const pick = () => sources[Math.floor(random() * sources.length)];
    const queries = Array.from({ length: 400 }, (_, i) => {
      const original = pick();
      return { original, text: nearDuplicate(original, EDITS[i % EDITS.length], random, pick()) };
    });
    const recall = { lookups: queries.length, foundFirst: 0, foundInTop5: 0 };
    for (const { original, text } of queries) {
      const found = lookup(db, { sourceLang: 'az', targetLang: 'en', text }).map((match) => match.source);
      if (found[0] === original) recall.foundFirst++;
      if (found.includes(original)) recall.foundInTop5++;
    }
    // A release made of stored sentences and new ones, as a follow-up release is.
    const release = Array.from({ length: RELEASE_SEGMENTS }, (_, i) => ({
      id: `${i}:0`,
      text: i % 2 === 0 ? pick() : nearDuplicate(pick(), 'word changed', random, pick()),
    }));

    process.stderr.write('Timing\n');
    const loadBefore = loadAverage();
    const timings = new Timings();
    timings.add(
      'fuzzy-lookup',
      'fuzzy lookup of one segment',
      await measure(
        (i) => queries[i % queries.length].text,
        (text) => lookup(db, { sourceLang: 'az', targetLang: 'en', text }),
      ),
      `near-duplicates of stored sources (${EDITS.join(', ')}); best 5 of score ≥ 60`,
    );
    timings.add(
      'exact-lookup',
      'lookup of a stored segment',
      await measure(
        () => pick(),
        (text) => lookup(db, { sourceLang: 'az', targetLang: 'en', text }),
      ),
      'the exact match, then fuzzy ones to fill the five',
    );
    let filled = 0;
    timings.add(
      'prefill-release',
      `pre-fill a ${RELEASE_SEGMENTS}-segment release`,
      await measure(
        () => release,
        (segments) => (filled = prefill(db, segments, { sourceLang: 'az', targetLang: 'en' }).length),
      ),
      `${filled} of ${RELEASE_SEGMENTS} segments filled by exact matches`,
    );
    const load = { before: loadBefore, after: loadAverage() };
    const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
    db.close();

    const result: BenchResult = {
      benchmark: 'translation-memory',
      date: new Date().toISOString(),
      pairs: pairCount,
      seed: SEED,
      machine: { ...machine(), sqlite, load },
      build,
      recall,
      aimP95Ms: AIM_P95_MS,
      operations: timings.list,
    };
    const file = resultFile('translation-memory');
    const previous = previousResult<BenchResult>(file);
    console.log(`\n${report(result, previous)}`);
    if (pairCount === REFERENCE_PAIRS) {
      writeResult(file, result);
      console.log(`\nResults written to ${relativePath(file)}`);
    } else {
      console.log(`\n(not written: only a run at ${REFERENCE_PAIRS.toLocaleString('en')} pairs replaces ${relativePath(file)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(result: BenchResult, previous: BenchResult | undefined): string {
  const { machine: m, build, recall } = result;
  const notes = (op: Timing) => (op.p95Ms > AIM_P95_MS ? `OVER AIM; ${op.notes}` : op.notes);
  const over = result.operations.filter((op) => op.p95Ms > AIM_P95_MS);
  const lines = [
    `Pressdesk translation-memory bench: ${result.pairs.toLocaleString('en')} pairs, ${result.date}`,
    `${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, SQLite ${m.sqlite}, ${m.platform}`,
    loadLine(m.cores, m.load),
    `memory built in ${build.seconds} s (text made in ${build.generateSeconds} s), database ${(build.dbBytes / 2 ** 20).toFixed(1)} MiB`,
  ];
  if (previous) lines.push(`previous run: ${previous.date}, ${previous.pairs.toLocaleString('en')} pairs, ${previous.machine.cpu} × ${previous.machine.cores}`);
  lines.push(
    '',
    timingTable(result.operations, previous?.operations, notes),
    '',
    `near-duplicate lookups: the stored source they were made from came first in ${recall.foundFirst} of ${recall.lookups}, ` +
      `among the five in ${recall.foundInTop5}`,
    `Aim: under ${AIM_P95_MS} ms (p95).`,
    over.length === 0 ? 'All rows meet the aim.' : `Over the aim: ${over.map((op) => op.label).join('; ')}.`,
  );
  return lines.join('\n');
}
