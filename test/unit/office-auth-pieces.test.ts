// The office server's pure pieces: tokens, password hashes, the sign-off guard, message parsing and
// the loopback rule.
import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isLoopbackHost } from '../../server/loopback';
import { hashPassword, passwordStamp, verifyPassword } from '../../server/passwords';
import { refusedStatus } from '../../server/sign-off-guard';
import { isEmptyUpdate, updateInMessage } from '../../server/sync-message';
import { checkToken, signToken } from '../../server/tokens';

describe('tokens', () => {
  const secret = randomBytes(32);
  it('carries its payload until it expires, and not a moment after', () => {
    const token = signToken(secret, { u: 'Aysel', s: 'stamp', exp: 2_000 });
    expect(checkToken(secret, token, 1_999)).toEqual({ ok: true, payload: { u: 'Aysel', s: 'stamp', exp: 2_000 } });
    expect(checkToken(secret, token, 2_000)).toEqual({ ok: false, reason: 'token_expired' });
  });

  it('refuses a token signed with another secret, or with its payload changed', () => {
    const token = signToken(secret, { u: 'Aysel', s: 'stamp', exp: Date.now() + 60_000 });
    expect(checkToken(randomBytes(32), token).ok).toBe(false);
    const [prefix, , mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ u: 'Nigar', s: 'stamp', exp: Date.now() + 60_000 })).toString('base64url');
    expect(checkToken(secret, `${prefix}.${forged}.${mac}`)).toEqual({ ok: false, reason: 'token_invalid' });
    expect(checkToken(secret, 'garbage')).toEqual({ ok: false, reason: 'token_invalid' });
    expect(checkToken(secret, '')).toEqual({ ok: false, reason: 'token_invalid' });
  });
});

describe('passwords', () => {
  it('match only the password they were made from; a new hash has a new stamp', async () => {
    const stored = await hashPassword('Bakı parolu 2024');
    expect(stored).not.toContain('Bakı');
    expect(await verifyPassword('Bakı parolu 2024', stored)).toBe(true);
    expect(await verifyPassword('Baki parolu 2024', stored)).toBe(false);
    // No such user: checked against a hash no password matches.
    expect(await verifyPassword('Bakı parolu 2024', null)).toBe(false);
    const again = await hashPassword('Bakı parolu 2024');
    expect(again).not.toBe(stored);
    expect(passwordStamp(again)).not.toBe(passwordStamp(stored));
  }, 30_000);
});

describe('the sign-off guard', () => {
  function docWithStatus(status: string): Y.Doc {
    const doc = new Y.Doc();
    doc.getMap('fields').set('status', status);
    return doc;
  }
  function updateFrom(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(base));
    const before = Y.encodeStateVector(copy);
    change(copy);
    return Y.encodeStateAsUpdate(copy, before);
  }

  it('refuses approving or publishing by an author or editor, and lets approvers and admins do it', () => {
    const doc = docWithStatus('review');
    const approve = updateFrom(doc, (copy) => copy.getMap('fields').set('status', 'approved'));
    const publish = updateFrom(doc, (copy) => copy.getMap('fields').set('status', 'published'));
    expect(refusedStatus(doc, approve, 'author')).toBe('approved');
    expect(refusedStatus(doc, publish, 'editor')).toBe('published');
    expect(refusedStatus(doc, publish, 'translator')).toBe('published');
    expect(refusedStatus(doc, approve, 'approver')).toBeNull();
    expect(refusedStatus(doc, publish, 'admin')).toBeNull();
    // The live document is untouched by the check.
    expect(doc.getMap('fields').get('status')).toBe('review');
  });

  it('throws on a malformed update, so the server closes the connection before keeping it', () => {
    expect(() => refusedStatus(docWithStatus('draft'), new Uint8Array([5, 200, 1, 7, 7, 7]), 'author')).toThrow();
  });

  it('lets anyone send an approved text back to review, or write the word "approved" in the text', () => {
    const doc = docWithStatus('approved');
    expect(
      refusedStatus(
        doc,
        updateFrom(doc, (copy) => copy.getMap('fields').set('status', 'review')),
        'author',
      ),
    ).toBeNull();
    const text = updateFrom(doc, (copy) => copy.getMap('fields').set('title', 'approved'));
    expect(refusedStatus(doc, text, 'author')).toBeNull();
    const body = updateFrom(docWithStatus('draft'), (copy) => copy.getText('note').insert(0, 'published'));
    expect(refusedStatus(docWithStatus('draft'), body, 'author')).toBeNull();
  });
});

describe('reading the update out of a message', () => {
  function message(type: number, step: number | null, update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'release/x');
    encoding.writeVarUint(encoder, type);
    if (step !== null) encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'salam');
  const update = Y.encodeStateAsUpdate(doc);

  it('finds the update of sync step 2 and update messages, and nothing in the others', () => {
    expect(updateInMessage(message(0, 2, update))).toEqual(update);
    expect(updateInMessage(message(0, 1, update))).toEqual(update);
    expect(updateInMessage(message(4, 2, update))).toEqual(update);
    expect(updateInMessage(message(0, 0, Y.encodeStateVector(doc)))).toBeNull();
    expect(updateInMessage(message(1, null, new Uint8Array([1, 2, 3])))).toBeNull();
    expect(isEmptyUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
    expect(isEmptyUpdate(update)).toBe(false);
  });
});

describe('loopback hosts', () => {
  it('are 127.x, ::1 and localhost; everything else needs TLS in front', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'pressdesk.example.org', '10.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
  });
});
