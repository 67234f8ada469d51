// Who may change what on the office server: a translator edits versions, not source releases; only an
// approver (or an admin) approves. Real server process, real Hocuspocus clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, waitFor, type CollabClient } from '../helpers/collab-client';
import { startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';

const UID = '5c1d0a8e-2f3b-4e6a-9b7c-1d2e3f4a5b6c';
const RELEASE = `release/${UID}`;
const VERSION = `version/${UID}/en`;

function paragraphText(doc: Y.Doc): string {
  return doc
    .getXmlFragment('body')
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    )
    .join('\n');
}

function writeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('body').push([paragraph]);
}

/**
 * Resolves once `observer` has seen an awareness marker `sender` set after its edit: the server handles
 * one connection's messages in order, so by then it has handled (and accepted or refused) the edit.
 */
async function afterServerHandled(sender: CollabClient, observer: CollabClient, marker: string): Promise<void> {
  sender.provider.setAwarenessField('marker', marker);
  await waitFor(() => [...observer.provider.awareness!.getStates().values()].some((state) => state.marker === marker), `the marker ${marker}`);
}

// Generous timeouts: every login checks a password with scrypt, slow by design, on a shared machine.
describe('roles on the office server', { timeout: 120_000 }, () => {
  let server: OfficeServerHandle;
  const clients: CollabClient[] = [];
  const open = async (user: string, name: string) => {
    const client = connectClient(server.url, name, (await server.login(user)).token);
    clients.push(client);
    await waitFor(() => client.provider.isSynced || client.refusal() !== null, `${user} on ${name}`);
    return client;
  };

  beforeAll(async () => {
    server = await startOfficeServer({
      users: [
        { name: 'Leyla', role: 'author', password: 'author password' },
        { name: 'Tom', role: 'translator', password: 'translator pass' },
        { name: 'Nigar', role: 'approver', password: 'approver pass' },
      ],
    });
  }, 90_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.stop();
  });

  it("keeps a translator's edit out of the source release and takes it in the version", async () => {
    const author = await open('Leyla', RELEASE);
    writeParagraph(author.doc, 'Mənbə mətni.');
    await author.synced();

    const translator = await open('Tom', RELEASE);
    expect(translator.readOnly()).toBe(true);
    await waitFor(() => paragraphText(translator.doc) === 'Mənbə mətni.', 'the translator to read the release');
    writeParagraph(translator.doc, 'Translator was here.');
    await afterServerHandled(translator, author, 'after-release-edit');
    expect(translator.provider.hasUnsyncedChanges).toBe(true);
    expect(paragraphText(author.doc)).toBe('Mənbə mətni.');
    const fresh = await open('Nigar', RELEASE);
    expect(paragraphText(fresh.doc)).toBe('Mənbə mətni.');

    const translatorOnVersion = await open('Tom', VERSION);
    expect(translatorOnVersion.readOnly()).toBe(false);
    writeParagraph(translatorOnVersion.doc, 'Source text.');
    await translatorOnVersion.synced();
    const authorOnVersion = await open('Leyla', VERSION);
    await waitFor(() => paragraphText(authorOnVersion.doc) === 'Source text.', 'the version to reach the author');
  });

  it('refuses an approval from anyone but an approver, and takes it from the approver', async () => {
    const author = await open('Leyla', RELEASE);
    author.doc.getMap('fields').set('title', 'Görüş');
    await author.synced();
    author.doc.getMap('fields').set('status', 'approved');
    await waitFor(() => author.closeReasons().length > 0, 'the server to refuse the approval');
    expect(author.closeReasons()).toContain('status_approved_needs_approver');

    const watcher = await open('Nigar', RELEASE);
    expect(watcher.doc.getMap('fields').get('title')).toBe('Görüş');
    expect(watcher.doc.getMap('fields').get('status')).not.toBe('approved');

    watcher.doc.getMap('fields').set('status', 'review');
    await watcher.synced();
    watcher.doc.getMap('fields').set('status', 'approved');
    await watcher.synced();
    expect(watcher.closeReasons()).toEqual([]);
    const reader = await open('Tom', RELEASE);
    expect(reader.doc.getMap('fields').get('status')).toBe('approved');
  });
});
