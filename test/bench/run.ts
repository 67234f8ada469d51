// `npm run bench`: every suite in turn, or the one named first.
//
//   node dist/bench.mjs [--releases N] [--keep]      publishing, tagging, tm, typing, saves, hostile, library, then team
//   node dist/bench.mjs SUITE [options of that suite] one of them
//
// With no suite named, the options go to the library suite; the others then run at their reference sizes.
import { runHostileBench } from './hostile-bench';
import { parseLibraryOptions, runLibraryBench } from './library-bench';
import { runPublishingBench } from './publishing-bench';
import { runTaggingBench } from './tagging-bench';
import { runTeamBench } from './team-bench';
import { runSavesBench } from './saves-bench';
import { runTmBench } from './tm-bench';
import { runTypingBench } from './typing-bench';

const SUITES: Record<string, (argv: string[]) => Promise<void>> = {
  publishing: runPublishingBench,
  tagging: runTaggingBench,
  tm: runTmBench,
  typing: runTypingBench,
  saves: runSavesBench,
  hostile: runHostileBench,
  library: runLibraryBench,
  team: runTeamBench,
};

async function main(argv: string[]): Promise<void> {
  const [first, ...rest] = argv;
  const suite = first === undefined ? undefined : SUITES[first];
  if (suite) return suite(rest);
  if (first !== undefined && !first.startsWith('--')) {
    throw new Error(`unknown suite ${first} (known: ${Object.keys(SUITES).join(', ')})`);
  }
  // A mistyped option should fail now, not after the other suites have run for minutes.
  parseLibraryOptions(argv);
  for (const [name, run] of Object.entries(SUITES)) {
    if (name !== 'publishing') console.log('');
    await run(name === 'library' ? argv : []);
  }
}

await main(process.argv.slice(2));
