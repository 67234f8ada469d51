// Two office server processes on one PostgreSQL and one Redis: a client on each sees the other's edits,
// a token from one opens documents on the other, and a restart of both keeps everything. Real
// postgres and redis-server started by the test's own helper on loopback ports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, waitFor, type CollabClient } from '../helpers/collab-client';
import { startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';
import { missingPgRedis, startPgRedis, type PgRedis } from '../helpers/pg-redis';

const RELEASE = 'release/7e6d5c4b-3a29-4817-a6b5-c4d3e2f1a098';

function bodyText(doc: Y.Doc): string {
  return doc.getXmlFragment('body').toString();
}

function addParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').push([paragraph]);
}

describe.skipIf(missingPgRedis())('two office servers on PostgreSQL and Redis', { timeout: 120_000 }, () => {
  let backing: PgRedis;
  let first: OfficeServerHandle;
  let second: OfficeServerHandle;
  const clients: CollabClient[] = [];
  const open = async (server: OfficeServerHandle, user: string) => {
    const client = connectClient(server.url, RELEASE, (await first.login(user)).token);
    clients.push(client);
    await client.synced();
    return client;
  };

  beforeAll(async () => {
    backing = await startPgRedis();
    const shared = { postgres: backing.postgresUrl, redis: backing.redisUrl };
    first = await startOfficeServer({
      ...shared,
      users: [
        { name: 'Aysel', role: 'author', password: 'first officer' },
        { name: 'Rauf', role: 'editor', password: 'second officer' },
      ],
    });
    second = await startOfficeServer(shared);
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await first?.stop();
    await second?.stop();
    await backing?.stop();
  });

  it("shows each process's clients the other's edits, with users and tokens shared through PostgreSQL", async () => {
    expect(first.port).not.toBe(second.port);
    const onFirst = await open(first, 'Aysel');
    const onSecond = await open(second, 'Rauf');
    addParagraph(onFirst.doc, 'Birinci serverdən.');
    addParagraph(onSecond.doc, 'İkinci serverdən.');
    await Promise.all([onFirst.synced(), onSecond.synced()]);
    await waitFor(
      () => [onFirst, onSecond].every((client) => bodyText(client.doc).includes('Birinci serverdən.') && bodyText(client.doc).includes('İkinci serverdən.')),
      'both edits on both clients',
    );
    expect(bodyText(onFirst.doc)).toBe(bodyText(onSecond.doc));
    // The second process had no users given: it checks the password against the same table.
    const { token } = await second.login('Rauf', 'second officer');
    expect(token).toMatch(/^v1\./);
  });

  it('keeps every acknowledged edit through a SIGKILL of one process and a restart of both', async () => {
    const onSecond = await open(second, 'Rauf');
    addParagraph(onSecond.doc, 'SIGKILL-dən əvvəl.');
    await onSecond.synced();
    for (const client of clients) client.destroy();
    clients.length = 0;
    await second.kill9();
    await first.restart();
    await second.restart();

    const reader = await open(second, 'Aysel');
    for (const text of ['Birinci serverdən.', 'İkinci serverdən.', 'SIGKILL-dən əvvəl.']) expect(bodyText(reader.doc)).toContain(text);
    const other = await open(first, 'Rauf');
    expect(bodyText(other.doc)).toBe(bodyText(reader.doc));
  });
});
