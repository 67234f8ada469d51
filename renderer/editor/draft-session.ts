// One open release and the promise that nothing typed into it is lost. It owns the current field
// values and decides when to save: shortly after typing pauses, at least every `maxWaitMs` while
// typing goes on (so at most about a second of work is ever only in memory), and whenever the app
// asks it to flush. One save at a time; edits made during a save are saved next, from the revision
// counter the save returned. Failures keep the text and retry, except where retrying cannot help.
// Once a save has gone through, the next ones send only what changed since: the fields edited and
// the run of top-level blocks replaced, found by comparing the editor's immutable block nodes by
// identity, so a keystroke on a long release never serialises the whole body.
// In team mode (`deps.shared`) nothing is saved through the host's calls: the body lives in the
// shared document the editor is bound to, the fields are written into its map, and "saved" means
// the relay has acknowledged every change.
import { ApiError, type DocNode, type EditableFields, type PressdeskApi, type Release, type SavedRelease, type SnapshotKind } from '../../core/api';
import { changedRun } from '../../core/body-delta';

/** The fields an edit may change; the status moves only by the sign-off's transitions. */
export type Meta = Omit<EditableFields, 'body'>;

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** `blocked`: the release was changed elsewhere or is gone; saving stops until the user decides. */
  | { kind: 'error'; error: unknown; blocked: boolean };

export interface Snapshot {
  meta: Meta;
  state: SaveState;
}

export interface Timing {
  debounceMs: number;
  maxWaitMs: number;
  retryMs: number;
}

const TIMING: Timing = { debounceMs: 400, maxWaitMs: 700, retryMs: 3000 };

/** What the editor's document offers: its JSON, and (a ProseMirror node) its top-level blocks. */
export interface BodyDoc {
  toJSON(): unknown;
  childCount?: number;
  child?(index: number): { toJSON(): unknown };
}

/** A shared (Yjs) document holding the release: what a session in team mode writes to and waits for. */
export interface SharedStore {
  readMeta(): Partial<Meta>;
  writeMeta(patch: Partial<Meta>): void;
  /** Someone else changed fields. */
  observeMeta(listener: (meta: Partial<Meta>) => void): () => void;
  /** Every local change acknowledged by the relay. */
  isStored(): boolean;
  onStored(listener: (stored: boolean) => void): () => void;
  whenStored(): Promise<boolean>;
  destroy(): void;
}

interface Deps {
  save: PressdeskApi['saveRelease'];
  /** Saves by changes; without it every save sends the whole release. */
  saveChanges?: PressdeskApi['saveReleaseChanges'];
  onSaved?(release: SavedRelease, snapshot: SnapshotKind): void;
  timing?: Timing;
  /** Team mode: the shared document, which the session owns from now on (disposing it destroys it). */
  shared?: SharedStore;
  /** Team mode: the host's revision of the release once changes are stored (sign-off steps name it). */
  storedRevision?(): Promise<number>;
}

/** Errors a retry cannot fix: the server will refuse the same save again until something changes. */
function blocks(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'stale' || error.code === 'not_found');
}
function retryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'internal';
}

let serial = 0;

export class DraftSession {
  /** Distinguishes sessions of the same release, so the editor remounts when a release is reloaded. */
  readonly key = ++serial;
  readonly id: number;
  revision: number;
  private snapshot: Snapshot;
  private readBody: () => DocNode;
  private doc: BodyDoc | null = null;
  /** The document and fields as last stored, which a save by changes is measured against. */
  private base: { doc: BodyDoc; meta: Meta } | null = null;
  private edits = 0;
  private savedEdits = 0;
  private explicitWanted = false;
  private inFlight: Promise<void> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private readonly timing: Timing;
  readonly shared: SharedStore | null;
  private unbind: (() => void)[] = [];

  constructor(
    release: Release,
    private readonly deps: Deps,
  ) {
    this.id = release.id;
    this.revision = release.revision;
    const { title, lead, dateline, releaseDate, language, body } = release;
    this.snapshot = { meta: { title, lead, dateline, releaseDate, language }, state: { kind: 'saved', at: release.updatedAt } };
    this.readBody = () => body;
    this.timing = deps.timing ?? TIMING;
    this.shared = deps.shared ?? null;
    if (this.shared) this.bindShared(this.shared);
  }

  private bindShared(shared: SharedStore): void {
    const apply = (meta: Partial<Meta>) => this.update({ meta: { ...this.snapshot.meta, ...meta } });
    apply(shared.readMeta());
    this.unbind.push(
      shared.observeMeta(apply),
      shared.onStored((stored) => {
        this.update({ state: stored ? { kind: 'saved', at: Date.now() } : { kind: 'dirty' } });
        if (stored)
          void this.deps.storedRevision?.().then(
            (revision) => (this.revision = revision),
            () => {},
          );
      }),
    );
  }

  // For useSyncExternalStore: both must be stable functions.
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  // Each keeps its object while the other part changes: a component reading only one of them is not
  // drawn again (nor is the page committed) when a save merely changes the state.
  getMeta = (): Meta => this.snapshot.meta;
  getState = (): SaveState => this.snapshot.state;

  get state(): SaveState {
    return this.snapshot.state;
  }

  setMeta(patch: Partial<Meta>): void {
    this.update({ meta: { ...this.snapshot.meta, ...patch } });
    if (this.shared) this.shared.writeMeta(patch);
    else this.changed();
  }

  /** The editor reports each change with its current document; it is serialised only when saved. */
  setBody(doc: BodyDoc): void {
    this.doc = doc;
    this.readBody = () => doc.toJSON() as DocNode;
    if (!this.shared) this.changed();
  }

  /**
   * The editor's document as it opened, which is the stored body: before any edit it is the base
   * the first save by changes is measured against, so not even that one sends the whole release.
   */
  attachDoc(doc: BodyDoc): void {
    if (this.isDirty() || this.base) return;
    this.doc = doc;
    if (doc.childCount !== undefined) this.base = { doc, meta: this.snapshot.meta };
  }

  fields(): EditableFields {
    return { ...this.snapshot.meta, body: this.readBody() };
  }

  isDirty(): boolean {
    if (this.shared) return !this.shared.isStored();
    return this.edits !== this.savedEdits;
  }

  /**
   * Saves everything edited so far, waiting for a save already running. Resolves true when all of
   * it is stored, false when it could not be (the state then says why).
   * `explicit` records a revision even when nothing changed: the user asked for one.
   */
  async flush(snapshot: SnapshotKind = 'auto'): Promise<boolean> {
    // Team mode keeps no revisions of its own yet: an explicit one waits for the relay like any flush.
    if (this.shared) return this.shared.whenStored();
    const target = this.edits;
    if (snapshot === 'explicit') this.explicitWanted = true;
    this.clearTimers();
    while (this.inFlight) await this.inFlight;
    if (this.savedEdits < target || this.explicitWanted) await this.save();
    return this.savedEdits >= target && !this.explicitWanted;
  }

  /** Stops all timers; a save already running still completes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimers();
    clearTimeout(this.retryTimer);
    for (const off of this.unbind.splice(0)) off();
    this.shared?.destroy();
  }

  private changed(): void {
    this.edits++;
    const { state } = this.snapshot;
    // An error stays on screen until a save succeeds: the user must not think the text is safe.
    if (state.kind === 'saved') this.update({ state: { kind: 'dirty' } });
    if (this.disposed || (state.kind === 'error' && state.blocked)) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(this.onTimer, this.timing.debounceMs);
    this.maxWaitTimer ??= setTimeout(this.onTimer, this.timing.maxWaitMs);
  }

  private onTimer = (): void => {
    this.clearTimers();
    void this.save();
  };

  private clearTimers(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.maxWaitTimer);
    this.debounceTimer = this.maxWaitTimer = undefined;
  }

  private save(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const { state } = this.snapshot;
    if (state.kind === 'error' && state.blocked) return Promise.resolve();
    clearTimeout(this.retryTimer);
    this.clearTimers();
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
      // Edits arrived while saving and their timers already fired: save them now.
      if (this.isDirty() && this.snapshot.state.kind === 'dirty' && !this.debounceTimer && !this.disposed) void this.save();
    });
    return this.inFlight;
  }

  private async send(): Promise<void> {
    const upTo = this.edits;
    const snapshot: SnapshotKind = this.explicitWanted ? 'explicit' : 'auto';
    this.explicitWanted = false;
    this.update({ state: { kind: 'saving' } });
    const meta = this.snapshot.meta;
    const doc = this.doc;
    let release: SavedRelease;
    try {
      release = await this.sendChanges(snapshot);
    } catch (error) {
      // The next attempt sends everything: whatever went wrong, it cannot be a wrong base then.
      this.base = null;
      if (snapshot === 'explicit') this.explicitWanted = true;
      this.update({ state: { kind: 'error', error, blocked: blocks(error) } });
      if (retryable(error) && !this.disposed) this.retryTimer = setTimeout(() => void this.save(), this.timing.retryMs);
      return;
    }
    this.revision = release.revision;
    this.base = doc?.childCount === undefined ? null : { doc, meta };
    this.savedEdits = upTo;
    this.update({ state: this.isDirty() ? { kind: 'dirty' } : { kind: 'saved', at: Date.now() } });
    this.deps.onSaved?.(release, snapshot);
  }

  private async sendChanges(snapshot: SnapshotKind): Promise<SavedRelease> {
    const { base, doc } = this;
    const saveChanges = this.deps.saveChanges;
    const whole = () => this.deps.save({ id: this.id, revision: this.revision, fields: this.fields(), snapshot });
    if (!saveChanges || !base || !doc?.child || !base.doc.child) return whole();
    const [before, after] = [base.doc, doc] as [Required<BodyDoc>, Required<BodyDoc>];
    const run = changedRun(before.childCount, after.childCount, (i, j) => before.child(i) === after.child(j));
    const blocks = Array.from({ length: run.added }, (_, k) => after.child(run.from + k).toJSON() as DocNode);
    const meta = this.snapshot.meta;
    const fields = Object.fromEntries(Object.entries(meta).filter(([key, value]) => base.meta[key as keyof Meta] !== value)) as Partial<Meta>;
    const body = run.removed || run.added ? { baseLength: before.childCount, from: run.from, removed: run.removed, blocks } : undefined;
    try {
      return await saveChanges({ id: this.id, revision: this.revision, fields, body, snapshot });
    } catch (error) {
      // The host's body is not the one the editor opened (an empty body it holds as no blocks, say):
      // the whole release goes instead, at once.
      if (error instanceof ApiError && error.code === 'invalid') return whole();
      throw error;
    }
  }

  private update(patch: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
