// Main's side of the database process: starts electron/backend.ts as a utilityProcess, relays calls
// by name and answers its requests to print PDFs (which need a BrowserWindow).
import path from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { ApiArgs, ApiResults, CallName, Envelope } from '../core/api';
import type { HostEvent } from '../core/host-events';
import type { FromBackend, OpenRequest, ToBackend } from './backend-messages';
import { electronPrintPdf } from './print-pdf';

export type OpenOutcome = { ok: true; copy: string | null } | { ok: false; message: string; damaged: boolean };

export interface Backend {
  open(request: Omit<OpenRequest, 'type'>): Promise<OpenOutcome>;
  /** Main's own calls, typed like the dispatcher they reach. */
  call<K extends CallName>(name: K, args: ApiArgs<K>): Promise<Envelope<ApiResults[K]>>;
  /** The page's calls, relayed as they came: the backend's dispatcher checks name and arguments. */
  relay(name: string, args: unknown): Promise<Envelope<unknown>>;
  stop(): void;
}

/** `onEvent` hears what the database process's writes changed (see core/host-events.ts). */
export function startBackend(onEvent: (event: HostEvent) => void = () => {}): Backend {
  const child: UtilityProcess = utilityProcess.fork(path.join(__dirname, 'backend.cjs'), [], { serviceName: 'Pressdesk database' });
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  let opening: ((outcome: OpenOutcome) => void) | null = null;
  let nextId = 0;
  const send = (message: ToBackend) => child.postMessage(message);

  child.on('message', (message: FromBackend) => {
    if (message.type === 'opened') opening?.({ ok: true, copy: message.copy });
    else if (message.type === 'open-failed') opening?.({ ok: false, message: message.message, damaged: message.damaged });
    else if (message.type === 'result') {
      pending.get(message.id)?.(message.envelope);
      pending.delete(message.id);
    } else if (message.type === 'event') {
      onEvent(message.event);
    } else if (message.type === 'print') {
      electronPrintPdf(message.html).then(
        (pdf) => send({ type: 'printed', id: message.id, pdf, error: null }),
        (error: Error) => send({ type: 'printed', id: message.id, pdf: null, error: error.message }),
      );
    }
  });
  child.on('exit', (code) => {
    const stopped: Envelope<never> = { ok: false, error: { code: 'internal', message: `the database process stopped (exit code ${code})` } };
    for (const resolve of pending.values()) resolve(stopped);
    pending.clear();
    opening?.({ ok: false, message: stopped.error.message, damaged: false });
  });

  const relay = (name: string, args: unknown) =>
    new Promise<Envelope<unknown>>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ type: 'call', id, name, args });
    });

  return {
    open: (request) =>
      new Promise((resolve) => {
        opening = resolve;
        send({ type: 'open', ...request });
      }),
    // The answer crosses a process boundary as plain data: it is the dispatcher's answer to this call.
    call: <K extends CallName>(name: K, args: ApiArgs<K>) => relay(name, args) as Promise<Envelope<ApiResults[K]>>,
    relay,
    stop: () => child.kill(),
  };
}
