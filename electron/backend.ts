// The database and the API handlers, in a utilityProcess of their own: a slow or stuck call (a big
// import, a long export) keeps only this process busy, never the window. Main relays the preload's
// named calls here by name, to the same dispatcher browser mode and the CLI use. No electron import:
// a utility process is plain Node with a parent port.
import { DatabaseDamagedError, type Db } from '../db/open';
import { openAppDatabase, openReadOnlyCopy } from '../host/app-db';
import { createDispatcher, fromWire, type HostServices, type WireDispatcher } from '../host/handlers';
import type { PrintPdf } from '../host/pdf';
import { announcePublished, startScheduler, type Scheduler } from '../host/scheduler';
import { withEvents } from '../host/call-events';
import type { HostEvent } from '../core/host-events';
import type { FromBackend, OpenRequest, ToBackend } from './backend-messages';
import { joinOffice, unreachableMessage, wrongPasswordMessage } from '../host/team/join';
import { OfficeUnreachableError, WrongPasswordError } from '../host/team/office-auth';
import { startCollabServer, type CollabServer } from '../host/team/collab-server';
import type { TeamHost } from '../host/team/team-host';
import type { TeamRole } from '../core/team';
import { getTeamSession } from '../db/team-store';

interface ParentPort {
  on(event: 'message', listener: (event: { data: ToBackend }) => void): void;
  postMessage(message: FromBackend): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('electron/backend.ts runs as an Electron utility process');
const port = parentPort;

let db: Db | null = null;
let dispatch: WireDispatcher | null = null;
let scheduler: Scheduler | null = null;
let team: TeamHost | null = null;
let collab: CollabServer | null = null;
let nextPrint = 0;
const printing = new Map<number, { resolve(pdf: Uint8Array): void; reject(error: Error): void }>();

const printPdf: PrintPdf = (html) =>
  new Promise((resolve, reject) => {
    const id = nextPrint++;
    printing.set(id, { resolve, reject });
    port.postMessage({ type: 'print', id, html });
  });

/** Main passes events on to the window's preload (electron/main.ts). */
const emit = (event: HostEvent) => port.postMessage({ type: 'event', event });

/** Joined to the office (UNTESTED in Electron, see host/team/collab-server.ts): the wrong password is said in the three languages. */
async function join(opened: Db, request: OpenRequest): Promise<TeamHost | undefined> {
  const kept = request.keptTeam;
  if (!request.team && !kept) return undefined;
  try {
    const joined = request.team
      ? await joinOffice(opened, { ...request.team, dbPath: request.dbPath })
      : await joinOffice(opened, {
          serverUrl: kept!.serverUrl,
          user: kept!.user,
          dbPath: request.dbPath,
          kept: { token: kept!.token, expiresAt: kept!.expiresAt, user: { name: kept!.user, role: kept!.role as TeamRole } },
        });
    await serve(joined);
    return joined;
  } catch (error) {
    if (error instanceof WrongPasswordError) throw new Error(wrongPasswordMessage(error.user), { cause: error });
    if (error instanceof OfficeUnreachableError) throw new Error(`${error.message}\n${unreachableMessage(error.url)}`, { cause: error });
    throw error;
  }
}

/** The page's relay and events for a joined library. */
async function serve(joined: TeamHost): Promise<void> {
  joined.onEvent(emit);
  collab = await startCollabServer(joined);
}

/**
 * The connect dialog's join while the app runs (UNTESTED in Electron): the dispatcher is made again
 * around the team, and main is handed the sign-in to keep in the OS keychain.
 */
function services(request: OpenRequest): HostServices {
  const given: HostServices = {
    printPdf,
    exportDir: request.exportDir,
    joinOffice: async ({ server, user, password }) => {
      const joined = await joinOffice(db!, { serverUrl: server, user, password, dbPath: request.dbPath });
      await serve(joined);
      team = joined;
      dispatch = fromWire(withEvents(createDispatcher(db!, { mode: 'electron', dbPath: request.dbPath }, given, joined), { emit }));
      const session = getTeamSession(db!);
      if (session) {
        const { serverUrl, userName, role, token, expiresAt } = session;
        port.postMessage({ type: 'team-signed-in', session: { serverUrl, user: userName, role, token, expiresAt } });
      }
      return joined.status();
    },
  };
  return given;
}

async function open(request: OpenRequest): Promise<void> {
  try {
    let copy: string | null = null;
    if (request.readOnlyCopy) {
      const opened = openReadOnlyCopy(request.dbPath, { nativeBinding: request.nativeBinding });
      db = opened.db;
      copy = opened.copy;
    } else {
      db = openAppDatabase(request.dbPath, { nativeBinding: request.nativeBinding });
    }
    team = (await join(db, request)) ?? null;
    dispatch = fromWire(withEvents(createDispatcher(db, { mode: 'electron', dbPath: request.dbPath }, services(request), team ?? undefined), { emit }));
    // The page asks for what the scheduler published (listScheduledPublications) and tells the officer.
    // A read-only copy is never written, so nothing is published from it.
    if (!request.readOnlyCopy) scheduler = startScheduler(db, announcePublished(emit));
    port.postMessage({ type: 'opened', copy });
  } catch (error) {
    port.postMessage({ type: 'open-failed', message: (error as Error).message, damaged: error instanceof DatabaseDamagedError });
  }
}

port.on('message', ({ data }) => {
  if (data.type === 'open') return void open(data);
  if (data.type === 'printed') {
    const waiting = printing.get(data.id);
    printing.delete(data.id);
    if (data.pdf) waiting?.resolve(data.pdf);
    else waiting?.reject(new Error(data.error ?? 'printing failed'));
    return;
  }
  const { id, name, args } = data;
  if (!dispatch) return port.postMessage({ type: 'result', id, envelope: { ok: false, error: { code: 'unavailable', message: 'the database is not open' } } });
  void dispatch(name, args).then((envelope) => port.postMessage({ type: 'result', id, envelope }));
});

// Main stops this process on quit: close the file properly (the WAL checkpointed) first.
process.on('SIGTERM', () => {
  scheduler?.stop();
  void Promise.all([collab?.close(), team?.close()]).finally(() => {
    db?.close();
    process.exit(0);
  });
});
