// The desktop side of the shared library with real processes: a `pressdesk server` office and two or
// three `pressdesk serve --team` hosts, each on its own SQLite file in a temp folder.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode, Release } from '../../core/api';
import { waitFor } from '../helpers/collab-client';
import { startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';
import { startTeamHost, type TeamHostHandle } from '../helpers/team-host';
import { tempDir } from '../helpers/temp-dir';

const para = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const textOf = (release: Release) => (release.body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text ?? '').join('')).join('\n');

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
  await waitFor(() => false, 'never', 0).catch(() => {});
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

describe('joining the office', () => {
  it('a release made and saved through the API of one host reaches another connected host', async () => {
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
    await a.call('saveRelease', { id: created.id, revision: current.revision, fields: { lead: 'Giriş', body: para('Baş prokuror Bakıda görüşdü.') }, snapshot: 'explicit' });
    const updated = await until(b, onB.id, (release) => textOf(release) === 'Baş prokuror Bakıda görüşdü.', 'the save on B');
    expect(updated.lead).toBe('Giriş');
    // On B the text is searchable as any other release.
    const found = await b.call('listReleases', { query: 'bakida' });
    expect(found.items.map((item) => item.id)).toContain(onB.id);
  });
});
