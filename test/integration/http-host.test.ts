import { request } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher } from '../../host/handlers';
import { startHost, type RunningHost } from '../../host/http-host';
import type { Db } from '../../db/open';
import { tempDir } from '../helpers/temp-dir';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request, so Host and Origin can be set to anything a hostile client would send. */
function send(host: RunningHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  const url = new URL(path, host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let dir: string;
let db: Db;
let host: RunningHost;

beforeEach(async () => {
  dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Pressdesk</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const dbPath = join(dir, 'pressdesk.db');
  db = openAppDatabase(dbPath);
  host = await startHost({ dispatch: createDispatcher(db, { mode: 'browser', dbPath }), rendererDir });
});

afterEach(async () => {
  await host.close();
  db.close();
});

const hostHeader = () => new URL(host.origin).host;
const call = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send(host, `/api/${name}`, {
    method: 'POST',
    headers: {
      host: hostHeader(),
      origin: host.origin,
      'content-type': 'application/json',
      'x-pressdesk-key': host.secret,
      ...headers,
    },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });

/** Everything a refused call could have changed. */
const snapshot = () => db.prepare('SELECT id, title, revision, deleted_at, updated_at FROM releases ORDER BY id').all();

describe('the browser-mode host', () => {
  it('answers a proper call', async () => {
    const reply = await call('listReleases', { sort: 'date' });
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.value.items).toHaveLength(1); // the welcome release
  });

  it("hands the key out once, for the launch page's token, and never puts it in an address or a file", async () => {
    expect(host.url).toBe(pathToFileURL(host.launchFile).href);
    expect(statSync(host.launchFile).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(host.launchFile)).mode & 0o777).toBe(0o700);
    const page = readFileSync(host.launchFile, 'utf8');
    expect(page).not.toContain(host.secret);
    const target = /url=(http:\/\/[^"]+)"/.exec(page)![1]!;
    expect(new URL(target).origin).toBe(host.origin);
    const token = /#launch=([0-9a-f]{64})$/.exec(target)![1]!;

    const trade = (launch: string) =>
      send(host, '/launch', { method: 'POST', headers: { host: hostHeader(), origin: host.origin, 'x-pressdesk-launch': launch } });
    expect((await trade('0'.repeat(64))).status).toBe(401);
    const first = await trade(token);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).value.key).toBe(host.secret);
    await host.launched;
    expect(existsSync(host.launchFile)).toBe(false);
    // Replayed, by anyone, the launch address is worth nothing.
    const replay = await trade(token);
    expect(replay.status).toBe(401);
    expect(replay.body).not.toContain(host.secret);
    expect((await send(host, '/launch', { method: 'POST', headers: { host: hostHeader(), origin: 'null', 'x-pressdesk-launch': token } })).status).toBe(403);
  });

  it('answers a call name that is not a valid address with 400, and logs no stack trace', async () => {
    const logged: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(...args));
    try {
      const reply = await send(host, '/api/%ZZ', {
        method: 'POST',
        headers: { host: hostHeader(), origin: host.origin, 'content-type': 'application/json', 'x-pressdesk-key': host.secret },
        body: '{}',
      });
      expect(reply.status).toBe(400);
      expect(reply.body).not.toMatch(/URIError| {4}at /);
    } finally {
      spy.mockRestore();
    }
    expect(logged).toEqual([]);
  });

  it('refuses a call without the launch secret, or with a wrong one, with 401', async () => {
    const before = snapshot();
    expect((await call('createRelease', {}, { 'x-pressdesk-key': '' })).status).toBe(401);
    expect((await call('createRelease', {}, { 'x-pressdesk-key': 'f'.repeat(64) })).status).toBe(401);
    expect((await call('createRelease', {}, { 'x-pressdesk-key': host.secret.slice(1) })).status).toBe(401);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a foreign Origin or Host with 403, even with the secret', async () => {
    const before = snapshot();
    expect((await call('createRelease', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('createRelease', {}, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await call('createRelease', {}, { origin: 'null' })).status).toBe(403);
    expect((await call('createRelease', {}, { host: 'evil.example' })).status).toBe(403);
    expect((await call('createRelease', {}, { host: `evil.example:${new URL(host.origin).port}` })).status).toBe(403);
    expect((await send(host, '/', { headers: { host: 'rebound.example' } })).status).toBe(403);
    expect(snapshot()).toEqual(before);
  });

  it('answers malformed arguments with a clear 400 and changes nothing', async () => {
    const [welcome] = db.prepare('SELECT id, revision FROM releases').all() as { id: number; revision: number }[];
    const before = snapshot();
    const cases: [string, unknown][] = [
      ['getRelease', { id: 'one' }],
      ['getRelease', {}],
      ['saveRelease', { id: welcome.id, revision: welcome.revision, fields: { title: 42 } }],
      ['saveRelease', { id: welcome.id, revision: welcome.revision, fields: { status: 'deleted' } }],
      ['saveRelease', { id: welcome.id, revision: welcome.revision, fields: { releaseDate: '3 April' } }],
      ['saveRelease', { id: welcome.id, revision: welcome.revision, fields: { body: { type: 'doc', content: [{ type: 'iframe' }] } } }],
      ['saveRelease', { id: welcome.id, revision: welcome.revision, fields: {}, extra: true }],
      ['listReleases', { limit: 10_000 }],
      ['createRelease', { language: 'fr' }],
      ['updateSettings', { uiLanguage: 'de' }],
    ];
    for (const [name, args] of cases) {
      const reply = await call(name, args);
      expect(reply.status, `${name} ${JSON.stringify(args)}`).toBe(400);
      const envelope = JSON.parse(reply.body);
      expect(envelope.ok).toBe(false);
      expect(envelope.error.code).toBe('invalid');
      expect(envelope.error.message.length).toBeGreaterThan(10);
    }
    const notJson = await call('createRelease', '{"title": ');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);
    expect(snapshot()).toEqual(before);
  });

  it('names the field that is wrong', async () => {
    const reply = await call('getRelease', { id: -3 });
    expect(JSON.parse(reply.body).error.issues.join(' ')).toMatch(/^id: /);
  });

  it('answers an unknown call with 404 and a stale save with 409', async () => {
    expect((await call('dropDatabase', {})).status).toBe(404);
    expect((await call('__proto__', {})).status).toBe(404);
    const [welcome] = db.prepare('SELECT id, revision FROM releases').all() as { id: number; revision: number }[];
    const saved = await call('saveRelease', { id: welcome.id, revision: welcome.revision, fields: { title: 'Yeni' } });
    expect(saved.status).toBe(200);
    const stale = await call('saveRelease', { id: welcome.id, revision: welcome.revision, fields: { title: 'Köhnə' } });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body).error.code).toBe('stale');
    expect(db.prepare('SELECT title FROM releases WHERE id = ?').pluck().get(welcome.id)).toBe('Yeni');
  });

  it('refuses requests that are not JSON POSTs, and oversized bodies', async () => {
    expect((await send(host, '/api/listReleases', { headers: { host: hostHeader() } })).status).toBe(405);
    expect((await call('listReleases', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = Buffer.alloc(33 * 1024 * 1024, 0x20);
    const reply = await call('createRelease', huge);
    expect(reply.status).toBe(413);
  });

  it('serves the renderer with security headers, and nothing outside it', async () => {
    const page = await send(host, '/', { headers: { host: hostHeader() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pressdesk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/nothing.js']) {
      const reply = await send(host, path, { headers: { host: hostHeader() } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('listens on the loopback address only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });
});
