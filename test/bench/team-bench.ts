// The team suite of `npm run bench`: a real `pressdesk server` process and simulated desktops
// (HocuspocusProviders over ws, each with its own socket and Y.Doc) typing into shared releases.
// Measures, for every edit, the time until it has arrived on every other client of its document;
// the server's memory; the stored size of each document afterwards; and whether every client of a
// document ended with the same text holding every edit. Timings are printed and kept, never asserted.
//
//   node dist/bench.mjs team [--clients 50] [--docs 10] [--rate 5] [--seconds 60] [--quick]
//
// --quick is 10 clients on 2 documents for 10 s. Only the reference size (50 clients, 10 documents,
// 5 edits/s each, 60 s) overwrites bench-results/team.json. The clients run in this process, on the
// same cores as the server: on a small machine the numbers include that contention.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { connectClient, waitFor, type CollabClient } from '../helpers/collab-client';
import { startOfficeServer } from '../helpers/office-server';
import { mulberry32 } from '../helpers/prng';
import { openSqliteStore } from '../../server/sqlite-store';
import {
  loadAverage,
  loadLine,
  machine,
  previousResult,
  relativePath,
  resultFile,
  round2,
  summarise,
  table,
  writeResult,
  type Machine,
  type Measured,
} from './measure';

const REFERENCE = { clients: 50, docs: 10, rate: 5, seconds: 60 };
const QUICK = { clients: 10, docs: 2, rate: 5, seconds: 10 };
const SEED = 20_261_208;
const USERS = ['Aysel', 'Rauf', 'Leyla', 'Nigar', 'Elçin'];
/** How long the end may take to settle (every edit delivered everywhere) before it counts as diverged. */
const SETTLE_MS = 60_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Size {
  clients: number;
  docs: number;
  rate: number;
  seconds: number;
}

interface BenchResult {
  benchmark: 'team';
  date: string;
  size: Size;
  machine: Machine & { load: { before: number; after: number } };
  /** From an edit to its arrival on the last other client of its document. */
  delivery: Measured & { maxMs: number };
  edits: number;
  serverRssMiB: { max: number; end: number };
  storedBytes: { total: number; largestDoc: number; docs: number };
  diverged: number;
  missingChars: number;
}

function parseSize(argv: string[]): Size {
  const size = { ...(argv.includes('--quick') ? QUICK : REFERENCE) };
  for (const key of Object.keys(size) as (keyof Size)[]) {
    const at = argv.indexOf(`--${key}`);
    if (at < 0) continue;
    const value = Number(argv[at + 1]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${key} takes a positive number`);
    size[key] = value;
  }
  return size;
}

function docName(index: number): string {
  return `release/00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

function paragraphText(doc: Y.Doc): Y.XmlText | null {
  const paragraph = doc.getXmlFragment('body').get(0);
  return paragraph instanceof Y.XmlElement && paragraph.get(0) instanceof Y.XmlText ? (paragraph.get(0) as Y.XmlText) : null;
}

/** Resident memory of a process in MiB, from /proc (Linux); null elsewhere. */
function rssMiB(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? round2(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

const MARK = /w(\d+)\./g;

export async function runTeamBench(argv: string[]): Promise<void> {
  const size = parseSize(argv);
  const reference = (Object.keys(REFERENCE) as (keyof Size)[]).every((key) => size[key] === REFERENCE[key]);
  const server = await startOfficeServer({
    root: ROOT,
    users: USERS.map((name) => ({ name, role: 'author' as const, password: `bench password ${name}` })),
  });
  const clients: { client: CollabClient; doc: number }[] = [];
  try {
    const tokens = await Promise.all(USERS.map(async (name) => (await server.login(name)).token));
    for (let i = 0; i < size.clients; i++) {
      const doc = i % size.docs;
      clients.push({ client: connectClient(server.url, docName(doc), tokens[i % tokens.length]!), doc });
    }
    await Promise.all(clients.map(({ client }) => client.synced()));
    // The first client of each document writes its one paragraph; the others wait to see it.
    for (let d = 0; d < size.docs; d++) {
      const first = clients.find(({ doc }) => doc === d)!.client;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Bakı, ')]);
      first.doc.getXmlFragment('body').push([paragraph]);
    }
    await waitFor(() => clients.every(({ client }) => paragraphText(client.doc) !== null), 'every paragraph on every client', 30_000);

    // sent[id] = when; pending[id] = how many other clients have yet to see it; done[id] = last arrival.
    const sent = new Map<number, number>();
    const pending = new Map<number, number>();
    const delivered: number[] = [];
    const perDoc = new Map<number, number>();
    for (const { doc } of clients) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
    for (const { client } of clients) {
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== client.provider) return;
        const now = performance.now();
        for (const struct of Y.decodeUpdate(update).structs) {
          const text = struct instanceof Y.Item ? (struct.content as { str?: string }).str : undefined;
          if (!text) continue;
          for (const match of text.matchAll(MARK)) {
            const id = Number(match[1]);
            const left = pending.get(id);
            if (left === undefined) continue;
            if (left <= 1) {
              pending.delete(id);
              delivered.push(now - sent.get(id)!);
            } else pending.set(id, left - 1);
          }
        }
      });
    }

    const random = mulberry32(SEED);
    const rss: number[] = [];
    const load = { before: loadAverage(), after: 0 };
    const sampler = setInterval(() => {
      const value = rssMiB(server.pid);
      if (value !== null) rss.push(value);
    }, 1000);
    let nextId = 1;
    const typedChars = new Map<number, number>();
    const stopAt = performance.now() + size.seconds * 1000;
    const interval = 1000 / size.rate;
    await Promise.all(
      clients.map(async ({ client, doc }) => {
        // Spread the clients' first keystrokes over one interval, as people do not type in step.
        await new Promise((resolve) => setTimeout(resolve, random() * interval));
        let due = performance.now();
        while (due < stopAt) {
          const text = paragraphText(client.doc)!;
          const id = nextId++;
          sent.set(id, performance.now());
          pending.set(id, perDoc.get(doc)! - 1);
          const word = `w${id}.`;
          text.insert(Math.floor(random() * (text.length + 1)), word);
          typedChars.set(doc, (typedChars.get(doc) ?? 0) + word.length);
          due += interval;
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        }
      }),
    );
    const edits = nextId - 1;
    await Promise.all(clients.map(({ client }) => client.synced()));
    const settled = await waitFor(() => pending.size === 0, 'every edit on every client', SETTLE_MS).then(
      () => true,
      () => false,
    );
    clearInterval(sampler);
    load.after = loadAverage();
    const rssEnd = rssMiB(server.pid);

    // Nothing is ever deleted, so a document's text is its first words plus every edit typed into it
    // (another's keystroke may land inside a word, so lengths are compared, not words).
    let diverged = 0;
    let missingChars = 0;
    for (let d = 0; d < size.docs; d++) {
      const texts = clients.filter(({ doc }) => doc === d).map(({ client }) => paragraphText(client.doc)!.toString());
      if (new Set(texts).size !== 1) diverged++;
      missingChars += Math.max(0, 'Bakı, '.length + (typedChars.get(d) ?? 0) - Math.min(...texts.map((text) => text.length)));
    }

    for (const { client } of clients) client.destroy();
    clients.length = 0;
    // Stopped, the server stores every document; the sizes are those of the store on disk.
    await server.stop({ keepData: true });
    const store = openSqliteStore(server.dataDir);
    const sizes = await store.documentSizes();
    await store.close();

    const delivery = { ...summarise(delivered), maxMs: round2(Math.max(0, ...delivered)) };
    const result: BenchResult = {
      benchmark: 'team',
      date: new Date().toISOString(),
      size,
      machine: { ...machine(), load },
      delivery,
      edits,
      serverRssMiB: { max: Math.max(0, ...rss), end: rssEnd ?? 0 },
      storedBytes: {
        total: sizes.reduce((sum, doc) => sum + doc.bytes, 0),
        largestDoc: Math.max(0, ...sizes.map((doc) => doc.bytes)),
        docs: sizes.length,
      },
      diverged,
      missingChars,
    };

    const file = resultFile('team');
    const previous = previousResult<BenchResult>(file);
    console.log(
      `Team: ${size.clients} clients on ${size.docs} releases, ${size.rate} edits/s each for ${size.seconds} s; ` +
        `one pressdesk server process (SQLite), clients in the bench process`,
    );
    console.log(
      table([
        ['measure', 'value', 'previous'],
        ['edit → every other client, p50 ms', delivery.p50Ms.toFixed(2), previous ? previous.delivery.p50Ms.toFixed(2) : '-'],
        ['edit → every other client, p95 ms', delivery.p95Ms.toFixed(2), previous ? previous.delivery.p95Ms.toFixed(2) : '-'],
        ['edit → every other client, max ms', delivery.maxMs.toFixed(2), previous ? previous.delivery.maxMs.toFixed(2) : '-'],
        ['edits (delivered everywhere)', `${edits} (${delivered.length})`, previous ? String(previous.edits) : '-'],
        [
          'server RSS max / end, MiB',
          `${result.serverRssMiB.max} / ${result.serverRssMiB.end}`,
          previous ? `${previous.serverRssMiB.max} / ${previous.serverRssMiB.end}` : '-',
        ],
        [
          'stored bytes, all / largest document',
          `${result.storedBytes.total} / ${result.storedBytes.largestDoc}`,
          previous ? `${previous.storedBytes.total} / ${previous.storedBytes.largestDoc}` : '-',
        ],
        ['documents whose clients differ at the end', String(diverged), previous ? String(previous.diverged) : '-'],
        ['characters typed but missing at the end', String(missingChars), previous ? String(previous.missingChars) : '-'],
      ]),
    );
    if (!settled) console.log(`not every edit had reached every client ${SETTLE_MS / 1000} s after the typing stopped`);
    console.log(loadLine(result.machine.cores, load));
    if (reference) {
      writeResult(file, result);
      console.log(`kept in ${relativePath(file)}`);
    } else {
      console.log('not kept: only the reference size (50 clients, 10 releases, 5 edits/s, 60 s) is kept');
    }
  } finally {
    for (const { client } of clients) client.destroy();
    await server.stop();
    server.discard();
  }
}
