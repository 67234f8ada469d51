// Hostile files sent to the real browser-mode host (a child `pressdesk serve` on a temp database):
// each ends in a clear refusal (or, for HTML, a flattened import), other calls are answered while
// it is read, the host stays under 1 GB, and the database keeps every earlier release intact.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiArgs, ApiResults, CallName, DocNode, Envelope, Release } from '../../core/api';
import { MAX_DOC_DEPTH, MAX_ELEMENT_DEPTH, MAX_TERM_CHARS, MAX_UNPACKED_XML_PART_BYTES, MIB } from '../../core/limits';
import { docxBomb, nested } from '../helpers/hostile-files';

const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');
const DEEP = 200_000;
const GIB = 1024 * MIB;

let dir: string;
let dbPath: string;
let child: ChildProcess;
let origin: string;
let key: string;
let earlier: Release[] = [];

async function call<K extends CallName>(name: K, args: ApiArgs<K>): Promise<{ status: number; envelope: Envelope<ApiResults[K]> }> {
  const reply = await fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
    body: JSON.stringify(args),
  });
  return { status: reply.status, envelope: (await reply.json()) as Envelope<ApiResults[K]> };
}

function value<T>(reply: { envelope: Envelope<T> }): T {
  if (!reply.envelope.ok) throw new Error(`refused: ${reply.envelope.error.code}: ${reply.envelope.error.message}`);
  return reply.envelope.value;
}

/** Sends the hostile call and, without waiting for it, two ordinary ones; all three answers. */
async function whileOthersAsk<K extends CallName>(name: K, args: ApiArgs<K>) {
  const hostile = call(name, args);
  const info = await call('getAppInfo', {});
  const list = await call('listReleases', { sort: 'date' });
  expect(info.envelope.ok).toBe(true);
  expect(value(list).total).toBeGreaterThanOrEqual(earlier.length);
  return hostile;
}

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pressdesk-hostile-'));
  dbPath = join(dir, 'pressdesk.db');
  // As a user's browser would: the private launch page `serve` prints leads to the host with a
  // one-time token, traded for the session key.
  child = spawn(process.execPath, [BIN, 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, XDG_RUNTIME_DIR: dir },
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(file:\/\/\S+\.html)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  const target = new URL(/url=(http:\/\/[^"]+)"/.exec(readFileSync(fileURLToPath(launchUrl), 'utf8'))![1]!);
  origin = target.origin;
  const traded = await fetch(`${origin}/launch`, { method: 'POST', headers: { 'x-pressdesk-launch': target.hash.slice('#launch='.length) } });
  key = ((await traded.json()) as { value: { key: string } }).value.key;
  const made = [
    await call('createRelease', {
      title: 'Qazaxıstan nümayəndə heyəti',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Görüş keçirilib.' }] }] },
    }),
    await call('createRelease', { title: 'İkinci', lead: 'Qısa' }),
  ].map(value);
  const listed = value(await call('listReleases', { sort: 'date' })).items;
  earlier = await Promise.all(listed.map(async ({ id }) => value(await call('getRelease', { id }))));
  expect(earlier.map((r) => r.id)).toEqual(expect.arrayContaining(made.map((r) => r.id)));
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile files sent to the browser-mode host', () => {
  for (const [mib, honest] of [
    [100, true],
    [1024, false],
  ] as const) {
    it(`refuses a .docx unpacking to ${mib} MB (directory ${honest ? 'honest' : 'lying'}), naming the limit, storing nothing`, async () => {
      const reply = await whileOthersAsk('importFile', {
        fileName: 'bomba.docx',
        data: base64(docxBomb(mib, honest)),
      });
      expect(value(reply)).toEqual({
        fileName: 'bomba.docx',
        status: 'refused',
        reason: {
          code: 'too-large',
          message: `the part word/document.xml unpacks to more than ${MAX_UNPACKED_XML_PART_BYTES / MIB} MB, the limit for a Word document`,
        },
      });
    }, 120_000);
  }

  it('flattens HTML nested 200,000 deep and says so', async () => {
    const html = nested('<p>Başlanğıc.</p>', 'span', DEEP, 'Dərində.', '<p>Son.</p>');
    const reply = await whileOthersAsk('importFile', { fileName: 'dərin.html', data: base64(html) });
    const outcome = value(reply);
    if (outcome.status !== 'imported') throw new Error(`not imported: ${outcome.status}`);
    expect(JSON.stringify(outcome.release.body)).toContain('Dərində.');
    expect(outcome.warnings).toContainEqual({ code: 'not-kept', detail: `nesting deeper than ${MAX_ELEMENT_DEPTH} levels` });
    earlier.push(outcome.release);
  }, 120_000);

  it('refuses TMX nested 200,000 deep', async () => {
    const tmx = nested('<tmx version="1.4"><header srclang="az"/><body><tu><tuv xml:lang="az"><seg>', 'bpt', DEEP, 'x', '</seg></tuv></tu></body></tmx>');
    const reply = await whileOthersAsk('importTmx', { fileName: 'dərin.tmx', data: base64(tmx) });
    expect(reply.status).toBe(400);
    expect(reply.envelope).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining(`${MAX_ELEMENT_DEPTH} levels`) } });
  }, 120_000);

  it('refuses XLIFF nested 200,000 deep', async () => {
    const version = value(await call('translateRelease', { id: earlier[earlier.length - 1].id, language: 'en' }));
    const xliff = nested('<xliff version="2.0" srcLang="az" trgLang="en"><file id="f">', 'group', DEEP, '', '</file></xliff>');
    const reply = await whileOthersAsk('importXliff', { targetId: version.id, data: base64(xliff) });
    expect(reply.status).toBe(400);
    expect(reply.envelope).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining(`${MAX_ELEMENT_DEPTH} levels`) } });
    earlier.push(value(await call('getRelease', { id: version.id })));
  }, 120_000);

  it('refuses TBX nested 200,000 deep', async () => {
    const tbx = nested('<martif type="TBX-Basic"><text><body>', 'termEntry', DEEP, '', '</body></text></martif>');
    const reply = await whileOthersAsk('importTerms', { format: 'tbx', data: base64(tbx) });
    expect(reply.status).toBe(400);
    expect(reply.envelope).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining(`${MAX_ELEMENT_DEPTH} levels`) } });
  }, 120_000);

  it('keeps a 7 MB term out, through CSV and through TBX', async () => {
    const huge = 'ə'.repeat(7 * MIB);
    const csv = `az,en,ru\r\n${huge},x,y\r\n`;
    const tbx = `<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="az"><tig><term>${huge}</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>`;
    for (const [format, data] of [
      ['csv', csv],
      ['tbx', tbx],
    ] as const) {
      const read = value(await whileOthersAsk('importTerms', { format, data: base64(data) }));
      expect(read.added).toBe(0);
      expect(read.problems.map((p) => p.reason).join()).toContain(`longer than ${MAX_TERM_CHARS} characters`);
    }
    expect(value(await call('listTerms', {}))).toEqual([]);
  }, 120_000);

  it(`answers 400 to a body nested 600 levels deep, past the limit of ${MAX_DOC_DEPTH}`, async () => {
    let node: DocNode = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
    for (let i = 0; i < 600; i++) node = { type: 'blockquote', content: [node] };
    const target = earlier[0];
    const reply = await call('saveRelease', { id: target.id, revision: target.revision, fields: { body: { type: 'doc', content: [node] } } });
    expect(reply.status).toBe(400);
    expect(reply.envelope).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('stayed under 1 GB, and the database passes integrity_check with every earlier release intact', async () => {
    const status = `/proc/${child.pid}/status`;
    let peak: number | null = null;
    try {
      peak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))![1]) * 1024;
    } catch {
      console.warn(`skipping the peak-memory check: ${status} cannot be read here`);
    }
    if (peak !== null) {
      console.log(`host peak memory (VmHWM): ${Math.round(peak / MIB)} MB`);
      expect(peak).toBeLessThan(GIB);
    }
    for (const release of earlier) expect(value(await call('getRelease', { id: release.id }))).toEqual(release);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM tm_units').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM terms').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('pressdesk import', () => {
  it('refuses a 200 MB text file by its size, without reading it, storing nothing', async () => {
    const { spawnSync } = await import('node:child_process');
    const { closeSync, openSync, ftruncateSync } = await import('node:fs');
    const folder = mkdtempSync(join(tmpdir(), 'pressdesk-big-'));
    try {
      // Sparse: 200 MB long, almost nothing on disk, made at once.
      const big = join(folder, 'böyük.txt');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 200 * MIB);
      closeSync(fd);
      const db = join(folder, 'cli.db');
      const run = spawnSync(process.execPath, [BIN, 'import', big, '--db', db, '--json'], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout)).toEqual([
        { file: big, status: 'refused', reason: { code: 'too-large', message: 'the file is larger than 24 MB, the limit for an imported file' } },
      ]);
      const check = new Database(db, { readonly: true });
      try {
        // Only the welcome release a new library starts with.
        expect(check.prepare('SELECT count(*) FROM releases').pluck().get()).toBe(1);
      } finally {
        check.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
