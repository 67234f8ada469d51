// `pressdesk server user …` as an admin runs it, against the same store a running server reads.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitFor } from '../helpers/collab-client';
import { runPressdesk, startOfficeServer, type OfficeServerHandle } from '../helpers/office-server';

describe('pressdesk server user', () => {
  let server: OfficeServerHandle;
  let dir: string;
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    return path;
  };
  const user = (...args: string[]) => runPressdesk(['server', 'user', ...args, '--data', server.dataDir]);

  beforeAll(async () => {
    server = await startOfficeServer({ users: [{ name: 'admin', role: 'admin', password: 'admin password' }] });
    dir = mkdtempSync(join(tmpdir(), 'pressdesk-users-'));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds, lists, changes the password of and removes users; a running server sees each change', async () => {
    const added = await user('add', 'Səbinə Quliyeva', '--role', 'translator', '--password-file', file('first', 'birinci parol\n'));
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const listed = await user('list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([
      { name: 'Səbinə Quliyeva', role: 'translator' },
      { name: 'admin', role: 'admin' },
    ]);
    const first = await server.login('Səbinə Quliyeva', 'birinci parol');
    expect(first.user.role).toBe('translator');

    expect((await user('passwd', 'Səbinə Quliyeva', '--password-file', file('second', 'ikinci parol'))).code).toBe(0);
    await expect(server.login('Səbinə Quliyeva', 'birinci parol')).rejects.toThrow(/401/);
    await server.login('Səbinə Quliyeva', 'ikinci parol');
    // The token given under the old password ends with it.
    const stale = connectClient(server.url, 'library', first.token);
    try {
      await waitFor(() => stale.refusal() !== null, 'the stale token to be refused');
      expect(stale.refusal()).toBe('token_revoked');
    } finally {
      stale.destroy();
    }

    expect((await user('role', 'Səbinə Quliyeva', '--role', 'editor')).code).toBe(0);
    expect((await server.login('Səbinə Quliyeva', 'ikinci parol')).user.role).toBe('editor');

    expect((await user('remove', 'Səbinə Quliyeva')).code).toBe(0);
    await expect(server.login('Səbinə Quliyeva', 'ikinci parol')).rejects.toThrow(/401/);
    expect((await user('list')).stdout.trim()).toBe('admin\tadmin');
    // Each step hashes a password (scrypt, deliberately slow) in a new process: generous on a busy machine.
  }, 180_000);

  it('refuses what cannot be right, with a message and a non-zero exit', async () => {
    const twice = await user('add', 'admin', '--role', 'admin', '--password-file', file('p', 'long enough'));
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('there is already a user "admin"');
    const badRole = await user('add', 'x', '--role', 'boss', '--password-file', file('p', 'long enough'));
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role takes one of author, editor, approver, translator, admin');
    const short = await user('add', 'x', '--role', 'author', '--password-file', file('short', 'abc'));
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('shorter than 8 characters');
    const missing = await user('remove', 'ghost');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no user "ghost"');
  }, 120_000);

  it('keeps the token secret readable by its owner only, and stores no password in clear', async () => {
    if (process.platform !== 'win32') expect(statSync(join(server.dataDir, 'token-secret')).mode & 0o777).toBe(0o600);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(server.dataDir, 'office.db'), { readonly: true });
    try {
      const row = db.prepare('SELECT password_hash FROM users WHERE name = ?').get('admin') as { password_hash: string };
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
      expect(row.password_hash).not.toContain('admin password');
    } finally {
      db.close();
    }
  });

  it('refuses to listen on a non-loopback address without TLS in front unless told', async () => {
    const refused = await runPressdesk(['server', '--port', '0', '--host', '0.0.0.0', '--data', join(dir, 'remote')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to listen on 0.0.0.0 without TLS');
  });
});
