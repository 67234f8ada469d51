// The host's side of the shared library without an office in reach: the local store of Yjs states,
// the renderer's /collab relay (its key, its refusals), and rows following what the editor types.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { DocNode } from '../../core/api';
import { readBody, writeBody, writeFields } from '../../core/team';
import type { Db } from '../../db/open';
import { getRelease } from '../../db/releases';
import * as store from '../../db/team-store';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher, fromWire } from '../../host/handlers';
import { startHost } from '../../host/http-host';
import { TeamHost } from '../../host/team/team-host';
import { appCalls } from '../helpers/app-calls';
import { connectClient, waitFor } from '../helpers/collab-client';
import { tempDbPath } from '../helpers/temp-dir';

const para = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A host joined to an office that is not there (a closed loopback port): it works on its local copy. */
async function offlineHost(role: 'author' | 'translator' = 'author', before: (db: Db) => void = () => {}) {
  const dbPath = tempDbPath();
  const db = openAppDatabase(dbPath);
  before(db);
  const team = new TeamHost(db, {
    serverUrl: 'ws://127.0.0.1:9',
    session: { token: 'kept', expiresAt: Date.now() + 3_600_000, user: { name: 'aysel', role } },
    signInAgain: () => Promise.reject(new Error('no office')),
  });
  await team.start();
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath }, undefined, team);
  const host = await startHost({ dispatch, rendererDir: tempDbPath(), port: 0, collab: (socket, request) => team.handleRelayConnection(socket, request) });
  team.setSessionKey(host.secret);
  cleanup.push(async () => {
    await host.close();
    await team.close();
    db.close();
  });
  const call = async (name: string, args: unknown = {}) => {
    const envelope = await fromWire(dispatch)(name, args);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
    return envelope.value as never;
  };
  return { db, team, host, call, collabUrl: `${host.origin.replace('http:', 'ws:')}/collab` };
}

describe('the local store of shared documents', () => {
  it('keeps every update, folds them into one state with nothing lost, and knows what the office has not acknowledged', () => {
    const db = openAppDatabase(tempDbPath());
    cleanup.push(() => void db.close());
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.appendDocUpdate(db, 'library', update));
    doc.getMap('releases').set('a', 1);
    doc.getMap('releases').set('b', 2);
    expect(store.pendingUpdateCount(db, 'library')).toBe(2);
    expect(store.hasUnacknowledged(db, 'library')).toBe(true);
    store.setOfficeVector(db, 'library', Y.encodeStateVector(doc));
    expect(store.hasUnacknowledged(db, 'library')).toBe(false);
    store.foldDoc(db, 'library');
    expect(store.pendingUpdateCount(db, 'library')).toBe(0);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, store.loadDocState(db, 'library'));
    expect(copy.getMap('releases').toJSON()).toEqual({ a: 1, b: 2 });
    doc.getMap('releases').set('c', 3);
    expect(store.hasUnacknowledged(db, 'library')).toBe(true);
  });
});

describe('solo', () => {
  it('answers teamStatus with solo and has no shared documents', async () => {
    const { call } = appCalls();
    expect(await call('teamStatus', {})).toEqual({ mode: 'solo' });
    const created = await call('createRelease', { title: 'Tək' });
    expect(await call('teamDocOf', { id: created.id })).toEqual({ name: null });
  });
});

describe('the renderer relay at /collab, with the office out of reach', () => {
  it('refuses a wrong key and a foreign origin; with the session key the editor types and the row follows, offline', async () => {
    const { db, call, host, collabUrl } = await offlineHost();
    const created = (await call('createRelease', { title: 'Yol', body: para('Yolda yazılır.') })) as { id: number };
    const { name } = (await call('teamDocOf', { id: created.id })) as { name: string };
    expect(name).toMatch(/^release\//);
    expect(await call('teamStatus')).toMatchObject({ mode: 'team', online: false, user: { name: 'aysel', role: 'author' } });

    const intruder = connectClient(collabUrl, name, 'not-the-key');
    cleanup.push(() => intruder.destroy());
    await waitFor(() => intruder.refusal() !== null, 'the wrong key to be refused');
    expect(intruder.doc.getXmlFragment('body').length).toBe(0);

    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(collabUrl, { origin: 'http://evil.example' });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('a foreign page opened the relay')));
      socket.on('error', () => {});
    });
    expect(status).toBe(403);

    const editor = connectClient(collabUrl, name, host.secret);
    cleanup.push(() => editor.destroy());
    await editor.synced();
    await waitFor(() => editor.doc.getXmlFragment('body').length > 0, 'the editor to get the text');
    expect(editor.readOnly()).toBe(false);
    const run = (editor.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    run.insert(run.length, ' Bakıya çatdıq.');
    editor.doc.getMap('fields').set('title', 'Yol qeydləri');
    await editor.synced();
    await waitFor(() => getRelease(db, created.id).title === 'Yol qeydləri', 'the row to follow the editor');
    await waitFor(() => JSON.stringify(getRelease(db, created.id).body) === JSON.stringify(para('Yolda yazılır. Bakıya çatdıq.')), 'the text to reach the row');
    // Searchable and kept, with the office still away.
    const found = (await call('listReleases', { query: 'bakiya' })) as { items: { id: number }[] };
    expect(found.items.map((item) => item.id)).toEqual([created.id]);
    expect(store.hasUnacknowledged(db, name)).toBe(true);
    const kept = new Y.Doc();
    Y.applyUpdate(kept, store.loadDocState(db, name));
    expect(readBody(kept)).toEqual(para('Yolda yazılır. Bakıya çatdıq.'));
  });

  it('an API save of a shared release goes into the live document the editor has open', async () => {
    const { call, host, collabUrl } = await offlineHost();
    const created = (await call('createRelease', { title: 'Canlı', body: para('Bir.') })) as { id: number; revision: number };
    const { name } = (await call('teamDocOf', { id: created.id })) as { name: string };
    const editor = connectClient(collabUrl, name, host.secret);
    cleanup.push(() => editor.destroy());
    await editor.synced();
    const current = (await call('getRelease', { id: created.id })) as { revision: number };
    await call('saveRelease', { id: created.id, revision: current.revision, fields: { body: para('Bir. İki.') }, snapshot: 'auto' });
    await waitFor(() => JSON.stringify(readBody(editor.doc)) === JSON.stringify(para('Bir. İki.')), 'the save to reach the open editor');
    // A save started from an older revision is stale, as in a single-user library: it would undo the newer text.
    await expect(call('saveRelease', { id: created.id, revision: current.revision, fields: { body: para('Bir.') }, snapshot: 'auto' })).rejects.toThrow(
      /saved elsewhere/,
    );
    expect(readBody(editor.doc)).toEqual(para('Bir. İki.'));
  });

  it("makes rows for shared releases it keeps but has no row for, and refuses a translator's save of one before anything is written", async () => {
    const name = 'release/6f0c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5';
    const { db, call, team } = await offlineHost('translator', (db) => {
      const doc = new Y.Doc();
      writeFields(doc, { title: 'Mənbə', date: '2026-12-08', status: 'review' });
      writeBody(doc, para('Azərbaycanca mətn.'));
      store.appendDocUpdate(db, name, Y.encodeStateAsUpdate(doc));
    });
    const id = store.releaseOfDoc(db, name)!;
    expect(getRelease(db, id)).toMatchObject({ title: 'Mənbə', releaseDate: '2026-12-08', status: 'review', body: para('Azərbaycanca mətn.') });
    expect(team.docOf(id)).toBe(name);
    const current = getRelease(db, id);
    await expect(call('saveRelease', { id, revision: current.revision, fields: { title: 'X' }, snapshot: 'auto' })).rejects.toThrow(
      /translator edits the translated versions/,
    );
    expect(getRelease(db, id).title).toBe('Mənbə');
    expect(getRelease(db, id).revision).toBe(current.revision);
  });
});
