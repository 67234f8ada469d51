// The renderer's collaboration socket where there is no browser-mode host to carry it: in Electron the
// page is app://pressdesk/ and its calls go over IPC, so the database process serves /collab on a
// loopback port of its own, with a key made for this run as the token (handed to the page by
// teamStatus over IPC). UNTESTED: there is no Electron binary on the machines this was written on;
// browser mode serves the same relay on its own port (host/http-host.ts), and that is what the tests run.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { COLLAB_PATH } from '../http-host';
import type { TeamHost } from './team-host';

export interface CollabServer {
  url: string;
  close(): Promise<void>;
}

export async function startCollabServer(team: TeamHost): Promise<CollabServer> {
  const key = randomBytes(32).toString('hex');
  const sockets = new WebSocketServer({ noServer: true });
  const server = createServer((_request, response) => response.writeHead(404).end());
  let port = 0;
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const origin = request.headers.origin;
    // Only the app's own page (app://pressdesk) or a client with no page at all; the key is checked in the protocol.
    if (path !== COLLAB_PATH || request.headers.host !== `127.0.0.1:${port}` || (origin !== undefined && origin !== 'app://pressdesk')) {
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => team.handleRelayConnection(ws, request));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const url = `ws://127.0.0.1:${port}${COLLAB_PATH}`;
  team.setSessionKey(key);
  team.setCollabEndpoint(url, key);
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        for (const client of sockets.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
