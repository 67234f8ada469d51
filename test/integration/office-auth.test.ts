// The office server's door: passwords, tokens and their expiry, with the real server process and real
// Hocuspocus clients on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitFor } from '../helpers/collab-client';
import { runPressdesk, startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';

const RELEASE = 'release/0b6f3c1e-8d2a-4c55-9a1e-3f0c2b7d9e41';

describe('signing in to the office server', { timeout: 120_000 }, () => {
  let server: OfficeServerHandle;
  beforeAll(async () => {
    server = await startOfficeServer({ users: [{ name: 'Aysel', role: 'author', password: 'correct horse 1' }] });
  }, 60_000);
  afterAll(() => server?.stop());

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.httpUrl}/auth`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('gives a token for the right password and the same 401 for a wrong password or an unknown user', async () => {
    const ok = await post({ user: 'Aysel', password: 'correct horse 1' });
    expect(ok.status).toBe(200);
    const answer = await ok.json();
    expect(answer.user).toEqual({ name: 'Aysel', role: 'author' });
    expect(Date.parse(answer.expiresAt)).toBeGreaterThan(Date.now());
    expect(answer.token).toMatch(/^v1\./);

    const wrong = await post({ user: 'Aysel', password: 'correct horse 2' });
    const unknown = await post({ user: 'Nobody', password: 'correct horse 1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'wrong_password' });
    expect(await unknown.json()).toEqual({ error: 'wrong_password' });
  });

  it('validates the request at the door: JSON only, the fields named, the size bounded', async () => {
    expect((await post({ user: 'Aysel' })).status).toBe(400);
    await expect((await post({ user: 'Aysel' })).json()).resolves.toMatchObject({ error: 'invalid', issues: [expect.stringContaining('password')] });
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ user: 'Aysel', password: 'x' }, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post({ user: 'Aysel', password: 'x'.repeat(10_000) })).status).toBe(413);
    expect((await fetch(`${server.httpUrl}/auth`)).status).toBe(405);
    expect((await fetch(`${server.httpUrl}/anything`)).status).toBe(404);
  });

  it('says plainly on the command line that the password is wrong, and exits non-zero', async () => {
    const good = await runPressdesk(['server', 'login', server.url, '--user', 'Aysel', '--password-file', server.passwordFile('Aysel')]);
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('signed in as Aysel (author)');
    expect(good.code).toBe(0);

    const { dir, file } = await writeTemp('not the password');
    try {
      const bad = await runPressdesk(['server', 'login', server.url, '--user', 'Aysel', '--password-file', file]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('wrong user name or password for Aysel');
    } finally {
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('lets a client with a token open a document, and refuses a made-up token or document name', async () => {
    const { token } = await server.login('Aysel');
    const client = connectClient(server.url, RELEASE, token);
    const forged = connectClient(server.url, RELEASE, `${token.slice(0, -4)}AAAA`);
    const strange = connectClient(server.url, 'secrets/everything', token);
    try {
      await client.synced();
      expect(client.readOnly()).toBe(false);
      await waitFor(() => forged.refusal() !== null && strange.refusal() !== null, 'both refusals');
      expect(forged.refusal()).toBe('token_invalid');
      expect(strange.refusal()).toBe('unknown_document');
    } finally {
      client.destroy();
      forged.destroy();
      strange.destroy();
    }
  });
});

describe('tokens that expire', { timeout: 120_000 }, () => {
  let server: OfficeServerHandle;
  beforeAll(async () => {
    server = await startOfficeServer({ users: [{ name: 'Rauf', role: 'editor', password: 'expiring token' }], tokenTtl: 1 });
  }, 60_000);
  afterAll(() => server?.stop());

  it('refuses an expired token with the reason, and a fresh one is taken again', async () => {
    const old = await server.login('Rauf');
    await waitFor(() => Date.parse(old.expiresAt) < Date.now(), 'the token to expire', 5_000);
    const late = connectClient(server.url, RELEASE, old.token);
    try {
      await waitFor(() => late.refusal() !== null, 'the refusal');
      expect(late.refusal()).toBe('token_expired');
    } finally {
      late.destroy();
    }
    const fresh = connectClient(server.url, RELEASE, (await server.login('Rauf')).token);
    try {
      await fresh.synced();
      expect(fresh.refusal()).toBeNull();
    } finally {
      fresh.destroy();
    }
  });
});

async function writeTemp(password: string): Promise<{ dir: string; file: string }> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'pressdesk-pw-'));
  const file = join(dir, 'pw');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { dir, file };
}
