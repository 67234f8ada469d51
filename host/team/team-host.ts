// The desktop host joined to the office. Each shared document is one Y.Doc: the document of
// a Hocuspocus instance inside the host (the relay the renderer edits through, at /collab), loaded from
// the local SQLite copy, kept open for as long as the host runs, and synced with the office by one
// HocuspocusProvider per document over one shared WebSocket. Every update, whoever made it, is kept in
// SQLite first (db/team-store.ts); the local releases rows follow the documents through the one write
// path, so the library, search, tagging and export work offline and on the latest text. API saves
// change the live document, and a row changed another way (a status step, the CLI) is diffed into it.
import { createHash, randomUUID } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { Hocuspocus, type Document } from '@hocuspocus/server';
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { HostEvent } from '../../core/host-events';
import type { EditableFields, Release, SavedRelease, SnapshotKind, TeamPresence, TeamStatus } from '../../core/api';
import { applyBlockSplice, BlockSpliceError, type BlockSplice } from '../../core/body-delta';
import { normalizeDoc } from '../../core/doc-schema';
import {
  addLibraryVersion,
  canEditDoc,
  canSetStatus,
  editRefusal,
  LIBRARY_RELEASES,
  LIBRARY_VERSIONS,
  libraryVersions,
  VERSION_LANGUAGES,
  LIBRARY_DOC,
  libraryEntries,
  parseDocName,
  readBody,
  readFieldsPresent,
  releaseDocName,
  releaseFieldsOf,
  setLibraryEntry,
  teamFieldsOf,
  TEAM_FIELD_NAMES,
  userColor,
  versionDocName,
  writeBody,
  writeFields,
  type TeamFieldName,
  type TeamFields,
  type TeamRole,
} from '../../core/team';
import { InvalidRequestError, StaleRevisionError } from '../../db/errors';
import type { Db } from '../../db/open';
import { getRelease } from '../../db/release-read';
import { restoreRelease, trashRelease } from '../../db/releases';
import { stmt } from '../../db/statements';
import * as store from '../../db/team-store';
import { sourceOf } from '../../db/translations';
import { createRelease, writeRelease } from '../../db/write-release';
import { writeTransaction } from '../../db/write-transaction';
import type { OfficeToken } from './office-auth';
import { TeamRefusedError } from './refused';

/** Changes made through the API: the caller writes the row itself, with its snapshot kind. */
const API_ORIGIN = Symbol('api');
/** A row's own change being diffed into its document. */
const ROW_ORIGIN = Symbol('row');
/** The local copy being loaded: already kept, not to be kept again. */
const STORE_ORIGIN = Symbol('store');
/** Awareness states passed between the renderer's relay and the office. */
const BRIDGE_ORIGIN = Symbol('bridge');

/** Edits from the office or the renderer reach the rows this long after the last one (the text is kept at once). */
const ROW_DELAY_MS = 150;
/** How often rows changed outside the API (the scheduler, the CLI in another process) are looked for. */
const POLL_MS = 500;

interface Attached {
  name: string;
  doc: Document;
  /** The relay's direct connection that keeps the document loaded while no renderer has it open. */
  pin: { disconnect(): Promise<void> } | null;
  provider: HocuspocusProvider;
  /** The awareness the provider shares with the office; bridged to the relay's (the renderer's carets). */
  office: Awareness;
  rowTimer: NodeJS.Timeout | null;
  /** Whether the pending row update was made here (the renderer), so the library index is ours to update. */
  rowLocal: boolean;
}

export interface TeamHostOptions {
  serverUrl: string;
  session: OfficeToken;
  /** Signs in again (the password file read anew) when the token is about to expire or was refused. */
  signInAgain: () => Promise<OfficeToken>;
}

/** Calls that change a release named by `id` or `releaseId`: refused up front where the role may not. */
const RELEASE_WRITES = new Set([
  'saveRelease',
  'saveReleaseChanges',
  'changeStatus',
  'setEmbargo',
  'restoreRevision',
  'reapplyImport',
  'trashRelease',
  'restoreRelease',
  'setReleaseTag',
  'acceptProposal',
  'dismissSuggestion',
  'saveDelegation',
  'linkDelegation',
]);

export class TeamHost {
  readonly relay: Hocuspocus;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly docs = new Map<string, Attached>();
  private session: OfficeToken;
  private online = false;
  private closed = false;
  private poll: NodeJS.Timeout | null = null;
  /** Releases made after this id, while joined, are shared; older ones stay this library's own. */
  private sharedAfter: number;
  private sessionKey: string | null = null;
  /** Electron only: the relay's own loopback address and token (host/team/collab-server.ts). */
  private collabEndpoint: { url: string; token: string } | null = null;
  private listeners = new Set<(event: TeamEvent) => void>();

  constructor(
    private readonly db: Db,
    private readonly options: TeamHostOptions,
  ) {
    this.session = options.session;
    this.sharedAfter = (stmt(db, 'SELECT coalesce(max(id), 0) FROM releases').pluck().get() as number) ?? 0;
    this.socket = new HocuspocusProviderWebsocket({
      url: options.serverUrl,
      WebSocketPolyfill: WebSocket,
      // Keep trying for as long as the host runs: an officer on a train gets back on line by itself.
      maxAttempts: 0,
      delay: 250,
      minDelay: 100,
      maxDelay: 5_000,
      onStatus: ({ status }) => this.setOnline(status === WebSocketStatus.Connected),
    });
    this.relay = new Hocuspocus({
      name: 'pressdesk-relay',
      quiet: true,
      // Documents stay loaded (pinned below): the relay never unloads what the host keeps syncing.
      unloadImmediately: false,
      onAuthenticate: async ({ token, documentName, connectionConfig }) => {
        if (!this.sessionKey || token !== this.sessionKey) throw new Error('wrong session key');
        if (!parseDocName(documentName)) throw new Error(`no such document: ${documentName}`);
        if (!canEditDoc(this.role, documentName)) connectionConfig.readOnly = true;
      },
      onLoadDocument: async ({ documentName, document }) => {
        this.load(documentName, document);
      },
    });
  }

  get role(): TeamRole {
    return this.session.user.role;
  }

  /** The renderer's collaboration socket takes the session key of this launch as its token. */
  setSessionKey(key: string): void {
    this.sessionKey = key;
  }

  setCollabEndpoint(url: string, token: string): void {
    this.collabEndpoint = { url, token };
  }

  onEvent(listener: (event: TeamEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads every shared document kept here (and the library), brings rows and documents in step, and starts syncing. */
  async start(): Promise<void> {
    const names = new Set([LIBRARY_DOC, ...store.teamDocNames(this.db)]);
    for (const name of stmt(this.db, 'SELECT team_doc FROM releases WHERE team_doc IS NOT NULL').pluck().all() as string[]) names.add(name);
    for (const name of names) if (parseDocName(name)) await this.attach(name);
    for (const name of names) if (name !== LIBRARY_DOC && parseDocName(name)) this.reconcile(name);
    this.pushChangedRows();
    this.followLibrary();
    this.poll = setInterval(() => {
      try {
        this.pushChangedRows();
        void this.shareNewRows();
      } catch (error) {
        console.error('pressdesk team: keeping rows and documents in step failed:', error);
      }
    }, POLL_MS);
    this.poll.unref();
  }

  status(): TeamStatus {
    const { name, role } = this.session.user;
    let unsent = 0;
    for (const attached of this.docs.values()) if (attached.provider.hasUnsyncedChanges || !attached.provider.synced) unsent++;
    return {
      mode: 'team',
      user: { name, role, color: userColor(name) },
      online: this.online,
      server: this.options.serverUrl,
      collabPath: '/collab',
      ...(this.collabEndpoint && { collabUrl: this.collabEndpoint.url, collabToken: this.collabEndpoint.token }),
      unsent: this.online ? unsent : this.docs.size,
      presence: this.presence(),
    };
  }

  /** The live document `name`, loaded (from the local copy), syncing, and kept loaded. */
  async attach(name: string): Promise<Attached> {
    const existing = this.docs.get(name);
    if (existing?.pin) return existing;
    const pin = await this.relay.openDirectConnection(name, {});
    const attached = this.docs.get(name)!;
    if (attached.pin) void pin.disconnect();
    else attached.pin = pin;
    return attached;
  }

  /** Called by the relay when it creates document `name`: fill it from SQLite and hook it up. */
  private load(name: string, doc: Document): void {
    if (!parseDocName(name)) throw new Error(`no such document: ${name}`);
    Y.applyUpdate(doc, store.loadDocState(this.db, name), STORE_ORIGIN);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === STORE_ORIGIN) return;
      // Kept before anything else looks at it: an update the host has seen survives a crash.
      store.appendDocUpdate(this.db, name, update);
      if (store.pendingUpdateCount(this.db, name) >= store.FOLD_AFTER) store.foldDoc(this.db, name);
      this.documentChanged(name, origin);
    });
    const office = new Awareness(doc);
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      awareness: office,
      token: () => this.token(),
      onAuthenticationFailed: ({ reason }) => void this.tokenRefused(name, reason),
    });
    provider.on('unsyncedChanges', () => this.acknowledged(name));
    provider.on('synced', () => this.acknowledged(name));
    this.bridgeAwareness(doc.awareness, office);
    office.on('change', () => this.emit({ type: 'presence-changed' }));
    if (name === LIBRARY_DOC) {
      // Who is on line: every host sets its user on the library's awareness.
      const { name: user } = this.session.user;
      office.setLocalStateField('user', { name: user, color: userColor(user), host: true });
    }
    const attached: Attached = { name, doc, pin: null, provider, office, rowTimer: null, rowLocal: false };
    this.docs.set(name, attached);
    provider.attach();
    // Opened by the renderer first: pinned too, so closing the editor does not stop the sync.
    void this.attach(name).catch((error) => console.error(`pressdesk team: ${name} could not be kept open:`, error));
  }

  /**
   * Carets and presence pass between the renderer (the relay's awareness) and the office (the
   * provider's). A state is passed on only when it changed, so nothing echoes back and forth.
   */
  private bridgeAwareness(relay: Awareness, office: Awareness): void {
    const fromRenderer = new Set<number>();
    relay.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin === BRIDGE_ORIGIN) return;
      const clients = [...added, ...updated, ...removed].filter((client) => client !== relay.clientID);
      for (const client of added) fromRenderer.add(client);
      if (clients.length) applyAwarenessUpdate(office, encodeAwarenessUpdate(relay, clients), BRIDGE_ORIGIN);
      for (const client of removed) fromRenderer.delete(client);
    });
    office.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin === BRIDGE_ORIGIN) return;
      // The provider drops everyone when the office goes away; the renderer's own states stay.
      const clients = [...added, ...updated, ...removed].filter((client) => client !== office.clientID && !fromRenderer.has(client));
      if (clients.length) applyAwarenessUpdate(relay, encodeAwarenessUpdate(office, clients), BRIDGE_ORIGIN);
    });
  }

  private presence(): TeamPresence[] {
    const seen: TeamPresence[] = [];
    for (const { name, doc, office } of this.docs.values()) {
      const states = new Map([...office.getStates(), ...doc.awareness.getStates()]);
      for (const state of states.values()) {
        const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
        if (typeof user?.name === 'string')
          seen.push({ doc: name, user: { name: user.name, color: typeof user.color === 'string' ? user.color : userColor(user.name) } });
      }
    }
    return seen;
  }

  private async token(): Promise<string> {
    if (this.session.expiresAt - 60_000 < Date.now()) await this.renewToken();
    return this.session.token;
  }

  private async renewToken(): Promise<void> {
    try {
      this.session = await this.options.signInAgain();
      store.saveTeamSession(this.db, {
        serverUrl: this.options.serverUrl,
        userName: this.session.user.name,
        role: this.session.user.role,
        token: this.session.token,
        expiresAt: this.session.expiresAt,
      });
    } catch (error) {
      console.error(`pressdesk team: signing in again failed (${(error as Error).message}); working offline`);
    }
  }

  private refusedAt = 0;
  private async tokenRefused(name: string, reason: string): Promise<void> {
    console.error(`pressdesk team: the office refused ${name} (${reason})`);
    // One new sign-in per refusal wave (all documents are refused together when the token expired).
    if (Date.now() - this.refusedAt < 5_000) return;
    this.refusedAt = Date.now();
    this.session = { ...this.session, expiresAt: 0 };
    await this.token();
    this.socket.disconnect();
    await this.socket.connect();
  }

  private setOnline(online: boolean): void {
    if (this.online === online) return;
    this.online = online;
    this.emit({ type: 'team-online', online });
  }

  /** The office has everything of `name` this host has: remember its state vector (what is acknowledged). */
  private acknowledged(name: string): void {
    const attached = this.docs.get(name);
    if (!attached || !attached.provider.synced || attached.provider.hasUnsyncedChanges) return;
    store.setOfficeVector(this.db, name, Y.encodeStateVector(attached.doc));
  }

  private emit(event: TeamEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error(error);
      }
    }
  }

  // --- documents to rows -----------------------------------------------------------------------

  private documentChanged(name: string, origin: unknown): void {
    if (origin === API_ORIGIN || origin === ROW_ORIGIN) return;
    const attached = this.docs.get(name);
    if (!attached) return;
    if (name === LIBRARY_DOC) return;
    // From the office, or typed in the renderer: rows follow a moment later, once per burst.
    if (origin !== attached.provider) attached.rowLocal = true;
    if (attached.rowTimer) clearTimeout(attached.rowTimer);
    attached.rowTimer = setTimeout(() => this.flushRow(name), ROW_DELAY_MS);
  }

  private flushRow(name: string): void {
    const attached = this.docs.get(name);
    if (!attached) return;
    if (attached.rowTimer) clearTimeout(attached.rowTimer);
    attached.rowTimer = null;
    const local = attached.rowLocal;
    attached.rowLocal = false;
    try {
      this.docToRow(name, { local });
    } catch (error) {
      console.error(`pressdesk team: ${name} could not be written to the library:`, error);
    }
  }

  /** The row of document `name`: found, or made for a document this library does not have yet. */
  private rowOf(name: string, fields: Partial<TeamFields>): number | null {
    const existing = store.releaseOfDoc(this.db, name);
    if (existing !== null) return existing;
    const ref = parseDocName(name);
    if (!ref || (ref.kind !== 'release' && ref.kind !== 'version')) return null;
    // A document still empty (not synced yet) makes no row, nor one in the office's trash (emptied here, it stays gone).
    if (fields.title === undefined && this.docs.get(name)!.doc.getXmlFragment('body').length === 0) return null;
    const library = this.docs.get(LIBRARY_DOC);
    if (ref.kind === 'release' && library && libraryEntries(library.doc).get(ref.uid)?.trashed) return null;
    let sourceId: number | null = null;
    if (ref.kind === 'version') {
      sourceId = store.releaseOfDoc(this.db, releaseDocName(ref.uid));
      if (sourceId === null) return null;
    }
    const id = writeTransaction(this.db, () => {
      const created = createRelease(this.db, releaseFieldsOf(fields));
      store.linkReleaseDoc(this.db, created.id, name);
      if (sourceId !== null) stmt(this.db, 'INSERT INTO translation_links (target_id, source_id) VALUES (?, ?)').run(created.id, sourceId);
      return created.id;
    });
    this.emit({ type: 'release-created', id });
    // Versions that arrived before their source can have their rows now.
    if (ref.kind === 'release') {
      for (const language of VERSION_LANGUAGES) {
        const version = versionDocName(ref.uid, language);
        if (this.docs.has(version) && store.releaseOfDoc(this.db, version) === null) setTimeout(() => this.flushRow(version), 0);
      }
    }
    return id;
  }

  /**
   * Brings the row of `name` to what the document holds, through the write path. `snapshot` is the
   * API caller's (a save always writes, as a solo save does); otherwise the row is written only when
   * it differs, with an 'auto' snapshot so History keeps the shared text every few minutes.
   */
  private docToRow(name: string, { local, snapshot }: { local: boolean; snapshot?: SnapshotKind }): Release | null {
    const attached = this.docs.get(name);
    if (!attached) return null;
    const present = readFieldsPresent(attached.doc);
    const id = this.rowOf(name, present);
    if (id === null) return null;
    const current = getRelease(this.db, id);
    const team = { ...teamFieldsOf(current), ...present };
    let body: Release['body'] | undefined;
    try {
      body = normalizeDoc(readBody(attached.doc));
    } catch (error) {
      console.error(`pressdesk team: the shared text of ${name} does not fit the editor (${(error as Error).message}); the local text is kept`);
    }
    const rowTeam = teamFieldsOf(current);
    const changed = TEAM_FIELD_NAMES.filter((field) => JSON.stringify(team[field]) !== JSON.stringify(rowTeam[field]));
    const bodyChanged = body !== undefined && JSON.stringify(body) !== JSON.stringify(current.body);
    let saved = current;
    if (changed.length || bodyChanged || snapshot) {
      const changes = Object.fromEntries(changed.map((field) => [field, team[field]])) as Partial<TeamFields>;
      writeRelease(this.db, id, {
        expected: current.revision,
        editedHere: local,
        fields: { ...releaseFieldsOf(changes), ...(bodyChanged && { body }) },
        snapshot: snapshot ?? 'auto',
        alongside: () => {
          if (!changed.includes('embargo')) return;
          const embargo = team.embargo;
          stmt(this.db, 'UPDATE releases SET embargo_until = ?, embargo_zone = ?, publish_at = ? WHERE id = ?').run(
            embargo?.until ?? null,
            embargo?.zone ?? null,
            embargo?.publishAt ?? null,
            id,
          );
        },
      });
      saved = getRelease(this.db, id);
      // Calls of this host announce their own writes (host/call-events.ts); the office's are told here.
      if (!snapshot) this.emit({ type: 'release-saved', id, revision: saved.revision });
    }
    store.setRowSync(this.db, name, rowSyncOf(saved));
    // The write path sends an approved text that was edited back to review: that is the shared status too.
    if (saved.status !== team.status && canEditDoc(this.role, name)) writeFields(attached.doc, { status: saved.status }, ROW_ORIGIN);
    if (local) this.updateLibraryEntry(name, saved);
    return saved;
  }

  // --- rows to documents -----------------------------------------------------------------------

  /** At start: a row changed while the host was away (the CLI) goes into its document, else the document into the row. */
  private reconcile(name: string): void {
    const id = store.releaseOfDoc(this.db, name);
    if (id === null) {
      this.docToRow(name, { local: false });
      return;
    }
    const last = store.getRowSync(this.db, name);
    const row = getRelease(this.db, id);
    if (!last || last.revision !== row.revision || JSON.stringify(teamFieldsOf(row)) !== JSON.stringify(last.fields)) this.rowToDoc(id, name);
    else this.docToRow(name, { local: false });
  }

  /**
   * Puts what changed in row `id` since it last matched its document into the document: only the
   * fields that changed (so a concurrent change of another field survives) and the body as a diff.
   */
  private rowToDoc(id: number, name: string): void {
    const attached = this.docs.get(name);
    if (!attached) return;
    const current = getRelease(this.db, id);
    const last = store.getRowSync(this.db, name);
    const rowTeam = teamFieldsOf(current);
    // Approved and published are the approvers' to set: the office refuses such an update from anyone
    // else and closes the connection, so a host whose user may not (its scheduler publishing, say)
    // leaves the status to an approver's host; the document's status then comes back into the row.
    const changed = TEAM_FIELD_NAMES.filter(
      (field) =>
        (!last || JSON.stringify(last.fields[field]) !== JSON.stringify(rowTeam[field])) && (field !== 'status' || canSetStatus(this.role, rowTeam.status)),
    );
    const bodyChanged = !last || bodyHash(current.body) !== last.bodyHash;
    if (!canEditDoc(this.role, name)) {
      console.error(`pressdesk team: ${name} changed here, but the ${this.role} role may not change it: the office's text wins`);
      this.docToRow(name, { local: false });
      return;
    }
    attached.doc.transact(() => {
      writeFields(attached.doc, Object.fromEntries(changed.map((field) => [field, rowTeam[field]])) as Partial<TeamFields>, ROW_ORIGIN);
      if (bodyChanged) writeBody(attached.doc, current.body, ROW_ORIGIN);
    }, ROW_ORIGIN);
    this.docToRow(name, { local: true });
  }

  /**
   * Rows changed since they matched their documents (a status step, a restore, the scheduler, the
   * CLI). A translated version's row is rebuilt from its segments on every host whenever its source
   * changes; each host pushing that same rebuild at once would insert it twice, so versions are
   * pushed only after this host's own calls (`withVersions`).
   */
  private pushChangedRows(withVersions = false): void {
    for (const { id, name } of store.rowsChangedSinceSync(this.db)) {
      if (!this.docs.has(name)) continue;
      if (!withVersions && parseDocName(name)?.kind === 'version') continue;
      this.rowToDoc(id, name);
    }
  }

  /** Releases made here since joining become shared: a uid, a document, an entry in the library. */
  private async shareNewRows(): Promise<void> {
    const rows = stmt(this.db, 'SELECT id FROM releases WHERE id > ? AND team_doc IS NULL ORDER BY id').pluck().all(this.sharedAfter) as number[];
    for (const id of rows) {
      this.sharedAfter = Math.max(this.sharedAfter, id);
      const name = this.docNameFor(id);
      // A release the role may not write in the office (a translator's own draft) stays this library's.
      if (!name || !canEditDoc(this.role, name)) continue;
      store.linkReleaseDoc(this.db, id, name);
      await this.attach(name);
      this.rowToDoc(id, name);
      const ref = parseDocName(name);
      const library = this.docs.get(LIBRARY_DOC);
      if (ref?.kind === 'version' && library) addLibraryVersion(library.doc, ref.uid, ref.language, Date.now());
    }
  }

  private docNameFor(id: number): string | null {
    const sourceId = sourceOf(this.db, id);
    if (sourceId === null) return releaseDocName(randomUUID());
    const source = store.docOfRelease(this.db, sourceId);
    const ref = source ? parseDocName(source) : null;
    const language = getRelease(this.db, id).language;
    if (ref?.kind !== 'release' || (language !== 'en' && language !== 'ru')) return null;
    return versionDocName(ref.uid, language);
  }

  private updateLibraryEntry(name: string, release: Release): void {
    const ref = parseDocName(name);
    const library = this.docs.get(LIBRARY_DOC);
    if (ref?.kind !== 'release' || !library) return;
    const before = libraryEntries(library.doc).get(ref.uid);
    const entry = {
      title: release.title,
      date: release.releaseDate,
      language: release.language,
      status: release.status,
      updatedAt: before && before.title === release.title && before.status === release.status ? before.updatedAt : Date.now(),
      createdBy: before?.createdBy ?? this.session.user.name,
      trashed: release.deletedAt !== null,
    };
    setLibraryEntry(library.doc, ref.uid, entry);
  }

  /** Releases listed in the library that this host does not have yet: load their documents (rows follow). */
  private followLibrary(): void {
    const library = this.docs.get(LIBRARY_DOC)!;
    const fetchMissing = () => {
      const names: string[] = [];
      for (const uid of libraryEntries(library.doc).keys()) {
        names.push(releaseDocName(uid));
        for (const language of libraryVersions(library.doc, uid)) names.push(versionDocName(uid, language));
      }
      for (const name of names) {
        if (this.docs.has(name)) continue;
        void this.attach(name).catch((error) => console.error(`pressdesk team: ${name} could not be loaded:`, error));
      }
      this.followTrash();
    };
    library.doc.getMap(LIBRARY_RELEASES).observe(fetchMissing);
    library.doc.getMap(LIBRARY_VERSIONS).observe(fetchMissing);
    fetchMissing();
  }

  /**
   * The trash is the office's: a release trashed or restored anywhere is so here (moving to and from
   * the trash leaves the revision alone, as in solo mode, so it travels in the library index).
   */
  private followTrash(): void {
    const library = this.docs.get(LIBRARY_DOC);
    if (!library) return;
    for (const [uid, entry] of libraryEntries(library.doc)) {
      const name = releaseDocName(uid);
      const id = store.releaseOfDoc(this.db, name);
      if (id === null) {
        // Restored in the office after this library emptied its trash: the row comes back.
        if (!entry.trashed && this.docs.has(name)) this.flushRow(name);
        continue;
      }
      const trashed = getRelease(this.db, id).deletedAt !== null;
      if (trashed === entry.trashed) continue;
      if (entry.trashed) trashRelease(this.db, id);
      else restoreRelease(this.db, id);
      this.emit({ type: entry.trashed ? 'release-trashed' : 'release-restored', id });
    }
  }

  /** This library's trash, told to the office (after trashRelease, restoreRelease). */
  private shareTrash(id: number): void {
    const name = this.docOf(id);
    if (name) this.updateLibraryEntry(name, getRelease(this.db, id));
  }

  // --- the API in team mode --------------------------------------------------------------------

  /** The shared document of release `id`, or null for one only this library has. */
  docOf(id: number): string | null {
    return store.docOfRelease(this.db, id);
  }

  /** Refuses, before anything is written, a change the signed-in user's role may not make. */
  beforeCall(call: string, args: unknown): void {
    if (!RELEASE_WRITES.has(call)) return;
    const { id, releaseId } = (args ?? {}) as { id?: unknown; releaseId?: unknown };
    const target = typeof id === 'number' ? id : typeof releaseId === 'number' ? releaseId : null;
    if (target === null) return;
    const name = this.docOf(target);
    if (!name) return;
    const refusal = editRefusal(this.role, name);
    if (refusal) throw new TeamRefusedError(refusal);
  }

  /** After a call: rows it changed go into their documents, releases it made are shared. */
  async afterCall(call: string, args: unknown): Promise<void> {
    this.pushChangedRows(true);
    await this.shareNewRows();
    const { id } = (args ?? {}) as { id?: unknown };
    if ((call === 'trashRelease' || call === 'restoreRelease') && typeof id === 'number') this.shareTrash(id);
  }

  /** `saveRelease` of a shared release: into the live document, which then writes the row. */
  saveRelease(id: number, revision: number, fields: Partial<EditableFields>, snapshot: SnapshotKind): Release | null {
    return this.saveThroughDoc(id, revision, () => fields, snapshot);
  }

  saveReleaseChanges(
    id: number,
    revision: number,
    fields: Partial<Omit<EditableFields, 'body'>>,
    body: BlockSplice | undefined,
    snapshot: SnapshotKind,
  ): SavedRelease | null {
    const saved = this.saveThroughDoc(
      id,
      revision,
      (current) => {
        if (!body) return fields;
        try {
          return { ...fields, body: applyBlockSplice(current.body, body) };
        } catch (error) {
          if (error instanceof BlockSpliceError) throw new InvalidRequestError(error.message);
          throw error;
        }
      },
      snapshot,
    );
    if (!saved) return null;
    const { body: _body, ...rest } = saved;
    return rest;
  }

  private saveThroughDoc(id: number, revision: number, fieldsFor: (current: Release) => Partial<EditableFields>, snapshot: SnapshotKind): Release | null {
    const name = this.docOf(id);
    const attached = name ? this.docs.get(name) : undefined;
    if (!name || !attached) return null;
    const refusal = editRefusal(this.role, name);
    if (refusal) throw new TeamRefusedError(refusal);
    // What the office or the renderer changed and the row does not show yet comes first: a save
    // started from an older text is then stale, as it would be in a single-user library.
    if (attached.rowTimer) this.flushRow(name);
    const current = getRelease(this.db, id);
    if (current.revision !== revision) throw new StaleRevisionError(revision, current.revision);
    const fields = fieldsFor(current);
    const body = fields.body === undefined ? undefined : normalizeDoc(fields.body);
    const { body: _body, ...rest } = fields;
    const team = teamFieldsOf({ ...current, ...rest });
    const names = Object.keys(rest).map((key) => (key === 'releaseDate' ? 'date' : key)) as TeamFieldName[];
    attached.doc.transact(() => {
      writeFields(attached.doc, Object.fromEntries(names.map((field) => [field, team[field]])), API_ORIGIN);
      if (body) writeBody(attached.doc, body, API_ORIGIN);
    }, API_ORIGIN);
    return this.docToRow(name, { local: true, snapshot });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.poll) clearInterval(this.poll);
    for (const attached of this.docs.values()) {
      if (attached.rowTimer) this.flushRow(attached.name);
    }
    for (const attached of this.docs.values()) {
      attached.provider.destroy();
      store.foldDoc(this.db, attached.name);
    }
    // Closed while still connecting, `ws` reports an error nobody listens to any more: expected here.
    (this.socket.webSocket as unknown as WebSocket | null)?.on('error', () => {});
    this.socket.destroy();
    for (const attached of this.docs.values()) await attached.pin?.disconnect().catch(() => {});
    this.docs.clear();
  }

  /** For the relay's WebSocket upgrade: hands an accepted socket to the relay. */
  handleRelayConnection(socket: WebSocket, request: IncomingMessage): void {
    this.relay.handleConnection(socket, request);
  }
}

/** What the team tells open windows, on plumbing's event stream: rows the office changed, the connection, presence. */
export type TeamEvent = Extract<
  HostEvent,
  { type: 'release-saved' | 'release-created' | 'release-trashed' | 'release-restored' | 'team-online' | 'presence-changed' }
>;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function bodyHash(body: Release['body']): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

function rowSyncOf(release: Release): store.RowSync {
  return { revision: release.revision, fields: { ...teamFieldsOf(release) }, bodyHash: bodyHash(release.body) };
}
