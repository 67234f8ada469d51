import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../host/app-db';
import { createRelease } from '../../db/releases';
import { body } from '../helpers/docs';
import { tempDir } from '../helpers/temp-dir';
import Database from 'better-sqlite3';

// The CLI is tested as users run it: the built bundle behind bin/pressdesk.mjs.
const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');

beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'pressdesk.mjs'))) {
    throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first (npm test does it).');
  }
});

const pressdesk = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

function library(): string {
  const file = join(tempDir(), 'library.db');
  const db = openAppDatabase(file);
  createRelease(db, { title: 'Özbəkistan nümayəndə heyəti', releaseDate: '2024-04-03', body: body('Görüş Bakıda keçirilib.') });
  db.close();
  return file;
}

describe('pressdesk search', () => {
  it('prints matches as JSON, found by a folded word', () => {
    const file = library();
    const result = pressdesk('search', 'ozbekistan', '--db', file, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout);
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ title: 'Özbəkistan nümayəndə heyəti', releaseDate: '2024-04-03' });
  });

  it('takes the database from PRESSDESK_DB and filters by date', () => {
    const file = library();
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, 'search', ...args, '--json'], {
        encoding: 'utf8',
        env: { ...process.env, PRESSDESK_DB: file },
      });
    // The welcome release (dated today) mentions Bakı too.
    expect(JSON.parse(run(['baki']).stdout).total).toBe(2);
    expect(JSON.parse(run(['baki', '--to', '2024-12-31']).stdout).items.map((item: { releaseDate: string }) => item.releaseDate)).toEqual(['2024-04-03']);
  });

  it('says clearly what is wrong instead of creating a database or crashing', () => {
    const missing = join(tempDir(), 'nothing.db');
    const result = pressdesk('search', 'baki', '--db', missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('there is no database at');
    expect(existsSync(missing)).toBe(false);

    const badDate = pressdesk('search', 'baki', '--db', library(), '--from', 'yesterday');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/dateFrom: expected a date/);
  });

  it('says plainly that a file is no database, and that a folder cannot be made', () => {
    const garbage = join(tempDir(), 'garbage.db');
    writeFileSync(garbage, 'not a database '.repeat(400));
    const notADatabase = pressdesk('search', 'baki', '--db', garbage);
    expect(notADatabase.status).toBe(1);
    expect(notADatabase.stderr).toContain('not a Pressdesk database, or it is damaged');
    expect(notADatabase.stderr).not.toContain('    at ');

    const underAFile = join(garbage, 'sub', 'x.db');
    const noFolder = spawnSync(process.execPath, [BIN, 'serve', '--db', underAFile], { encoding: 'utf8', timeout: 20_000 });
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr).toContain('cannot create its folder');
  });

  it('refuses a database from a newer Pressdesk', () => {
    const file = library();
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const result = pressdesk('search', 'baki', '--db', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('newer Pressdesk');
  });
});

describe('pressdesk serve', () => {
  it('says which port is taken and what to do, without a stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      // Asynchronous: the port's holder lives in this process, which must keep running meanwhile.
      const child = spawn(process.execPath, [BIN, 'serve', '--db', join(tempDir(), 'x.db'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(stderr).toContain(`port ${port} is in use`);
      expect(stderr).toContain('--port 0');
      expect(stderr).not.toContain('    at ');
    } finally {
      taken.close();
    }
  });

  it('serves the renderer and the API on loopback and prints the address', async () => {
    const file = join(tempDir(), 'served.db');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Open this page in a browser[^:]*: (file:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      // The launch page leads to the host with a one-time token, which buys the session key.
      const target = /url=(http:\/\/[^"]+)"/.exec(readFileSync(fileURLToPath(url), 'utf8'))![1]!;
      const { origin, hash } = new URL(target);
      const launch = await fetch(`${origin}/launch`, { method: 'POST', headers: { 'x-pressdesk-launch': hash.slice('#launch='.length) } });
      const key = (await launch.json()).value.key as string;
      const page = await fetch(origin);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const reply = await fetch(`${origin}/api/listReleases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
        body: '{}',
      });
      const envelope = await reply.json();
      // A new database starts with the welcome release.
      expect(envelope.value.items.map((item: { title: string }) => item.title)).toEqual(['Pressdesk-ə xoş gəlmisiniz']);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('pressdesk translit', () => {
  it('prints one name per line, official spellings before the rules', () => {
    const ru = pressdesk('translit', '--to', 'ru', 'Kamran Əliyev', 'Hacıyev', 'Şahin');
    expect(ru.status).toBe(0);
    expect(ru.stdout).toBe('Кямран Алиев\nГаджиев\nШахин\n');
    const en = pressdesk('translit', '--to=en', 'Əliyev', 'Hacıyev', 'Şahin');
    expect(en.stdout).toBe('Aliyev\nHajiyev\nShahin\n');
  });

  it("gives the registry's foreign people their own spelling, and rebuilds others for --country", () => {
    expect(pressdesk('translit', '--to', 'en', 'Corca Meloni', 'Cerald Darmanen').stdout).toBe('Giorgia Meloni\nGérald Darmanin\n');
    expect(pressdesk('translit', '--to', 'ru', '--country', 'TR', 'Mehmet Yıldırım').stdout).toBe('Мехмет Йылдырым\n');
    expect(pressdesk('translit', '--to', 'en', '--country', 'it', 'Cuzeppe Konte').stdout).toBe('Giuseppe Conte\n');
    // Without a country an unknown name is read as an Azerbaijani citizen's.
    expect(pressdesk('translit', '--to', 'en', 'Cuzeppe Konte').stdout).toBe('Juzeppe Konte\n');
  });

  it('refuses a missing or unknown target language, or a country that is no code, with the usage', () => {
    for (const args of [
      ['translit', 'Əli'],
      ['translit', '--to', 'de', 'Əli'],
      ['translit', '--to', 'en'],
      ['translit', '--to', 'en', '--country', 'Italy', 'Əli'],
    ]) {
      const result = pressdesk(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('translit');
    }
  });
});

describe('pressdesk tag', () => {
  it('prints each file in exactly the fixed shape, with offsets into the NFC text', () => {
    const dir = tempDir();
    // Decomposed letters in the file: offsets are counted after NFC, as the shape promises.
    const text = 'Baş prokuror Kamran Əliyev Qazaxıstanın Baş prokuroru ilə Bakıda görüşüb.'.normalize('NFD');
    const file = join(dir, 'reliz.txt');
    writeFileSync(file, text);
    const result = pressdesk('tag', file, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]);
    expect(Object.keys(printed)).toEqual(['file', 'entities', 'delegations']);
    expect(printed.file).toBe(file);
    const nfc = text.normalize('NFC');
    for (const entity of printed.entities) {
      expect(Object.keys(entity)).toEqual(['kind', 'az', 'en', 'ru', 'mentions']);
      expect(['country', 'organization', 'person', 'place', 'event']).toContain(entity.kind);
      for (const mention of entity.mentions) {
        expect(Object.keys(mention)).toEqual(['start', 'end', 'text']);
        expect(nfc.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
    const byEn = new Map(printed.entities.map((e: { en: string }) => [e.en, e]));
    expect(byEn.get('Kazakhstan')).toMatchObject({ kind: 'country', az: 'Qazaxıstan', ru: 'Казахстан' });
    expect(byEn.get('Baku')).toMatchObject({ kind: 'place', mentions: [{ text: 'Bakıda' }] });
    for (const delegation of printed.delegations) {
      expect(Object.keys(delegation)).toEqual(['party', 'head', 'role', 'direction']);
    }
  });

  it('reads a Russian or English file in its own language', () => {
    const dir = tempDir();
    const ru = join(dir, 'ru.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(ru, 'Генеральный прокурор встретился с делегацией Республики Казахстан и представителями Интерпола в Баку.');
    writeFileSync(en, "The Prosecutor General met Kazakhstan's delegation and Interpol representatives in Baku.");
    const result = pressdesk('tag', ru, en, '--json');
    expect(result.status).toBe(0);
    const [r, e] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const found = (file: { entities: { en: string; mentions: { text: string }[] }[] }) =>
      Object.fromEntries(file.entities.map((entity) => [entity.en, entity.mentions.map((m) => m.text)]));
    expect(found(r)).toMatchObject({ Kazakhstan: ['Республики Казахстан'], Interpol: ['Интерпола'], Baku: ['Баку'] });
    expect(found(e)).toMatchObject({ Kazakhstan: ["Kazakhstan's"], Interpol: ['Interpol'], Baku: ['Baku'] });
  });

  it('prints one line per file and reports a missing file without stopping', () => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'İnterpolun nümayəndə heyəti Bakıya səfərə gəlib.');
    const result = pressdesk('tag', a, join(dir, 'missing.txt'), a, '--json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing.txt: no such file');
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual([a, a]);
  });
});
