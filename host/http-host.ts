import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Envelope, ErrorCode } from '../core/api';
import { EVENTS_PATH, type EventHub } from '../core/host-events';
import { fromWire, type Dispatcher } from './handlers';
import { writeLaunchPage, type LaunchPage } from './launch-page';
import { contentType, rendererFile, SECURITY_HEADERS } from './renderer-files';

/** Large enough for a release with embedded images; a bigger request is refused unread. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  not_found: 404,
  stale: 409,
  too_large: 413,
  unavailable: 503,
  blocked: 422,
  read_only: 423,
  internal: 500,
};

export interface HostOptions {
  dispatch: Dispatcher;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** What the host tells open pages (GET /api/events); without it the stream stays silent. */
  events?: Pick<EventHub, 'subscribe'>;
  /**
   * Joined to the office: the renderer's collaboration socket (Hocuspocus protocol) at `/collab`.
   * The socket is accepted under the same Host and Origin checks as the API; the session key is
   * checked inside the protocol (a browser cannot set headers on a WebSocket), as its token.
   */
  collab?: (socket: WebSocket, request: IncomingMessage) => void;
}

/** Where the renderer's collaboration socket is served. */
export const COLLAB_PATH = '/collab';

/** A comment line now and then, so proxies and idle timers never take the stream for dead. */
const EVENT_KEEPALIVE_MS = 25_000;

export interface RunningHost {
  origin: string;
  /**
   * The address to open: the file:// address of the private launch page (host/launch-page.ts). It
   * works once; the credential itself never appears in any address, command line or file.
   */
  url: string;
  /** The launch page's file, removed once the page has traded its token. */
  launchFile: string;
  /** Resolves when the launch token has been traded for the session key. */
  launched: Promise<void>;
  /** The session key, for callers in this process only (tests). */
  secret: string;
  close(): Promise<void>;
}

const sameBytes = (given: string, expected: Buffer) => {
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
};

/**
 * Browser mode: the renderer and the API on 127.0.0.1 only. Every request must name this host
 * (against DNS rebinding) and come from its own origin (against other web pages); API calls must
 * also carry the session key (against other users and programs on the machine), which the page
 * gets only by trading the one-time launch token of its private launch page.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const secret = randomBytes(32).toString('hex');
  const secretBytes = Buffer.from(secret);
  let launchToken: Buffer | null = randomBytes(32);
  let launchPage: LaunchPage | null = null;
  let markLaunched = () => {};
  const launched = new Promise<void>((resolve) => (markLaunched = resolve));
  const dispatch = fromWire(options.dispatch);
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'host error' } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(request.headers.host ?? '')) return refuse(response, 403, 'unknown host');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return refuse(response, 403, 'foreign origin');
    }
    // The launch page (a file://) leads the browser here: a cross-site top-level navigation to the
    // page, harmless since it carries no credential. Nothing else may come from another site.
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const toThePage =
      request.method === 'GET' && path === '/' && request.headers['sec-fetch-mode'] === 'navigate' && request.headers['sec-fetch-dest'] === 'document';
    if (request.headers['sec-fetch-site'] === 'cross-site' && !toThePage) return refuse(response, 403, 'cross-site request');
    if (path === '/launch') return launch(request, response);
    if (path === EVENTS_PATH) return events(request, response);
    if (path.startsWith('/api/')) {
      let name: string;
      try {
        name = decodeURIComponent(path.slice(5));
      } catch {
        return refuse(response, 400, 'the call name is not a valid address');
      }
      return api(request, response, name);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'method not allowed');
    return serveFile(response, options.rendererDir, path);
  }

  async function api(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') return refuse(response, 405, 'API calls are POST');
    if (!sameBytes(String(request.headers['x-pressdesk-key'] ?? ''), secretBytes)) {
      return refuse(response, 401, 'missing or wrong session key');
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return refuse(response, 415, 'API calls carry JSON');
    }
    const body = await readBody(request);
    if (body === null) return reply(response, failure('too_large', `request larger than ${MAX_BODY_BYTES} bytes`));
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body) : {};
    } catch {
      return reply(response, failure('invalid', 'the request body is not valid JSON'));
    }
    reply(response, await dispatch(name, args));
  }

  /**
   * Server-sent events: one `data:` line of JSON per HostEvent. The page reads them with fetch, not
   * EventSource, since the session key travels in a header, never in the address.
   */
  function events(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET') return refuse(response, 405, 'the event stream is a GET');
    if (!sameBytes(String(request.headers['x-pressdesk-key'] ?? ''), secretBytes)) {
      return refuse(response, 401, 'missing or wrong session key');
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': pressdesk events\n\n');
    const unsubscribe = options.events?.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => {});
    const keepalive = setInterval(() => response.write(': keepalive\n\n'), EVENT_KEEPALIVE_MS);
    const stop = () => {
      clearInterval(keepalive);
      unsubscribe();
    };
    request.once('close', stop);
    response.once('close', stop);
  }

  /** The launch token, traded once for the session key; spent (or wrong) it gets 401. */
  function launch(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'POST') return refuse(response, 405, 'the launch token is POSTed');
    if (!launchToken || !sameBytes(String(request.headers['x-pressdesk-launch'] ?? ''), Buffer.from(launchToken.toString('hex')))) {
      return refuse(response, 401, 'this launch address was used already, or is wrong: start Pressdesk again');
    }
    launchToken = null;
    launchPage?.remove();
    markLaunched();
    send(response, 200, { ok: true, value: { key: secret } });
  }

  const sockets = options.collab ? new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES }) : null;
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const origin = request.headers.origin;
    const refused =
      !sockets || path !== COLLAB_PATH
        ? '404 Not Found'
        : !allowedHosts.includes(request.headers.host ?? '') || (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`))
          ? '403 Forbidden'
          : null;
    if (refused) {
      socket.end(`HTTP/1.1 ${refused}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    sockets!.handleUpgrade(request, socket, head, (ws) => options.collab!(ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  launchPage = writeLaunchPage(`${origin}/#launch=${launchToken.toString('hex')}`);
  const page = launchPage;
  return {
    origin,
    url: page.url,
    launchFile: page.file,
    launched,
    secret,
    close: () =>
      new Promise((resolve) => {
        page.remove();
        for (const client of sockets?.clients ?? []) client.terminate();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function reply(response: ServerResponse, envelope: Envelope<unknown>): void {
  send(response, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  send(response, status, failure(status === 413 ? 'too_large' : 'invalid', message));
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/**
 * The body as text, or null when it exceeds the limit. An oversized body is read to its end and
 * dropped, so the client gets its 413 instead of a reset connection.
 */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = Number(request.headers['content-length'] ?? 0);
  const tooLarge = () => size > MAX_BODY_BYTES;
  if (!tooLarge()) size = 0;
  for await (const chunk of request) {
    if (tooLarge()) continue;
    size += (chunk as Buffer).length;
    if (tooLarge()) chunks.length = 0;
    else chunks.push(chunk as Buffer);
  }
  return tooLarge() ? null : Buffer.concat(chunks).toString('utf8');
}

async function serveFile(response: ServerResponse, root: string, path: string): Promise<void> {
  const found = rendererFile(root, path);
  if (!found) return refuse(response, 404, 'not found');
  let content: Buffer;
  try {
    content = await readFile(found.file);
  } catch {
    return refuse(response, 404, 'not found');
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': contentType(found.file),
    // Hashed asset names never change; the page itself must be fetched anew after an update.
    'cache-control': found.relative.startsWith('assets/') ? 'max-age=31536000, immutable' : 'no-store',
  });
  response.end(content);
}
