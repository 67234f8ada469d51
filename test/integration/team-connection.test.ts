// The renderer's side of team mode against a real Hocuspocus server on loopback: two windows'
// connections see each other's presence and fields, an edit of an approved text sends it back to
// review for everyone, "stored" follows the server's acknowledgements, and a wrong token is refused.
import { Server } from '@hocuspocus/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TeamConnection, type TeamUser } from '../../renderer/team/connection';
import type { SharedDoc } from '../../renderer/team/shared-doc';
import { DraftSession } from '../../renderer/editor/draft-session';
import type { Release } from '../../core/api';

const TOKEN = 'session-key-of-the-test';
const UID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const AYSEL: TeamUser = { name: 'Aysel Məmmədova', role: 'author', color: '#1f77b4' };
const RUSTAM: TeamUser = { name: 'Rüstəm Əliyev', role: 'approver', color: '#d62728' };

let server: Server;
let url: string;
const opened: { destroy(): void }[] = [];

beforeEach(async () => {
  server = new Server({
    address: '127.0.0.1',
    port: 0,
    quiet: true,
    async onAuthenticate({ token }) {
      if (token !== TOKEN) throw new Error('wrong token');
    },
  });
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
});

afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) thing.destroy();
  await server.destroy();
});

function connect(user: TeamUser, token = TOKEN): TeamConnection {
  const connection = new TeamConnection({ url, token, user, WebSocketPolyfill: WebSocket });
  opened.push(connection);
  return connection;
}

function open(connection: TeamConnection, name: string): SharedDoc {
  const doc = connection.open(name);
  opened.push(doc);
  return doc;
}

/** Polls until `read` returns what `expected` accepts (the network is real, so nothing is instant). */
async function until<T>(read: () => T, expected: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = read();
    if (expected(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('team connection', () => {
  it('shows who edits which release in every other window, and forgets a window that left', async () => {
    const aysel = connect(AYSEL);
    const rustam = connect(RUSTAM);
    aysel.setEditing(`release/${UID}`);
    const seen = await until(
      () => rustam.getSnapshot().presence.get(`release/${UID}`),
      (users) => !!users?.length,
      'Aysel in the presence',
    );
    expect(seen).toEqual([AYSEL]);
    // Nobody lists themselves.
    expect(aysel.getSnapshot().presence.get(`release/${UID}`)).toBeUndefined();
    aysel.setEditing(null);
    await until(
      () => rustam.getSnapshot().presence.get(`release/${UID}`),
      (users) => users === undefined,
      'Aysel gone from the presence',
    );
  });

  it('carries fields between windows and reports stored once the server acknowledged them', async () => {
    const ayselDoc = open(connect(AYSEL), `release/${UID}`);
    const rustamDoc = open(connect(RUSTAM), `release/${UID}`);
    await Promise.all([ayselDoc.whenSynced(), rustamDoc.whenSynced()]);
    const received: unknown[] = [];
    rustamDoc.observeMeta((meta) => received.push(meta));
    ayselDoc.writeMeta({ title: 'Bakıda görüş', releaseDate: '2026-12-08' });
    expect(await ayselDoc.whenStored()).toBe(true);
    expect(ayselDoc.isStored()).toBe(true);
    const meta = await until(
      () => rustamDoc.readMeta(),
      (value) => value.title === 'Bakıda görüş',
      'the title on the other side',
    );
    expect(meta).toEqual({ title: 'Bakıda görüş', releaseDate: '2026-12-08' });
    expect(received.length).toBeGreaterThan(0);
    // The fields map spells the date as the shared documents do.
    expect(rustamDoc.fields.get('date')).toBe('2026-12-08');
  });

  it('sends an approved release back to review when someone else edits it, and tells the approver', async () => {
    const ayselDoc = open(connect(AYSEL), `release/${UID}`);
    const rustamDoc = open(connect(RUSTAM), `release/${UID}`);
    await Promise.all([ayselDoc.whenSynced(), rustamDoc.whenSynced()]);
    rustamDoc.fields.set('status', 'approved');
    await until(
      () => ayselDoc.status(),
      (status) => status === 'approved',
      'the approval on the author side',
    );
    const changes: [string | null, string | null, boolean][] = [];
    rustamDoc.observeStatus((from, to, local) => changes.push([from, to, local]));
    ayselDoc.noteLocalEdit();
    expect(ayselDoc.status()).toBe('review');
    await until(
      () => changes,
      (list) => list.length > 0,
      'the status change at the approver',
    );
    expect(changes).toEqual([['approved', 'review', false]]);
    // Editing a release in review changes nothing more.
    ayselDoc.noteLocalEdit();
    ayselDoc.writeMeta({ lead: 'Yeni giriş' });
    expect(ayselDoc.status()).toBe('review');
  });

  it("keeps a team-mode session's fields in the shared document, never saving through the host, and flushes on the acknowledgement", async () => {
    const ayselDoc = open(connect(AYSEL), `release/${UID}`);
    const rustamDoc = open(connect(RUSTAM), `release/${UID}`);
    await Promise.all([ayselDoc.whenSynced(), rustamDoc.whenSynced()]);
    const release = {
      id: 7,
      revision: 3,
      title: 'Köhnə',
      lead: '',
      dateline: '',
      releaseDate: null,
      language: 'az',
      status: 'draft',
      body: { type: 'doc', content: [] },
      wordCount: 0,
      createdAt: 1,
      updatedAt: 2,
      deletedAt: null,
      embargoUntil: null,
      embargoZone: null,
      publishAt: null,
    } satisfies Release;
    const saves: unknown[] = [];
    const save = async (args: unknown) => {
      saves.push(args);
      return release;
    };
    const session = new DraftSession(release, { save, saveChanges: save, shared: ayselDoc, storedRevision: async () => 9 });
    session.setMeta({ title: 'Bakıda görüş', dateline: 'Bakı' });
    expect(session.getMeta().title).toBe('Bakıda görüş');
    expect(await session.flush()).toBe(true);
    expect(session.isDirty()).toBe(false);
    expect(session.getState().kind).toBe('saved');
    expect(saves).toEqual([]);
    await until(
      () => rustamDoc.readMeta().dateline,
      (dateline) => dateline === 'Bakı',
      'the dateline at the other window',
    );
    // Someone else's field change reaches the session's fields (what the editor shows).
    rustamDoc.writeMeta({ lead: 'Rüstəmin girişi' });
    await until(
      () => session.getMeta().lead,
      (lead) => lead === 'Rüstəmin girişi',
      'the lead in the session',
    );
    await until(
      () => session.revision,
      (revision) => revision === 9,
      'the host revision after the acknowledgement',
    );
    session.dispose();
    opened.splice(opened.indexOf(ayselDoc), 1);
  });

  it('is refused with a wrong token and says so', async () => {
    const intruder = connect(AYSEL, 'not-the-key');
    await until(
      () => intruder.getSnapshot().denied,
      (denied) => denied !== null,
      'the refusal',
    );
  });

  it('says reconnecting while the relay is gone and offline when the host cannot reach the office', async () => {
    const aysel = connect(AYSEL);
    await until(
      () => aysel.getSnapshot().link,
      (link) => link === 'online',
      'online',
    );
    aysel.setOfficeOnline(false);
    expect(aysel.getSnapshot().link).toBe('offline');
    aysel.setOfficeOnline(true);
    const links: string[] = [];
    aysel.subscribe(() => links.push(aysel.getSnapshot().link));
    // The socket drops (the host restarting, say) and comes back by itself.
    for (const socket of server.webSocketServer.clients) socket.terminate();
    await until(
      () => links,
      (list) => list.includes('reconnecting') && list.at(-1) === 'online',
      'reconnecting, then online again',
    );
  });
});
