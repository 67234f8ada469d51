// The renderer's one way to the host: the preload's bridge in Electron, or the same calls over HTTP
// in browser mode, where the page trades the one-time launch token in its address's fragment for the
// session key (host/launch-page.ts says why the key itself never travels in an address).
// Both carry envelopes; they are unwrapped here, on the page, so ApiError keeps its code.
import {
  CALL_NAMES,
  unwrap,
  type CallName,
  type Envelope,
  type MenuCommand,
  type PressdeskApi,
  type PressdeskBridge,
  type PressdeskTransport,
} from '../core/api';
import { createEventHub, EVENTS_PATH, isHostEvent, type HostEvent, type HostEventListener } from '../core/host-events';

declare global {
  interface Window {
    pressdesk?: PressdeskBridge;
  }
}

const KEY_STORAGE = 'pressdesk.key';
/** Chromium's quota for keepalive request bodies in flight, less room for another one. */
const KEEPALIVE_LIMIT = 60_000;
const utf8 = new TextEncoder();

/** The session key: traded for the launch token on first load, kept for reloads of this tab. */
async function sessionKey(): Promise<string> {
  const match = /(?:^#|&)launch=([0-9a-f]+)/.exec(window.location.hash);
  if (!match) return sessionStorage.getItem(KEY_STORAGE) ?? '';
  history.replaceState(null, '', window.location.pathname + window.location.search);
  const response = await fetch('/launch', { method: 'POST', headers: { 'x-pressdesk-launch': match[1] } });
  const envelope = (await response.json()) as Envelope<{ key: string }>;
  // A spent token: a key from an earlier load of this tab may still serve; else calls get 401.
  if (!envelope.ok) return sessionStorage.getItem(KEY_STORAGE) ?? '';
  sessionStorage.setItem(KEY_STORAGE, envelope.value.key);
  return envelope.value.key;
}

/** Browser mode's session key, traded once per load; Electron has none. */
const key: Promise<string> | null = window.pressdesk ? null : sessionKey().catch(() => sessionStorage.getItem(KEY_STORAGE) ?? '');

function httpTransport(key: Promise<string>): PressdeskTransport {
  const call = async (name: CallName, args: unknown): Promise<Envelope<unknown>> => {
    const body = JSON.stringify(args ?? {});
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pressdesk-key': await key },
      body,
      // Lets the last autosave finish when the window is closing. Chromium refuses keepalive
      // bodies over 64 KiB outright, so a long release goes without it rather than never.
      keepalive: (name === 'saveRelease' || name === 'saveReleaseChanges') && utf8.encode(body).length <= KEEPALIVE_LIMIT,
    });
    return (await response.json()) as Envelope<unknown>;
  };
  return Object.fromEntries(CALL_NAMES.map((name) => [name, (args: unknown) => call(name, args)])) as PressdeskTransport;
}

function unwrapping(transport: PressdeskTransport): PressdeskApi {
  const api: Partial<Record<CallName, (args: unknown) => Promise<unknown>>> = {};
  for (const name of CALL_NAMES) {
    const send = transport[name] as (args: unknown) => Promise<Envelope<unknown>>;
    api[name] = async (args) => unwrap(await send(args));
  }
  return api as PressdeskApi;
}

export const api: PressdeskApi = unwrapping(window.pressdesk?.api ?? httpTransport(key!));

/**
 * What the host's relay for shared documents (team mode) takes as a token: the session key, the
 * same proof of being this host's page that every call carries.
 */
export function relayToken(): Promise<string> {
  return key ?? Promise.resolve('');
}

/** Waits before connecting the event stream again, up to the last step, while the host is away. */
const RECONNECT_MS = [500, 1000, 2000, 5000];

/**
 * Browser mode's event stream: server-sent events read with fetch (the key goes in a header), one
 * connection for every listener of the page, opened on the first subscription and again after the
 * host dropped it. Events written while it was down are not replayed.
 */
function httpEvents(key: Promise<string>): (listener: HostEventListener) => () => void {
  const hub = createEventHub();
  let running = false;
  const connect = async () => {
    running = true;
    let failures = 0;
    while (hub.size > 0) {
      try {
        const response = await fetch(EVENTS_PATH, { headers: { 'x-pressdesk-key': await key, accept: 'text/event-stream' } });
        if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
        failures = 0;
        await readEvents(response.body, (event) => hub.emit(event));
      } catch {
        failures++;
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)]));
    }
    running = false;
  };
  return (listener) => {
    const unsubscribe = hub.subscribe(listener);
    if (!running) void connect();
    return unsubscribe;
  };
}

/** Reads `data:` lines of JSON until the stream ends; comment lines (keepalives) are skipped. */
async function readEvents(body: ReadableStream<Uint8Array>, emit: (event: HostEvent) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = message
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (!data) continue;
      try {
        const event: unknown = JSON.parse(data);
        if (isHostEvent(event)) emit(event);
      } catch {
        // A garbled message is dropped; the next one stands on its own.
      }
    }
  }
}

/** What the host's writes changed, from any window or the scheduler (see core/host-events.ts). */
export const onEvent: (listener: HostEventListener) => () => void = window.pressdesk ? (listener) => window.pressdesk!.onEvent(listener) : httpEvents(key!);

/** Menu commands reach the renderer from Electron's native menu; in browser mode there are none. */
export function onCommand(listener: (command: MenuCommand) => void): () => void {
  return window.pressdesk?.onCommand(listener) ?? (() => {});
}

/** The system's folder picker where there is one (Electron); browser mode types the path. */
export const chooseFolder: ((title: string) => Promise<string | null>) | null = window.pressdesk ? (title) => window.pressdesk!.chooseFolder(title) : null;

export function readyToClose(): void {
  window.pressdesk?.readyToClose();
}
