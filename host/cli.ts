import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ReleaseList } from '../core/api';
import { DatabaseOpenError } from '../db/open';
import { DatabaseTooNewError } from '../db/migrate';
import { openAppDatabase } from './app-db';
import { findBrowser, openAppWindow } from './browser';
import { ensureElectronAbiBinding } from './electron-abi';
import { electronVersion, findElectronBinary } from './electron-binary';
import { exportCommand, importCommand } from './cli-publish';
import { embargoCommand, historyCommand, statusCommand } from './cli-signoff';
import { tagCommand } from './cli-tag';
import { createDispatcher } from './handlers';
import { startScheduler } from './scheduler';
import { UsageError } from './usage-error';
import { translitLines } from '../core/translate/translit-cli';
import { startHost } from './http-host';
import { appDataDir, resolveDbPath } from './paths';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RENDERER_DIR = join(HERE, 'renderer');
const ELECTRON_MAIN = join(HERE, 'electron', 'main.cjs');
/** The app folder: the one holding node_modules, .cache and dist. */
const ROOT = join(HERE, '..');

const USAGE = `Pressdesk — editorial workstation

  pressdesk [start] [--db PATH] [--browser]   open the app (Electron if present, else a browser window)
  pressdesk serve [--db PATH] [--port N]      browser mode without opening a window; prints the address
  pressdesk search QUERY [--db PATH] [--json] [--limit N] [--status S] [--language L] [--from DATE] [--to DATE]
  pressdesk import FILE... [--db PATH] [--json] [--force]   import .txt .md .html .docx files as releases
  pressdesk export ID... --format html|docx|pdf --out DIR [--db PATH] [--json]
  pressdesk tag FILE... [--json] [--db PATH]  suggested tags: countries, organisations, people, places, delegations
  pressdesk translit --to en|ru NAME...      Azerbaijani names in English or Russian spelling, one per line
  pressdesk status ID --set draft|review|approved|published|archived [--by NAME] [--role ROLE] [--reason TEXT]
  pressdesk embargo ID --until ISO-8601|none [--zone Asia/Baku] [--schedule] [--by NAME]
  pressdesk history ID [--json]              transitions, approvals with their revision, exports

The database is ${resolveDbPath()} unless --db or PRESSDESK_DB names another.`;


export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      browser: { type: 'boolean' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      status: { type: 'string' },
      language: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      force: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      set: { type: 'string' },
      by: { type: 'string' },
      role: { type: 'string' },
      reason: { type: 'string' },
      until: { type: 'string' },
      zone: { type: 'string' },
      schedule: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'start', ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const dbPath = resolveDbPath(values.db);
  switch (command) {
    case 'start':
      return start(dbPath, values.browser ?? false);
    case 'serve':
      return serve(dbPath, parsePort(values.port));
    case 'search':
      return search(dbPath, rest.join(' '), values);
    case 'import':
      return importCommand(dbPath, rest, values);
    case 'export':
      return exportCommand(dbPath, rest, values);
    case 'tag':
      return tagCommand(rest, { json: values.json, dbPath: values.db ?? process.env.PRESSDESK_DB ?? null });
    case 'translit':
      return translit(rest, values.to);
    case 'status':
      return statusCommand(dbPath, rest, values);
    case 'embargo':
      return embargoCommand(dbPath, rest, values);
    case 'history':
      return historyCommand(dbPath, rest, values);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parsePort(text: string | undefined): number {
  const port = Number(text ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535`);
  return port;
}

async function serve(dbPath: string, port: number): Promise<number> {
  const host = await browserMode(dbPath, port);
  console.log(`Pressdesk is serving at ${host.url}`);
  console.log(`Database: ${dbPath}. Press Ctrl+C to stop.`);
  return new Promise(() => {});
}

async function browserMode(dbPath: string, port: number) {
  const db = openAppDatabase(dbPath);
  const host = await startHost({ dispatch: createDispatcher(db, { mode: 'browser', dbPath }), rendererDir: RENDERER_DIR, port });
  // The page asks for what the scheduler published (listScheduledPublications) and tells the officer.
  const scheduler = startScheduler(db);
  const stop = () => {
    scheduler.stop();
    void host.close().finally(() => {
      db.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { ...host, stop };
}

async function start(dbPath: string, forceBrowser: boolean): Promise<number> {
  const electron = forceBrowser ? null : findElectronBinary(ROOT);
  const version = electronVersion(ROOT);
  if (electron && version) {
    try {
      const binding = ensureElectronAbiBinding(version, (message) => console.log(message), ROOT);
      const child = spawn(electron, [ELECTRON_MAIN, '--db', dbPath], {
        stdio: 'inherit',
        env: { ...process.env, PRESSDESK_NATIVE_BINDING: binding },
      });
      return await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
    } catch (error) {
      console.log(`Electron could not start (${(error as Error).message}); opening browser mode instead.`);
    }
  } else {
    console.log('No Electron binary is installed here; opening browser mode.');
  }
  const host = await browserMode(dbPath, 0);
  const browser = hasDisplay() ? findBrowser() : null;
  const keepServing = (why: string) => {
    console.log(`${why} Open this address in a browser:\n${host.url}\nPress Ctrl+C to stop.`);
    return new Promise<number>(() => {});
  };
  if (!browser) return keepServing('No Chromium, Chrome or Edge window can be opened here.');
  const window = openAppWindow(browser, host.url, join(appDataDir(), 'browser-profile'));
  console.log(`Pressdesk is open in ${browser}. Database: ${dbPath}`);
  return new Promise((resolve) => {
    window.on('error', (error) => resolve(keepServing(`${browser} could not start (${error.message}).`)));
    window.on('exit', (code) => {
      // Closing the window ends Pressdesk; a browser that failed must not take the host with it.
      if (code === 0) host.stop();
      else resolve(keepServing(`${browser} stopped with exit code ${code}.`));
    });
  });
}

/** A desktop to open a window on: always on Windows and macOS, on Linux only with X11 or Wayland. */
function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function search(
  dbPath: string,
  query: string,
  flags: { json?: boolean; limit?: string; status?: string; language?: string; from?: string; to?: string },
): Promise<number> {
  if (!query.trim()) throw new UsageError('search needs a query');
  if (!existsSync(dbPath)) throw new UsageError(`there is no database at ${dbPath}`);
  const db = openAppDatabase(dbPath);
  try {
    const result = await createDispatcher(db, { mode: 'browser', dbPath })('listReleases', {
      query,
      sort: 'relevance',
      limit: flags.limit === undefined ? 20 : Number(flags.limit),
      ...(flags.status && { status: flags.status }),
      ...(flags.language && { language: flags.language }),
      ...(flags.from && { dateFrom: flags.from }),
      ...(flags.to && { dateTo: flags.to }),
    });
    if (!result.ok) {
      console.error(`pressdesk: ${result.error.message}${result.error.issues ? `\n  ${result.error.issues.join('\n  ')}` : ''}`);
      return 2;
    }
    const list = result.value as ReleaseList;
    if (flags.json) {
      console.log(JSON.stringify(list, null, 2));
    } else {
      console.log(`${list.total}${list.totalCapped ? '+' : ''} found`);
      for (const item of list.items) {
        const snippet = item.snippet?.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('') ?? '';
        console.log(`#${item.id}  ${item.releaseDate ?? '—'}  ${item.title || '(untitled)'}\n      ${snippet}`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
}

function translit(names: string[], to: string | undefined): number {
  if (to !== 'en' && to !== 'ru') throw new UsageError('translit needs --to en or --to ru');
  if (names.length === 0) throw new UsageError('translit needs at least one NAME (quote names with spaces)');
  for (const line of translitLines(names, to)) console.log(line);
  return 0;
}

export function run(argv: string[]): void {
  main(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        console.error(`pressdesk: ${(error as Error).message}\n\n${USAGE}`);
        process.exit(2);
      }
      if (error instanceof DatabaseTooNewError || error instanceof DatabaseOpenError) {
        console.error(`pressdesk: ${error.message}`);
        process.exit(1);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
