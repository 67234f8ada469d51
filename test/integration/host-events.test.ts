import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventHub, EVENTS_PATH, type EventHub, type HostEvent } from '../../core/host-events';
import { openAppDatabase } from '../../host/app-db';
import { withEvents } from '../../host/call-events';
import { createDispatcher } from '../../host/handlers';
import { startHost, type RunningHost } from '../../host/http-host';
import { announcePublished } from '../../host/scheduler';
import type { Db } from '../../db/open';
import { tempDir } from '../helpers/temp-dir';

let db: Db;
let hub: EventHub;
let host: RunningHost;

beforeEach(async () => {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Pressdesk</title>');
  const dbPath = join(dir, 'pressdesk.db');
  db = openAppDatabase(dbPath);
  hub = createEventHub();
  host = await startHost({ dispatch: withEvents(createDispatcher(db, { mode: 'browser', dbPath }), hub), rendererDir, events: hub });
});

afterEach(async () => {
  await host.close();
  db.close();
});

const headers = (key: string) => ({ host: new URL(host.origin).host, origin: host.origin, 'x-pressdesk-key': key });

/** Opens the event stream over real HTTP and gathers what arrives. */
function listen(
  key: string,
): Promise<{ response: IncomingMessage; req: ClientRequest; events: HostEvent[]; next(match: (e: HostEvent) => boolean): Promise<HostEvent> }> {
  const url = new URL(EVENTS_PATH, host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: headers(key) }, (response) => {
      const events: HostEvent[] = [];
      const waiting: { match(e: HostEvent): boolean; resolve(e: HostEvent): void }[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .find((line) => line.startsWith('data: '));
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const event = JSON.parse(data.slice('data: '.length)) as HostEvent;
          events.push(event);
          for (const w of waiting.filter((w) => w.match(event))) {
            waiting.splice(waiting.indexOf(w), 1);
            w.resolve(event);
          }
        }
      });
      const next = (match: (e: HostEvent) => boolean) =>
        new Promise<HostEvent>((done) => {
          const seen = events.find(match);
          if (seen) done(seen);
          else waiting.push({ match, resolve: done });
        });
      resolve({ response, req, events, next });
    });
    req.on('error', reject);
    req.end();
  });
}

async function call(name: string, args: unknown): Promise<{ status: number; body: { ok: boolean; value?: { id: number; revision: number } } }> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { ...headers(host.secret), 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: await response.json() };
}

describe('the host event stream (browser mode, server-sent events)', () => {
  it('tells an open stream what a save through the API changed, and nothing for a refused save', async () => {
    const stream = await listen(host.secret);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toMatch(/^text\/event-stream/);

    const created = await call('createRelease', { title: 'Görüş' });
    const id = created.body.value!.id;
    expect(await stream.next((e) => e.type === 'release-created')).toEqual({ type: 'release-created', id });

    const saved = await call('saveRelease', { id, revision: created.body.value!.revision, fields: { title: 'Görüş keçirilib' } });
    expect(saved.status).toBe(200);
    expect(await stream.next((e) => e.type === 'release-saved')).toEqual({ type: 'release-saved', id, revision: saved.body.value!.revision });

    // The same revision again is stale: refused, so no window hears of it.
    expect((await call('saveRelease', { id, revision: created.body.value!.revision, fields: { title: 'köhnə' } })).status).toBe(409);
    await call('trashRelease', { id });
    await stream.next((e) => e.type === 'release-trashed');
    expect(stream.events.filter((e) => e.type === 'release-saved')).toHaveLength(1);
    expect(stream.events.map((e) => e.type)).toEqual(['release-created', 'release-saved', 'release-trashed']);

    // What the scheduler publishes reaches the stream the same way.
    announcePublished(hub.emit)([{ releaseId: id } as never]);
    expect(await stream.next((e) => e.type === 'status-changed')).toEqual({ type: 'status-changed', id, scheduled: true });
    stream.req.destroy();
  });

  it('refuses the stream without the session key, or with a wrong one, with 401', async () => {
    for (const key of ['', 'f'.repeat(64), host.secret.slice(1)]) {
      const stream = await listen(key);
      expect(stream.response.statusCode).toBe(401);
      stream.response.resume();
    }
    expect(hub.size).toBe(0);
  });

  it('stops telling a stream once the page has gone', async () => {
    const stream = await listen(host.secret);
    expect(hub.size).toBe(1);
    stream.req.destroy();
    await expect.poll(() => hub.size).toBe(0);
  });
});
