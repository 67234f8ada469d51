// The hostile suite of `npm run bench`: how long the parse worker takes over the largest files the
// limits let in, and over files built to be as slow as possible within them. Timings are printed
// and recorded, never asserted.
//
//   node dist/bench.mjs hostile
//
// Every run replaces bench-results/hostile.json: nothing in it depends on an option.
import { deflateRawSync } from 'node:zlib';
import { MAX_ELEMENT_DEPTH, MAX_IMPORT_BYTES, MAX_UNPACKED_XML_PART_BYTES, MIB } from '../../core/limits';
import { parseInWorker } from '../../host/parse-in-worker';
import { docxBomb, nested, zipPackage } from '../helpers/hostile-files';
import {
  loadAverage,
  loadLine,
  machine,
  measure,
  previousResult,
  relativePath,
  resultFile,
  timingTable,
  Timings,
  writeResult,
  type Machine,
  type Timing,
} from './measure';

interface BenchResult {
  benchmark: 'hostile';
  date: string;
  machine: Machine & { load: { before: number; after: number } };
  operations: Timing[];
}

const FEW = { warmup: 1, minWarmup: 1, iterations: 5, minSamples: 3, budgetMs: 20_000 };

/** `piece` repeated as often as fits in `bytes` with `before` and `after` around it. */
function filled(bytes: number, before: string, piece: string, after: string): Uint8Array {
  const count = Math.floor((bytes - before.length - after.length) / Buffer.byteLength(piece));
  return Buffer.from(before + piece.repeat(count) + after);
}

/** A real Word document whose document.xml unpacks to just under the per-part limit: paragraphs of Azerbaijani text. */
function largestDocx(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paragraph =
    '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Baş prokuror</w:t></w:r><w:r><w:t xml:space="preserve"> qonaqları qəbul edib.</w:t></w:r></w:p>';
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
  const tail = '</w:body></w:document>';
  const xml = filled(MAX_UNPACKED_XML_PART_BYTES - 1024, head, paragraph, tail);
  return zipPackage([{ name: 'word/document.xml', data: deflateRawSync(xml), deflated: { size: xml.byteLength } }]);
}

async function outcomeOf(task: () => Promise<unknown>): Promise<string> {
  try {
    const value = (await task()) as { format?: string };
    return value.format ? `imported` : 'read';
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return `refused ${code ?? ''}: ${message}`.slice(0, 140);
  }
}

export async function runHostileBench(argv: string[]): Promise<void> {
  if (argv.length > 0) throw new Error(`the hostile suite takes no options (got ${argv.join(' ')})`);
  const file = resultFile('hostile');
  process.stderr.write(`Making ${MAX_IMPORT_BYTES / MIB} MB hostile files\n`);
  const levels = Math.floor(MAX_IMPORT_BYTES / '<termEntry></termEntry>'.length);
  const files = [
    {
      key: 'tbx-deep',
      label: `TBX of ${MAX_IMPORT_BYTES / MIB} MB nested ${levels.toLocaleString('en')} deep`,
      task: () => ({
        kind: 'terms' as const,
        format: 'tbx' as const,
        bytes: Buffer.from(nested('<martif><text><body>', 'termEntry', levels, '', '</body></text></martif>')),
      }),
    },
    {
      key: 'tbx-at-limit',
      label: `TBX of ${MAX_IMPORT_BYTES / MIB} MB nested ${MAX_ELEMENT_DEPTH} deep again and again`,
      task: () => ({
        kind: 'terms' as const,
        format: 'tbx' as const,
        bytes: filled(MAX_IMPORT_BYTES, '<martif><text><body>', nested('', 'x', MAX_ELEMENT_DEPTH - 3, '', ''), '</body></text></martif>'),
      }),
    },
    {
      key: 'tmx-at-limit',
      label: `TMX of ${MAX_IMPORT_BYTES / MIB} MB, segments nested ${MAX_ELEMENT_DEPTH} deep`,
      task: () => ({
        kind: 'tmx' as const,
        bytes: filled(
          MAX_IMPORT_BYTES,
          '<tmx version="1.4"><header srclang="az"/><body>',
          nested('<tu><tuv xml:lang="az"><seg>', 'bpt', MAX_ELEMENT_DEPTH - 6, 'a', '</seg></tuv></tu>'),
          '</body></tmx>',
        ),
      }),
    },
    {
      key: 'html-deep',
      label: `HTML of ${MAX_IMPORT_BYTES / MIB} MB, spans nested past the limit (flattened)`,
      task: () => ({ kind: 'file' as const, fileName: 'deep.html', bytes: filled(MAX_IMPORT_BYTES, '<p>', '<span>', 'mətn</p>') }),
    },
    {
      key: 'docx-largest',
      label: `DOCX unpacking to ${Math.round(MAX_UNPACKED_XML_PART_BYTES / MIB)} MB of paragraphs (the largest XML part allowed)`,
      task: () => ({ kind: 'file' as const, fileName: 'largest.docx', bytes: largestDocx() }),
    },
    {
      key: 'docx-bomb',
      label: 'DOCX bomb unpacking to 1 GB (refused)',
      task: () => ({ kind: 'file' as const, fileName: 'bomb.docx', bytes: docxBomb(1024, false) }),
    },
  ];

  process.stderr.write('Timing\n');
  const loadBefore = loadAverage();
  const timings = new Timings();
  // PRESSDESK_BENCH_ONLY=key,key times only those (while working on one of them).
  const only = process.env.PRESSDESK_BENCH_ONLY?.split(',');
  for (const { key, label, task } of files.filter((f) => !only || only.includes(f.key))) {
    const made = task();
    const outcome = await outcomeOf(() => parseInWorker(made));
    timings.add(
      key,
      label,
      await measure(
        () => made,
        async (t) => parseInWorker(t).catch(() => undefined),
        FEW,
      ),
      `${(made.bytes.byteLength / MIB).toFixed(1)} MB file; ${outcome}`,
    );
  }
  const load = { before: loadBefore, after: loadAverage() };
  const result: BenchResult = { benchmark: 'hostile', date: new Date().toISOString(), machine: { ...machine(), load }, operations: timings.list };
  const previous = previousResult<BenchResult>(file);
  const m = result.machine;
  console.log(
    [
      '',
      `Pressdesk hostile-files bench: parse worker, ${result.date}`,
      `${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
      loadLine(m.cores, m.load),
      ...(previous ? [`previous run: ${previous.date}`] : []),
      '',
      timingTable(result.operations, previous?.operations),
    ].join('\n'),
  );
  if (only) return console.log('\n(only some files timed: results not written)');
  writeResult(file, result);
  console.log(`\nResults written to ${relativePath(file)}`);
}
