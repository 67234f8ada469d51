import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LANGUAGES, STATUSES } from '../core/api';
import { DatabaseDamagedError, DatabaseOpenError, type Db } from '../db/open';
import { DatabaseTooNewError } from '../db/migrate';
import { openAppDatabase, openReadOnlyCopy } from './app-db';
import { openAppWindow } from './browser';
import { findBrowser, noBrowserMessage } from './find-browser';
import { ensureElectronAbiBinding } from './electron-abi';
import { electronVersion, findElectronBinary } from './electron-binary';
import { exportCommand, importCommand } from './cli-publish';
import { embargoCommand, historyCommand, statusCommand } from './cli-signoff';
import { tagCommand } from './cli-tag';
import { createDispatcher, defaultServices, type HostServices } from './handlers';
import { announcePublished, startScheduler } from './scheduler';
import { withEvents } from './call-events';
import { createEventHub } from '../core/host-events';
import { isOneOf, UsageError } from './usage-error';
import { isCountryCode, translitLines } from '../core/translate/translit-cli';
import { startHost } from './http-host';
import { appDataDir, resolveDbPath } from './paths';
import { joinOffice, unreachableMessage, wrongPasswordMessage, type JoinOptions } from './team/join';
import { OfficeUnreachableError, WrongPasswordError } from './team/office-auth';
import type { TeamHost } from './team/team-host';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RENDERER_DIR = join(HERE, 'renderer');
const ELECTRON_MAIN = join(HERE, 'electron', 'main.cjs');
/** The app folder: the one holding node_modules, .cache and dist. */
const ROOT = join(HERE, '..');

const USAGE = `Pressdesk — editorial workstation

  pressdesk [start] [--db PATH] [--browser]   open the app (Electron if present, else a browser window)
  pressdesk serve [--db PATH] [--port N]      browser mode without opening a window; prints the address
      --team ws://HOST:PORT --user NAME --password-file FILE (start, serve): join the office's shared library
      --read-only-copy (start, serve, search, export): open a read-only copy of a damaged library
  pressdesk search QUERY [--db PATH] [--json] [--limit N] [--status S] [--language L] [--from DATE] [--to DATE]
  pressdesk import FILE... [--db PATH] [--json] [--force]   import .txt .md .html .docx files as releases
  pressdesk export ID... --format html|docx|pdf --out DIR [--db PATH] [--json]
  pressdesk tag FILE... [--json] [--db PATH]  suggested tags: countries, organisations, people, places, delegations
  pressdesk translit --to en|ru [--country CODE] NAME...
                                              names in English or Russian spelling, one per line: the
                                              registry's people as they spell themselves; with --country
                                              (ISO 3166 alpha-2) a foreign name rebuilt for that country
  pressdesk status ID --set draft|review|approved|published|archived [--by NAME] [--role ROLE] [--reason TEXT]
  pressdesk embargo ID --until ISO-8601|none [--zone Asia/Baku] [--schedule] [--by NAME]
  pressdesk history ID [--json]              transitions, approvals with their revision, exports
  pressdesk server --port N --data DIR ...    the office server of a shared library (pressdesk server --help)

The database is ${resolveDbPath()} unless --db or PRESSDESK_DB names another.`;

export async function main(argv: string[]): Promise<number> {
  // The office server has options of its own; loaded only when asked for.
  if (argv[0] === 'server') return (await import('../server/cli')).serverCommand(argv.slice(1));
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
      country: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'read-only-copy': { type: 'boolean' },
      team: { type: 'string' },
      user: { type: 'string' },
      'password-file': { type: 'string' },
    },
  });
  const [command = 'start', ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  const dbPath = resolveDbPath(values.db);
  const library: Library = { dbPath, readOnlyCopy: values['read-only-copy'] ?? false, team: teamOptions(values, dbPath) };
  switch (command) {
    case 'start':
      return start(library, values.browser ?? false);
    case 'serve':
      return serve(library, parsePort(values.port));
    case 'search':
      return search(library, rest.join(' '), values);
    case 'import':
      return importCommand(dbPath, rest, values);
    case 'export':
      return exportCommand(() => openLibrary(library), rest, values);
    case 'tag':
      return tagCommand(rest, { json: values.json, dbPath: values.db ?? process.env.PRESSDESK_DB ?? null });
    case 'translit':
      return translit(rest, values.to, values.country);
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

export interface Library {
  dbPath: string;
  readOnlyCopy: boolean;
  /** Joined to the office (start, serve with --team). */
  team?: JoinOptions;
}

function teamOptions(values: { team?: string; user?: string; 'password-file'?: string }, dbPath: string): JoinOptions | undefined {
  if (values.team === undefined) {
    if (values.user !== undefined || values['password-file'] !== undefined) throw new UsageError('--user and --password-file go with --team');
    return undefined;
  }
  if (!/^wss?:\/\/[^/]+/.test(values.team)) throw new UsageError('--team takes the office address as ws://HOST:PORT (or wss://)');
  if (!values.user || !values['password-file']) throw new UsageError('--team needs --user NAME and --password-file FILE');
  return { serverUrl: values.team, user: values.user, passwordFile: values['password-file'], dbPath };
}

/** The library as asked: the file itself, or a read-only copy of it (to export from a damaged one). */
function openLibrary({ dbPath, readOnlyCopy }: Library): Db {
  if (!readOnlyCopy) return openAppDatabase(dbPath);
  const { db, copy } = openReadOnlyCopy(dbPath);
  console.error(`pressdesk: reading a copy of ${dbPath} (${copy}); nothing can be changed in it.`);
  return db;
}

function parsePort(text: string | undefined): number {
  const port = Number(text ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535`);
  return port;
}

async function serve(library: Library, port: number): Promise<number> {
  const host = await browserMode(library, port);
  console.log(`Pressdesk is serving at ${host.origin}`);
  console.log(`Open this page in a browser (it works once, for this user only): ${host.url}`);
  console.log(`Database: ${library.dbPath}. Press Ctrl+C to stop.`);
  return new Promise(() => {});
}

async function browserMode(library: Library, port: number) {
  const db = openLibrary(library);
  if (library.team && library.readOnlyCopy) throw new UsageError('a read-only copy cannot join the office');
  let team: TeamHost | undefined;
  try {
    team = library.team ? await joinOffice(db, library.team) : undefined;
  } catch (error) {
    db.close();
    throw error;
  }
  const events = createEventHub();
  // The connect dialog joins while the host runs: the dispatcher is made again around the new team.
  const services: HostServices = {
    ...defaultServices(),
    ...(!library.readOnlyCopy && {
      joinOffice: async ({ server, user, password }) => {
        const joined = await joinOffice(db, { serverUrl: server, user, password, dbPath: library.dbPath });
        useTeam(joined);
        console.log(`Joined the office at ${server} as ${user}.`);
        return joined.status();
      },
    }),
  };
  let dispatch = createDispatcher(db, { mode: 'browser', dbPath: library.dbPath }, services, team);
  const useTeam = (joined: TeamHost) => {
    team = joined;
    joined.onEvent((event) => events.emit(event));
    joined.setSessionKey(host.secret);
    dispatch = createDispatcher(db, { mode: 'browser', dbPath: library.dbPath }, services, joined);
  };
  const host = await startHost({
    dispatch: withEvents((name, args) => dispatch(name, args), events),
    rendererDir: RENDERER_DIR,
    port,
    events,
    ...(!library.readOnlyCopy && {
      // Solo, until the connect dialog joins: then the relay is there without a restart.
      collab: (socket, request) => (team ? team.handleRelayConnection(socket, request) : socket.close(1008, 'not joined to an office')),
    }),
  });
  if (team) useTeam(team);
  if (team) console.log(`Joined the office at ${library.team!.serverUrl} as ${library.team!.user}.`);
  // The page asks for what the scheduler published (listScheduledPublications) and tells the officer.
  // A read-only copy is never written, so nothing is published from it.
  const scheduler = library.readOnlyCopy ? { stop() {} } : startScheduler(db, announcePublished(events.emit));
  const stop = () => {
    scheduler.stop();
    void host
      .close()
      .then(() => team?.close())
      .finally(() => {
        db.close();
        process.exit(0);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { ...host, stop };
}

async function start(library: Library, forceBrowser: boolean): Promise<number> {
  const { dbPath } = library;
  const electron = forceBrowser ? null : findElectronBinary(ROOT);
  const version = electronVersion(ROOT);
  if (electron && version) {
    try {
      const binding = ensureElectronAbiBinding(version, (message) => console.log(message), ROOT);
      const team = library.team ? ['--team', library.team.serverUrl, '--user', library.team.user, '--password-file', library.team.passwordFile] : [];
      const child = spawn(electron, [ELECTRON_MAIN, '--db', dbPath, ...(library.readOnlyCopy ? ['--read-only-copy'] : []), ...team], {
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
  const host = await browserMode(library, 0);
  const keepServing = (why: string) => {
    console.log(`${why} Open this page in a browser (it works once, for this user only):\n${host.url}\nPress Ctrl+C to stop.`);
    return new Promise<number>(() => {});
  };
  if (!hasDisplay()) return keepServing('There is no display to open a window on (DISPLAY is not set).');
  const browser = findBrowser();
  if (!browser) return keepServing(`No app window can be opened: ${noBrowserMessage()}.`);
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
  library: Library,
  query: string,
  flags: { json?: boolean; limit?: string; status?: string; language?: string; from?: string; to?: string },
): Promise<number> {
  if (!query.trim()) throw new UsageError('search needs a query');
  const { status, language } = flags;
  if (status !== undefined && !isOneOf(STATUSES, status)) throw new UsageError(`--status takes ${STATUSES.join('|')}`);
  if (language !== undefined && !isOneOf(LANGUAGES, language)) throw new UsageError(`--language takes ${LANGUAGES.join('|')}`);
  const { dbPath } = library;
  if (!existsSync(dbPath)) throw new UsageError(`there is no database at ${dbPath}`);
  const db = openLibrary(library);
  try {
    const result = await createDispatcher(db, { mode: 'browser', dbPath })('listReleases', {
      query,
      sort: 'relevance',
      limit: flags.limit === undefined ? 20 : Number(flags.limit),
      ...(status && { status }),
      ...(language && { language }),
      ...(flags.from && { dateFrom: flags.from }),
      ...(flags.to && { dateTo: flags.to }),
    });
    if (!result.ok) {
      console.error(`pressdesk: ${result.error.message}${result.error.issues ? `\n  ${result.error.issues.join('\n  ')}` : ''}`);
      return 2;
    }
    const list = result.value;
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

function translit(names: string[], to: string | undefined, country: string | undefined): number {
  if (to !== 'en' && to !== 'ru') throw new UsageError('translit needs --to en or --to ru');
  if (names.length === 0) throw new UsageError('translit needs at least one NAME (quote names with spaces)');
  if (country !== undefined && !isCountryCode(country)) throw new UsageError('translit --country takes a two-letter ISO 3166 code, e.g. --country IT');
  for (const line of translitLines(names, to, country)) console.log(line);
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
      if (error instanceof WrongPasswordError) {
        console.error(`pressdesk: ${wrongPasswordMessage(error.user)}`);
        process.exit(1);
      }
      if (error instanceof OfficeUnreachableError) {
        console.error(`pressdesk: ${error.message}\n${unreachableMessage(error.url)}`);
        process.exit(1);
      }
      if (error instanceof DatabaseTooNewError || error instanceof DatabaseOpenError) {
        console.error(`pressdesk: ${error.message}`);
        if (error instanceof DatabaseDamagedError) {
          console.error('To read and export what is still there, open a copy read-only: add --read-only-copy.');
        }
        process.exit(1);
      }
      const { code, port } = error as { code?: string; port?: number };
      if (code === 'EADDRINUSE') {
        console.error(
          `pressdesk: port ${port} is in use by another program (or another Pressdesk); choose another with --port N, or --port 0 for any free one`,
        );
        process.exit(1);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
