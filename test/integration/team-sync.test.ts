// The desktop side of the shared library with real processes: a `pressdesk server` office and two or
// three `pressdesk serve --team` hosts, each on its own SQLite file in a temp folder.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocNode, Release } from '../../core/api';
import * as Y from 'yjs';
import { connectClient, waitFor, type CollabClient } from '../helpers/collab-client';
import { startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';
import { startTeamHost, type TeamHostHandle } from '../helpers/team-host';
import { tempDir } from '../helpers/temp-dir';

const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');
const para = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const textOf = (release: Release) => (release.body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text ?? '').join('')).join('\n');

// Each test starts an office and two or three hosts as real processes on a shared, busy machine.
vi.setConfig({ testTimeout: 240_000 });

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  cleanup = [];
});

async function office(): Promise<OfficeServerHandle> {
  const server = await startOfficeServer({
    users: [
      { name: 'aysel', role: 'author', password: 'aysel-secret' },
      { name: 'rauf', role: 'editor', password: 'rauf-secret' },
      { name: 'nigar', role: 'translator', password: 'nigar-secret' },
    ],
  });
  cleanup.push(() => server.stop());
  return server;
}

async function host(server: OfficeServerHandle, user: string, dbPath = join(tempDir(), `${user}.db`)): Promise<TeamHostHandle> {
  const started = await startTeamHost({ dbPath, serverUrl: server.url, user, passwordFile: server.passwordFile(user) });
  cleanup.push(() => started.stop());
  return started;
}

/** The release that host `h` keeps for shared document `name`, once it has it. */
async function sharedOn(h: TeamHostHandle, name: string): Promise<Release> {
  let found: Release | null = null;
  const deadline = Date.now() + 20_000;
  while (!found) {
    const list = await h.call('listReleases', { limit: 500 });
    for (const item of list.items) {
      const doc = await h.call('teamDocOf', { id: item.id });
      if (doc.name === name) found = await h.call('getRelease', { id: item.id });
    }
    if (!found) {
      if (Date.now() > deadline) throw new Error(`${name} never reached the host:\n${h.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return found;
}

/** Polls host `h`'s copy of release `id` until `check` holds. */
async function until(h: TeamHostHandle, id: number, check: (release: Release) => boolean, what: string): Promise<Release> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const release = await h.call('getRelease', { id });
    if (check(release)) return release;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(release)}\n${h.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A renderer's editor on host `h`: a Hocuspocus client of the host's /collab socket, its token the session key. */
function editor(h: TeamHostHandle, name: string): CollabClient {
  const client = connectClient(`${h.origin.replace('http:', 'ws:')}/collab`, name, h.key);
  cleanup.push(async () => client.destroy());
  return client;
}

/** Types `text` into the first paragraph of the body at `offset` (from the end when negative), as the editor's binding would. */
function typeAt(doc: Y.Doc, offset: number, text: string): void {
  const paragraph = doc.getXmlFragment('body').get(0) as Y.XmlElement;
  const run = paragraph.get(0) as Y.XmlText;
  run.insert(offset < 0 ? run.length + offset + 1 : offset, text);
}

const firstParagraph = (doc: Y.Doc) => ((doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).toString();

describe('joining the office', () => {
  it('a release made and saved through the API of one host reaches another connected host, and so do trashing and restoring it', async () => {
    const server = await office();
    const a = await host(server, 'aysel');
    const b = await host(server, 'rauf');
    expect(await a.call('teamStatus')).toMatchObject({ mode: 'team', user: { name: 'aysel', role: 'author' }, collabPath: '/collab' });

    const created = await a.call('createRelease', { title: 'Görüş', body: para('Baş prokuror görüşdü.') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    expect(name).toMatch(/^release\/[0-9a-f-]{36}$/);
    const onB = await sharedOn(b, name!);
    expect(onB.title).toBe('Görüş');

    const current = await a.call('getRelease', { id: created.id });
    await a.call('saveRelease', {
      id: created.id,
      revision: current.revision,
      fields: { lead: 'Giriş', body: para('Baş prokuror Bakıda görüşdü.') },
      snapshot: 'explicit',
    });
    const updated = await until(b, onB.id, (release) => textOf(release) === 'Baş prokuror Bakıda görüşdü.', 'the save on B');
    expect(updated.lead).toBe('Giriş');
    // On B the text is searchable as any other release.
    const found = await b.call('listReleases', { query: 'bakida' });
    expect(found.items.map((item) => item.id)).toContain(onB.id);

    // The trash is the office's too.
    await a.call('trashRelease', { id: created.id });
    await until(b, onB.id, (release) => release.deletedAt !== null, 'the release to go to the trash on B');
    await b.call('restoreRelease', { id: onB.id });
    await until(a, created.id, (release) => release.deletedAt === null, 'the release to come back on A');
  });

  it('concurrent typing in one paragraph on two hosts converges on all three, carets pass through', async () => {
    const server = await office();
    const [a, b, c] = [await host(server, 'aysel'), await host(server, 'rauf'), await host(server, 'nigar')];
    const created = await a.call('createRelease', { title: 'Birgə', body: para('Prokuror görüşdü.') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    const onB = await sharedOn(b, name!);
    const onC = await sharedOn(c, name!);

    const ea = editor(a, name!);
    const eb = editor(b, name!);
    await Promise.all([ea.synced(), eb.synced()]);
    await waitFor(() => ea.doc.getXmlFragment('body').length > 0 && eb.doc.getXmlFragment('body').length > 0, 'both editors to have the text');
    ea.provider.awareness!.setLocalStateField('user', { name: 'aysel', color: '#c00' });
    for (let i = 0; i < 25; i++) {
      typeAt(ea.doc, 0, 'a');
      typeAt(eb.doc, -1, 'b');
      if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all([ea.synced(), eb.synced()]);
    const expected = (text: string) => (text.match(/a/g) ?? []).length >= 25 && (text.match(/b/g) ?? []).length >= 25;
    await waitFor(() => firstParagraph(ea.doc) === firstParagraph(eb.doc) && expected(firstParagraph(ea.doc)), 'the editors to converge', 20_000);
    const text = firstParagraph(ea.doc);
    expect(text).toBe(`${'a'.repeat(25)}Prokuror görüşdü.${'b'.repeat(25)}`);
    for (const [h, id] of [
      [a, created.id],
      [b, onB.id],
      [c, onC.id],
    ] as const) {
      await until(h, id, (release) => textOf(release) === text, `host ${h.origin} to hold the merged text`);
    }
    // Aysel's caret on host A reaches the editor on host B through both relays and the office.
    await waitFor(
      () => [...eb.provider.awareness!.getStates().values()].some((state) => (state as { user?: { name?: string } }).user?.name === 'aysel'),
      "aysel's caret on host B",
    );
    const presence = await c.call('teamStatus');
    expect(presence.mode === 'team' && presence.presence.some((seen) => seen.user.name === 'aysel')).toBe(true);
  });

  it('a wrong password ends with a clear message in az/en/ru and a non-zero exit', async () => {
    const server = await office();
    const wrong = join(tempDir(), 'wrong.pw');
    writeFileSync(wrong, 'not-her-password\n', { mode: 0o600 });
    const result = spawnSync(
      process.execPath,
      [BIN, 'serve', '--db', join(tempDir(), 'x.db'), '--port', '0', '--team', server.url, '--user', 'aysel', '--password-file', wrong],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The office refused user "aysel": wrong user name or password');
    expect(result.stderr).toContain('Ofis "aysel" istifadəçisini qəbul etmədi');
    expect(result.stderr).toContain('Офис не принял пользователя «aysel»');
    expect(result.stderr).not.toContain('    at ');
  });

  it("a translator's save or status step on a source release is refused with a clear error; the author's CLI status step reaches her", async () => {
    const server = await office();
    const a = await host(server, 'aysel');
    const t = await host(server, 'nigar');
    const created = await a.call('createRelease', { title: 'Mənbə', body: para('Azərbaycanca mətn.') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    const onT = await sharedOn(t, name!);
    const refused = await t.dispatch('saveRelease', { id: onT.id, revision: onT.revision, fields: { title: 'Dəyişdirilmiş' }, snapshot: 'auto' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(!refused.ok && refused.error.message).toMatch(/translator edits the translated versions, not the source release/);
    expect((await t.call('getRelease', { id: onT.id })).title).toBe('Mənbə');
    const status = await t.dispatch('changeStatus', { id: onT.id, revision: onT.revision, to: 'review' });
    expect(status).toMatchObject({ ok: false, error: { code: 'blocked' } });
    // Nothing of it reached the author.
    expect((await a.call('getRelease', { id: created.id })).title).toBe('Mənbə');

    // The command line, in another process on the author's library file while her host runs: the
    // host puts the row's change into the shared document, and the translator's host receives it.
    const cli = spawnSync(process.execPath, [BIN, 'status', String(created.id), '--set', 'review', '--db', a.dbPath], { encoding: 'utf8', timeout: 60_000 });
    expect(cli.status, cli.stderr).toBe(0);
    await until(t, onT.id, (release) => release.status === 'review', "the CLI's status step on the translator's host");
  });

  it('two hosts edit offline (office stopped, one host even restarted offline), reconnect, and both edits are everywhere', async () => {
    const server = await office();
    const a = await host(server, 'aysel');
    const b = await host(server, 'rauf');
    const created = await a.call('createRelease', { title: 'Səfər', body: para('Birinci abzas.', 'İkinci abzas.') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    const onB = await sharedOn(b, name!);

    await server.kill9();
    const offline = async (h: TeamHostHandle) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const status = await h.call('teamStatus');
        if (status.mode === 'team' && !status.online) return;
        if (Date.now() > deadline) throw new Error('the host never noticed the office was gone');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await Promise.all([offline(a), offline(b)]);
    // Host A closes and opens again with no office: it starts on its kept token and local copy.
    await a.stop();
    const a2 = await host(server, 'aysel', a.dbPath);
    expect(await a2.call('teamStatus')).toMatchObject({ mode: 'team', online: false });

    const onA = await a2.call('getRelease', { id: created.id });
    await a2.call('saveRelease', {
      id: created.id,
      revision: onA.revision,
      fields: { body: para('Birinci abzas, Ayselin düzəlişi.', 'İkinci abzas.') },
      snapshot: 'auto',
    });
    const fresh = await b.call('getRelease', { id: onB.id });
    await b.call('saveRelease', {
      id: onB.id,
      revision: fresh.revision,
      fields: { title: 'Səfər (Rauf)', body: para('Birinci abzas.', 'İkinci abzas, Raufun düzəlişi.') },
      snapshot: 'auto',
    });
    // Offline, each host searches and reads its own edit.
    expect((await a2.call('listReleases', { query: 'ayselin' })).items.map((item) => item.id)).toEqual([created.id]);
    expect((await b.call('listReleases', { query: 'raufun' })).items.map((item) => item.id)).toEqual([onB.id]);

    await server.restart();
    const merged = 'Birinci abzas, Ayselin düzəlişi.\nİkinci abzas, Raufun düzəlişi.';
    const onA2 = await until(a2, created.id, (release) => textOf(release) === merged, 'both edits on host A');
    const onB2 = await until(b, onB.id, (release) => textOf(release) === merged, 'both edits on host B');
    expect(onA2.title).toBe('Səfər (Rauf)');
    expect(onB2.title).toBe('Səfər (Rauf)');
  });

  it('the office SIGKILLed mid-typing: the host loses nothing it acknowledged, the restarted office nothing it acknowledged', async () => {
    const server = await office();
    const a = await host(server, 'aysel');
    const created = await a.call('createRelease', { title: 'Yazı', body: para('Mətn: ') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    const ea = editor(a, name!);
    await ea.synced();
    await waitFor(() => ea.doc.getXmlFragment('body').length > 0, 'the editor to have the text');
    const letters = 'abcdefghijklmnopqrstuvwxyz0123';
    const type = async (from: number, to: number) => {
      for (const letter of letters.slice(from, to)) {
        typeAt(ea.doc, -1, letter);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await type(0, 10);
    await ea.synced();
    const acknowledgedByOffice = async () => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const status = await a.call('teamStatus');
        if (status.mode === 'team' && status.online && status.unsent === 0) return;
        if (Date.now() > deadline) throw new Error(`host A never had everything acknowledged: ${JSON.stringify(status)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    await acknowledgedByOffice();
    const officeHad = firstParagraph(ea.doc);
    expect(officeHad).toBe('Mətn: abcdefghij');

    // Typing goes on while the office dies under it.
    await Promise.all([type(10, 15), server.kill9()]);
    await type(15, 30);
    await ea.synced();
    const typed = firstParagraph(ea.doc);
    expect(typed).toBe(`Mətn: ${letters}`);
    await a.kill9();

    // The office, restarted, has all it acknowledged (host A is down, so nobody gave it back).
    await server.restart();
    const { token } = await server.login('rauf');
    const reader = connectClient(server.url, name!, token);
    cleanup.push(async () => reader.destroy());
    await reader.synced();
    await waitFor(() => reader.doc.getXmlFragment('body').length > 0, 'the office copy to arrive');
    expect(firstParagraph(reader.doc).startsWith(officeHad)).toBe(true);

    // Host A, started again on its file, lost nothing its editor was told was kept; the office gets the rest.
    const a2 = await host(server, 'aysel', a.dbPath);
    expect(textOf(await a2.call('getRelease', { id: created.id }))).toBe(typed);
    await waitFor(() => firstParagraph(reader.doc) === typed, 'the office to receive what it missed', 20_000);
  });

  it('a translated version is a shared document of its own (version/<uid>/<lang>): the translator edits it, the author receives it', async () => {
    const server = await office();
    const a = await host(server, 'aysel');
    const t = await host(server, 'nigar');
    const created = await a.call('createRelease', { title: 'Mənbə', body: para('Azərbaycanca mətn.') });
    const { name } = await a.call('teamDocOf', { id: created.id });
    const sourceOnT = await sharedOn(t, name!);
    const version = await a.call('translateRelease', { id: created.id, language: 'en' });
    const { name: versionName } = await a.call('teamDocOf', { id: version.id });
    expect(versionName).toBe(`version/${name!.slice('release/'.length)}/en`);
    const onT = await sharedOn(t, versionName!);
    expect(onT.language).toBe('en');
    expect((await t.call('listVersions', { id: sourceOnT.id })).versions.map((v) => v.id)).toEqual([onT.id]);

    await t.call('saveRelease', { id: onT.id, revision: onT.revision, fields: { title: 'Source', body: para('English text.') }, snapshot: 'auto' });
    const received = await until(a, version.id, (release) => textOf(release) === 'English text.', "the translation on the author's host");
    expect(received.title).toBe('Source');
  });
});
