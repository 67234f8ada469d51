import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DatabaseTooNewError, LATEST_VERSION, migrate } from '../../db/migrate';
import { DatabaseDamagedError, openDatabase } from '../../db/open';
import { createRelease } from '../../db/releases';
import { openAppDatabase, openReadOnlyCopy } from '../../host/app-db';
import { createDispatcher } from '../../host/handlers';
import { body } from '../helpers/docs';
import { tempDir } from '../helpers/temp-dir';

const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');
beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'pressdesk.mjs'))) throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first');
});

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const companions = (file: string) => ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(file + suffix));

/** A library in rollback-journal mode, as an older or newer Pressdesk might leave it, then marked newer. */
function newerVersionFile(): string {
  const file = join(tempDir(), 'newer.db');
  const raw = new Database(file);
  migrate(raw);
  raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
  raw.close();
  return file;
}

/** A real library of `count` releases, closed cleanly, with one page of release_bodies overwritten. */
function damagedFile(count = 300): { file: string; damagedRoot: number } {
  const file = join(tempDir(), 'damaged.db');
  const db = openAppDatabase(file);
  for (let i = 0; i < count; i++) createRelease(db, { title: `Reliz ${i}`, body: body(`Görüş ${i} Bakıda keçirilib. `.repeat(40)) });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'release_bodies'").pluck().get() as number;
  db.close();
  const bytes = readFileSync(file);
  // The interior page's cell pointers and the start of its cells, garbled: the tree no longer holds together.
  bytes.fill(0x5a, (root - 1) * pageSize + 8, (root - 1) * pageSize + 400);
  writeFileSync(file, bytes);
  return { file, damagedRoot: root };
}

// Folder permissions, mount namespaces (as root) and a file-size limit (ulimit) are POSIX's.
const posix = process.platform !== 'win32';
if (!posix) console.warn('skipping the read-only-folder and full-disk tests: they need POSIX permissions and ulimit');

describe('opening a database: judged before anything is written', () => {
  it('refuses a newer version in rollback-journal mode without switching it to WAL or touching it', () => {
    const file = newerVersionFile();
    const before = sha256(file);
    expect(readFileSync(file)[18]).toBe(1); // rollback journal, as the file format records it
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openAppDatabase(file)).toThrow(/newer Pressdesk/);
    expect(sha256(file)).toBe(before);
    expect(companions(file)).toEqual([]);
  });

  it('refuses a damaged file with a clear message and leaves it byte for byte, with no -wal or -shm behind', () => {
    const { file } = damagedFile();
    expect(companions(file)).toEqual([]);
    const before = sha256(file);
    let refused: unknown;
    try {
      openAppDatabase(file);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DatabaseDamagedError);
    expect((refused as Error).message).toMatch(/damaged .*left as it was/);
    expect(sha256(file)).toBe(before);
    expect(companions(file)).toEqual([]);

    const cli = spawnSync(process.execPath, [BIN, 'search', 'baki', '--db', file], { encoding: 'utf8', timeout: 20_000 });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('the database is damaged');
    expect(cli.stderr).toContain('--read-only-copy');
    expect(cli.stderr).not.toContain('    at ');
    expect(sha256(file)).toBe(before);
    expect(companions(file)).toEqual([]);
  });

  it('opens a copy of a damaged file read-only: what can be read is there, every write is refused plainly', async () => {
    const { file } = damagedFile();
    const before = sha256(file);
    const { db, copy } = openReadOnlyCopy(file);
    onTestFinished(() => rmSync(dirname(copy), { recursive: true, force: true }));
    expect(copy).not.toBe(file);
    const dispatch = createDispatcher(db, { mode: 'browser', dbPath: file });
    // The welcome release lives in pages the damage did not reach.
    const titles = db.prepare('SELECT title FROM releases ORDER BY id LIMIT 3').pluck().all();
    expect(titles).toEqual(['Pressdesk-ə xoş gəlmisiniz', 'Reliz 0', 'Reliz 1']);
    for (const [name, args] of [
      ['createRelease', { title: 'Yeni' }],
      ['updateSettings', { uiLanguage: 'en' }],
      ['emptyTrash', {}],
    ] as const) {
      const refused = await dispatch(name, args);
      expect(refused.ok ? 'written' : refused.error).toMatchObject({ code: 'read_only', message: expect.stringContaining('read-only copy') });
    }
    db.close();
    expect(sha256(file)).toBe(before);
    expect(companions(file)).toEqual([]);

    const cli = spawnSync(process.execPath, [BIN, 'search', 'reliz', '--db', file, '--read-only-copy', '--json'], { encoding: 'utf8', timeout: 20_000 });
    expect(cli.stderr).toContain('reading a copy');
    expect(sha256(file)).toBe(before);
  });

  it.skipIf(!posix)('a new database in a read-only folder: a clear message, no file left', () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const file = join(dir, 'new.db');
    // Root ignores folder permissions. Running the host as nobody needs the checkout readable by
    // nobody, which a clone under a private temp folder is not; so root gets a read-only mount of the
    // folder instead, in a mount namespace of its own.
    const asRoot = ['unshare', '--mount', 'sh', '-c', 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', dir];
    const [command, ...prefix] = process.getuid?.() === 0 ? [...asRoot, process.execPath] : [process.execPath];
    const result = spawnSync(command!, [...prefix, BIN, 'serve', '--db', file], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot create a new database here');
    expect(result.stderr).not.toContain('SqliteError');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!posix)('a new database on a full disk: a clear message, no 0-byte file left', () => {
    const dir = join(tempDir(), 'full');
    mkdirSync(dir);
    const file = join(dir, 'new.db');
    // A 16 KiB file-size limit stands in for the full disk: writes past it fail as they would there.
    const result = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 16; exec "$0" "$@"`, process.execPath, BIN, 'serve', '--db', file], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot create a new database here|the disk is full/);
    expect(result.stderr).not.toContain('SqliteError');
    expect(readdirSync(dir)).toEqual([]);
  });
});
