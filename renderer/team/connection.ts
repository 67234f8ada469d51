// The renderer's one connection to the shared library: a single WebSocket (Hocuspocus protocol) to
// the host's relay, over which every open document travels, plus the `library` document whose
// awareness says who is editing what. No DOM and no host calls here, so a test drives it under
// Node against a real server.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SharedDoc } from './shared-doc';

export interface TeamUser {
  name: string;
  role: string;
  color: string;
}

/**
 * `online`: the office has everything; `offline`: the office is out of reach and edits are kept on
 * this computer until it is back; `reconnecting`: the link to the relay itself is being restored.
 */
export type Link = 'online' | 'offline' | 'reconnecting';

/** What each window announces on the library document. */
interface PresenceState {
  user: TeamUser;
  /** The document open in its editor, or null. */
  editing: string | null;
}

export interface ConnectionOptions {
  /** ws:// or wss:// address of the relay. */
  url: string;
  /** What the relay accepts as a token (the session key, for the host's relay). */
  token: string | (() => Promise<string>);
  user: TeamUser;
  /** Node has no WebSocket of its own before 22: tests pass `ws`'s. */
  WebSocketPolyfill?: unknown;
}

export class TeamConnection {
  readonly user: TeamUser;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly library: HocuspocusProvider;
  private readonly token: ConnectionOptions['token'];
  private readonly listeners = new Set<() => void>();
  private officeOnline = true;
  private denied: string | null = null;
  private snapshot: { link: Link; presence: ReadonlyMap<string, TeamUser[]>; denied: string | null };

  constructor({ url, token, user, WebSocketPolyfill }: ConnectionOptions) {
    this.user = user;
    this.token = token;
    this.socket = new HocuspocusProviderWebsocket({
      url,
      ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
      // The relay is on this computer: come back quickly, but never give up.
      delay: 500,
      minDelay: 250,
      maxDelay: 5000,
    });
    this.library = new HocuspocusProvider({ websocketProvider: this.socket, name: 'library', document: new Y.Doc(), token });
    this.library.attach();
    this.library.awareness!.setLocalState({ user, editing: null } satisfies PresenceState);
    this.snapshot = { link: this.computeLink(), presence: new Map(), denied: null };
    this.socket.on('status', this.changed);
    this.library.on('awarenessChange', this.changed);
    this.library.on('authenticationFailed', ({ reason }: { reason: string }) => {
      this.denied = reason;
      this.changed();
    });
  }

  // For useSyncExternalStore: both stable.
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;

  /** The host says whether it reaches the office (its own link, which this socket cannot see). */
  setOfficeOnline(online: boolean): void {
    if (online === this.officeOnline) return;
    this.officeOnline = online;
    this.changed();
  }

  /** Announces which document this window edits (null: none), for everyone's library. */
  setEditing(doc: string | null): void {
    this.library.awareness!.setLocalStateField('editing', doc);
  }

  /** Opens one shared document over the same socket; close it with its `destroy()`. */
  open(name: string): SharedDoc {
    return new SharedDoc(this.socket, name, this.token);
  }

  destroy(): void {
    this.library.destroy();
    this.socket.destroy();
    this.listeners.clear();
  }

  private computeLink(): Link {
    if (this.socket.status !== WebSocketStatus.Connected) return 'reconnecting';
    return this.officeOnline ? 'online' : 'offline';
  }

  /** Other windows by document, each person once (one person may have two windows on one release). */
  private computePresence(): Map<string, TeamUser[]> {
    const byDoc = new Map<string, TeamUser[]>();
    const own = this.library.awareness!.clientID;
    for (const [clientId, state] of this.library.awareness!.getStates()) {
      const { user, editing } = state as Partial<PresenceState>;
      if (clientId === own || !editing || !user?.name) continue;
      const users = byDoc.get(editing) ?? [];
      if (!users.some((other) => other.name === user.name)) users.push(user);
      byDoc.set(editing, users);
    }
    return byDoc;
  }

  private changed = (): void => {
    this.snapshot = { link: this.computeLink(), presence: this.computePresence(), denied: this.denied };
    for (const listener of this.listeners) listener();
  };
}
