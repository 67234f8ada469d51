// The tagging suite of `npm run bench`: suggesting tags for one long release, and tagging a whole
// library again after an officer edits the registry (a new array, so the matcher's index is built
// again once). Timings are printed and recorded, never asserted.
//
//   node dist/bench.mjs tagging
//
// Every run replaces bench-results/tagging.json: nothing in it depends on an option.
import type { Language } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import type { RegistryEntry } from '../../core/registry/types';
import { tagText } from '../../core/tagging/tag-text';
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
  type Timing,
} from './measure';
import { richRelease } from './rich-release';
import { syntheticRelease } from './synthetic-text';

const SEED = 20_240_601;
const RELEASE_WORDS = 2_000;
const LIBRARY = 10_000;
const AIM_MS = 10;
/** The officer's edit: one body the shipped list lacks. */
const ADDED: RegistryEntry = {
  key: 'org:bench-caspian-network',
  kind: 'organization',
  names: { az: 'Xəzər Prokurorları Şəbəkəsi', en: 'Caspian Prosecutors Network', ru: 'Каспийская сеть прокуроров' },
};

interface BenchResult {
  benchmark: 'tagging';
  date: string;
  seed: number;
  machine: Machine & { load: { before: number; after: number } };
  registryEntries: number;
  releaseWords: number;
  retag: { releases: number; seconds: number; meanMs: number; firstMs: number };
  aimMs: number;
  operations: Timing[];
}

interface Text {
  text: string;
  language: Language;
}

function libraryTexts(): Text[] {
  return Array.from({ length: LIBRARY }, (_, i) => {
    const { fields } = syntheticRelease(SEED, i, LIBRARY);
    return { text: [fields.title, fields.lead, docToText(fields.body)].join('\n\n'), language: fields.language };
  });
}

function tagCount(text: string, registry: RegistryEntry[], language: Language): number {
  return tagText(text, registry, { language }).entities.length;
}

export async function runTaggingBench(argv: string[]): Promise<void> {
  if (argv.length > 0) throw new Error(`the tagging suite takes no options (got ${argv.join(' ')})`);
  const file = resultFile('tagging');
  const registry = [...SHIPPED_REGISTRY];
  if (registry.some((entry) => entry.key === ADDED.key)) throw new Error(`the registry already has ${ADDED.key}: pick another key for the edit`);

  process.stderr.write(`Making a ${RELEASE_WORDS.toLocaleString('en')}-word release and ${LIBRARY.toLocaleString('en')} library texts\n`);
  const rich = richRelease(SEED, 0, RELEASE_WORDS);
  const release = [rich.title, docToText(rich.body)].join('\n\n');
  const texts = libraryTexts();

  process.stderr.write('Timing\n');
  const loadBefore = loadAverage();
  const timings = new Timings();
  timings.add(
    'tag-release',
    `tag a ${RELEASE_WORDS.toLocaleString('en')}-word release`,
    await measure(
      () => release,
      (text) => tagText(text, registry, { language: 'az' }),
    ),
    `${rich.words.toLocaleString('en')} words, ${tagCount(release, registry, 'az')} entities found`,
  );

  // A new array each run, as every registry edit gives: the index is built again before the text is read.
  const short = texts[0];
  timings.add(
    'first-after-edit',
    'first release tagged after a registry edit',
    await measure(
      () => [...registry, ADDED],
      (edited) => tagText(short.text, edited, { language: short.language }),
    ),
    `index of ${registry.length + 1} entries rebuilt, then one ${short.text.split(/\s+/).length}-word release`,
  );

  const edited = [...registry, ADDED];
  const samples: number[] = [];
  let found = 0;
  for (const { text, language } of texts) {
    const start = performance.now();
    const { entities } = tagText(text, edited, { language });
    samples.push(performance.now() - start);
    found += entities.length;
  }
  const totalMs = samples.reduce((a, b) => a + b, 0);
  const retag = { releases: LIBRARY, seconds: seconds(totalMs), meanMs: round2(totalMs / LIBRARY), firstMs: round2(samples[0]) };
  timings.add(
    'retag-library',
    `re-tag ${LIBRARY.toLocaleString('en')} releases after an edit, per release`,
    summarise(samples),
    `total ${retag.seconds} s, mean ${retag.meanMs} ms, first ${retag.firstMs} ms (index rebuilt); ${found.toLocaleString('en')} entities`,
  );
  const load = { before: loadBefore, after: loadAverage() };

  const result: BenchResult = {
    benchmark: 'tagging',
    date: new Date().toISOString(),
    seed: SEED,
    machine: { ...machine(), load },
    registryEntries: registry.length,
    releaseWords: rich.words,
    retag,
    aimMs: AIM_MS,
    operations: timings.list,
  };
  const previous = previousResult<BenchResult>(file);
  console.log(`\n${report(result, previous)}`);
  writeResult(file, result);
  console.log(`\nResults written to ${relativePath(file)}`);
}

/** The aim is per release: a release's p95, and the library's mean (the rebuild is paid once, not per release). */
function aimChecks(result: BenchResult): { what: string; ms: number }[] {
  const release = result.operations.find((op) => op.key === 'tag-release')!;
  return [
    { what: `p95 of tagging a ${result.releaseWords.toLocaleString('en')}-word release`, ms: release.p95Ms },
    { what: `mean of re-tagging ${result.retag.releases.toLocaleString('en')} releases`, ms: result.retag.meanMs },
  ];
}

function report(result: BenchResult, previous: BenchResult | undefined): string {
  const { machine: m, retag } = result;
  const lines = [
    `Pressdesk tagging bench: registry of ${result.registryEntries.toLocaleString('en')} entries, ${result.date}`,
    `${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
    loadLine(m.cores, m.load),
  ];
  if (previous) {
    lines.push(
      `previous run: ${previous.date}, registry of ${previous.registryEntries.toLocaleString('en')} entries, ` +
        `re-tag ${previous.retag.seconds} s, ${previous.machine.cpu} × ${previous.machine.cores}`,
    );
  }
  lines.push(
    '',
    timingTable(result.operations, previous?.operations),
    '',
    `re-tagging ${retag.releases.toLocaleString('en')} releases after a registry edit: ${retag.seconds} s, ${retag.meanMs} ms per release on average` +
      (previous ? ` (previous run ${previous.retag.seconds} s, ${previous.retag.meanMs} ms)` : ''),
    `Aim: under ${AIM_MS} ms per release.`,
    ...aimChecks(result).map(({ what, ms }) => `  ${what}: ${ms} ms, ${ms < AIM_MS ? 'meets the aim' : 'OVER THE AIM'}`),
  );
  return lines.join('\n');
}
