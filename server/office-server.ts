// The office server: Hocuspocus (Yjs documents over WebSocket) and POST /auth on one port. Hocuspocus
// runs without its own HTTP server so this one can bound request and message sizes, answer /auth and
// refuse everything else.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import { WebSocketServer } from 'ws';
import { canEditDoc, canReadDoc } from '../core/team/roles';
import { parseDocName } from '../core/team/names';
import { handleAuth, sendJson } from './auth-route';
import { isLoopbackHost } from './loopback';
import { passwordStamp } from './passwords';
import { openPostgresStore } from './postgres-store';
import { startSessionChecks, type SessionUser } from './session-check';
import { refusedStatus } from './sign-off-guard';
import { openSqliteStore } from './sqlite-store';
import type { ServerStore } from './store';
import { isEmptyUpdate, updateInMessage } from './sync-message';
import { checkToken } from './tokens';

export interface OfficeServerOptions {
  port: number;
  host: string;
  /** The embedded store's folder; unused with `postgres`. */
  dataDir?: string;
  postgres?: string;
  redis?: string;
  allowPlainRemote?: boolean;
  tokenTtlSeconds: number;
  /** How often open connections' users are looked up again (session-check.ts). */
  sessionCheckSeconds?: number;
}

export interface OfficeServer {
  port: number;
  host: string;
  store: ServerStore;
  close(): Promise<void>;
}

/**
 * The largest WebSocket message taken: the first sync of the longest release the app allows (2,000,000
 * characters, core/limits.ts) is a few megabytes of Yjs; far bigger is not a Pressdesk document.
 */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
/** Removing a user or changing their password ends their open sessions within this long. */
const DEFAULT_SESSION_CHECK_SECONDS = 30;
/** How long a closing server waits for its documents to be stored before it stops anyway. */
const CLOSE_WAIT_MS = 10_000;

export class PlainRemoteError extends Error {
  constructor(host: string) {
    super(
      `refusing to listen on ${host} without TLS: passwords and texts would cross the network in clear. ` +
        'Listen on 127.0.0.1 behind a reverse proxy that speaks HTTPS/WSS (see the README), or add ' +
        '--allow-plain-remote if TLS is terminated in front of this address.',
    );
    this.name = 'PlainRemoteError';
  }
}

/** Why a connection to a document is refused, as the provider's `authenticationFailed` reason. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export async function startOfficeServer(options: OfficeServerOptions): Promise<OfficeServer> {
  if (!isLoopbackHost(options.host) && !options.allowPlainRemote) throw new PlainRemoteError(options.host);
  if (!options.postgres && !options.dataDir) throw new Error('the office server needs --data DIR (or --postgres URL)');
  const store = options.postgres ? await openPostgresStore(options.postgres) : openSqliteStore(options.dataDir!);
  const secret = await store.tokenSecret();

  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => store.fetchDocument(documentName),
      store: ({ documentName, state }) => store.storeDocument(documentName, state),
    }),
  ];
  if (options.redis) {
    const url = options.redis;
    const createClient = () => {
      const client = new IORedis(url, { maxRetriesPerRequest: null });
      // ioredis reconnects by itself; say once per outage that other processes miss this one's edits meanwhile.
      let down = false;
      client.on('error', (error: Error) => {
        if (!down) console.error(`pressdesk server: Redis at ${url}: ${error.message} (retrying; other processes do not see this one's edits meanwhile)`);
        down = true;
      });
      client.on('ready', () => (down = false));
      return client;
    };
    extensions.push(new Redis({ prefix: 'pressdesk', createClient }));
  }

  const hocuspocus = new Hocuspocus({
    name: 'pressdesk',
    quiet: true,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (!parseDocName(documentName)) throw new Refusal('unknown_document');
      const check = checkToken(secret, token);
      if (!check.ok) throw new Refusal(check.reason);
      const user = await store.getUser(check.payload.u);
      // A removed user, or a password changed since the token was issued, ends the session.
      if (!user || passwordStamp(user.passwordHash) !== check.payload.s) throw new Refusal('token_revoked');
      if (!canReadDoc(user.role, documentName)) throw new Refusal('forbidden');
      // Hocuspocus itself drops a read-only connection's updates and tells the client they were not synced.
      connectionConfig.readOnly = !canEditDoc(user.role, documentName);
      return { user: { name: user.name, role: user.role, stamp: check.payload.s } satisfies SessionUser };
    },
    async beforeHandleMessage({ update: message, document, connection, context, documentName }) {
      const update = updateInMessage(message);
      if (!update || isEmptyUpdate(update) || connection.readOnly) return;
      // Decodes the whole update too: a malformed one throws here, closing the connection, and is never kept.
      const refused = refusedStatus(document, update, context.user.role);
      // Thrown, the connection is closed with this reason and nothing of the message is applied.
      if (refused) throw Object.assign(new Refusal(`status_${refused}_needs_approver`), { code: 4403 });
      // Kept before it is applied: the acknowledgement the client waits for comes after this.
      await store.appendUpdate(documentName, update);
    },
  });

  const webSockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const http = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error('pressdesk server:', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://server').pathname;
    if (path === '/auth') return handleAuth(request, response, { store, secret, tokenTtlSeconds: options.tokenTtlSeconds });
    if (path === '/health' && request.method === 'GET') return sendJson(response, 200, { ok: true });
    sendJson(response, 404, { error: 'not_found' });
  };
  http.on('upgrade', (request, socket, head) => {
    webSockets.handleUpgrade(request, socket, head, (ws) => hocuspocus.handleConnection(ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen({ port: options.port, host: options.host }, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const stopSessionChecks = startSessionChecks(hocuspocus, store, (options.sessionCheckSeconds ?? DEFAULT_SESSION_CHECK_SECONDS) * 1000);

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      stopSessionChecks();
      http.close();
      // Closing the connections unloads every document, which stores it (Hocuspocus's unloadImmediately).
      hocuspocus.closeConnections();
      for (const client of webSockets.clients) client.terminate();
      const deadline = Date.now() + CLOSE_WAIT_MS;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await store.close();
    })());
  return { port, host: options.host, store, close };
}
