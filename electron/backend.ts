// The database and the API handlers, in a utilityProcess of their own: a slow or stuck call (a big
// import, a long export) keeps only this process busy, never the window. Main relays the preload's
// named calls here by name, to the same dispatcher browser mode and the CLI use. No electron import:
// a utility process is plain Node with a parent port.
import { DatabaseDamagedError, type Db } from '../db/open';
import { openAppDatabase, openReadOnlyCopy } from '../host/app-db';
import { createDispatcher, fromWire, type WireDispatcher } from '../host/handlers';
import type { PrintPdf } from '../host/pdf';
import { announcePublished, startScheduler, type Scheduler } from '../host/scheduler';
import { withEvents } from '../host/call-events';
import type { HostEvent } from '../core/host-events';
import type { FromBackend, OpenRequest, ToBackend } from './backend-messages';

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

function open(request: OpenRequest): void {
  try {
    let copy: string | null = null;
    if (request.readOnlyCopy) {
      const opened = openReadOnlyCopy(request.dbPath, { nativeBinding: request.nativeBinding });
      db = opened.db;
      copy = opened.copy;
    } else {
      db = openAppDatabase(request.dbPath, { nativeBinding: request.nativeBinding });
    }
    dispatch = fromWire(withEvents(createDispatcher(db, { mode: 'electron', dbPath: request.dbPath }, { printPdf, exportDir: request.exportDir }), { emit }));
    // The page asks for what the scheduler published (listScheduledPublications) and tells the officer.
    // A read-only copy is never written, so nothing is published from it.
    if (!request.readOnlyCopy) scheduler = startScheduler(db, announcePublished(emit));
    port.postMessage({ type: 'opened', copy });
  } catch (error) {
    port.postMessage({ type: 'open-failed', message: (error as Error).message, damaged: error instanceof DatabaseDamagedError });
  }
}

port.on('message', ({ data }) => {
  if (data.type === 'open') return open(data);
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
  db?.close();
  process.exit(0);
});
