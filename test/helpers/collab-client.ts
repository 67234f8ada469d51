// A real collaboration client in Node: a HocuspocusProvider over `ws` with its own Y.Doc, as a
// desktop's relay or a browser would be, for the office server's tests and the load bench.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Why the server refused the connection, once it did. */
  refusal(): string | null;
  /** Reasons the server gave when it closed this document's connection (a refused update, say). */
  closeReasons(): string[];
  /** Whether the server said this connection may only read. */
  readOnly(): boolean | null;
  /** Resolves once the server has every local change (the provider's unsyncedChanges is 0). */
  synced(): Promise<void>;
  destroy(): void;
}

/** Polls `check` until it holds; rejects after `timeout` ms with `what` (no timing is asserted). */
export async function waitFor(check: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function connectClient(url: string, name: string, token: string, doc = new Y.Doc()): CollabClient {
  let refused: string | null = null;
  let readOnly: boolean | null = null;
  const closeReasons: string[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Tests restart servers: come back quickly rather than after the browser-friendly back-off.
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => {
      refused = reason;
    },
    onAuthenticated: ({ scope }) => {
      readOnly = scope === 'readonly';
    },
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(event.reason);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    refusal: () => refused,
    closeReasons: () => closeReasons,
    readOnly: () => readOnly,
    synced: () => waitFor(() => provider.isSynced && provider.unsyncedChanges === 0, `${name} to be synced`),
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
      doc.destroy();
    },
  };
}
