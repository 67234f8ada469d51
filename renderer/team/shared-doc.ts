// One shared document (a release or a translated version) as the editor uses it: the Yjs document
// with its `body` fragment and `fields` map, synced through the renderer's one socket. "Stored"
// means the relay has acknowledged every local change: the host then holds it in its SQLite file,
// online or not, which is what the status bar promises.
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Status } from '../../core/api';
import type { Meta, SharedStore } from '../editor/draft-session';
import { FIELDS_MAP } from '../../core/team';
import { FIELD_KEYS, readMeta, writeMeta } from './fields';

export class SharedDoc implements SharedStore {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  readonly fields: Y.Map<unknown>;
  private readonly synced: Promise<void>;
  private readonly storedListeners = new Set<(stored: boolean) => void>();

  constructor(
    socket: HocuspocusProviderWebsocket,
    readonly name: string,
    token: string | (() => Promise<string>),
  ) {
    this.fields = this.doc.getMap(FIELDS_MAP);
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name, document: this.doc, token });
    this.synced = new Promise((resolve) => {
      if (this.provider.isSynced) resolve();
      else this.provider.on('synced', () => resolve());
    });
    this.provider.on('unsyncedChanges', () => {
      for (const listener of this.storedListeners) listener(this.isStored());
    });
    this.provider.attach();
  }

  /** Resolves once the relay's copy has arrived (the editor waits for it, so it never shows an empty text first). */
  whenSynced(): Promise<void> {
    return this.synced;
  }

  isStored(): boolean {
    return this.provider.isSynced && !this.provider.hasUnsyncedChanges;
  }

  onStored(listener: (stored: boolean) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  /** Resolves when every change made so far has been acknowledged (false if `timeoutMs` passes first). */
  whenStored(timeoutMs = 5000): Promise<boolean> {
    if (this.isStored()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), timeoutMs);
      const off = this.onStored((stored) => stored && done(true));
      const done = (result: boolean) => {
        clearTimeout(timer);
        off();
        resolve(result);
      };
    });
  }

  readMeta(): Partial<Meta> {
    return readMeta(this.doc);
  }

  writeMeta(patch: Partial<Meta>): void {
    this.doc.transact(() => {
      writeMeta(this.doc, patch, this);
      this.sendBackToReview();
    }, this);
  }

  /** The body was edited here. */
  noteLocalEdit(): void {
    if (this.status() === 'approved') this.doc.transact(() => this.sendBackToReview(), this);
  }

  /** An approved text that is edited is no longer the text approved, as in solo mode's write path. */
  private sendBackToReview(): void {
    if (this.status() === 'approved') this.fields.set('status', 'review');
  }

  /** Calls back with the fields when someone else changed them (own writes are already on screen). */
  observeMeta(listener: (meta: Partial<Meta>) => void): () => void {
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (event.transaction.local && event.transaction.origin === this) return;
      if ([...event.keysChanged].some((key) => (FIELD_KEYS as readonly string[]).includes(key))) listener(this.readMeta());
    };
    this.fields.observe(observer);
    return () => this.fields.unobserve(observer);
  }

  status(): Status | null {
    const status = this.fields.get('status');
    return typeof status === 'string' ? (status as Status) : null;
  }

  /** Calls back with the old and new status when it changes, and whether this window changed it. */
  observeStatus(listener: (from: Status | null, to: Status | null, local: boolean) => void): () => void {
    const observer = (event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has('status')) return;
      const before = event.changes.keys.get('status')?.oldValue;
      listener(typeof before === 'string' ? (before as Status) : null, this.status(), event.transaction.local);
    };
    this.fields.observe(observer);
    return () => this.fields.unobserve(observer);
  }

  destroy(): void {
    this.storedListeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }
}
