// What the host tells every open window after a write, whoever made it (this window, another one,
// the scheduler): the window reloads what the event touches instead of counting its own changes.
// Plain data, no zod and no other import, so the sandboxed preload, the host and the contract can
// all take it. Events say what changed, not the new state: a listener asks for that itself.

export type HostEvent =
  /** The text or fields of a release were written (a save, a restored revision, a re-import). */
  | { type: 'release-saved'; id: number; revision: number }
  /** A new release: created, duplicated, imported, or a translated version started. */
  | { type: 'release-created'; id: number }
  | { type: 'release-trashed'; id: number }
  | { type: 'release-restored'; id: number }
  /** Releases in the trash were deleted for good. */
  | { type: 'trash-emptied'; deleted: number }
  /** A sign-off step; `scheduled` when the host's scheduler published it. */
  | { type: 'status-changed'; id: number; scheduled: boolean }
  | { type: 'embargo-changed'; id: number }
  /** A release's tags or delegations changed; null when a registry edit may have changed many. */
  | { type: 'tags-changed'; releaseId: number | null }
  /** The registry of entities changed (an entity added, corrected, merged, retired). */
  | { type: 'registry-changed' }
  /** A translated version's segments changed (saved, prefilled, imported from XLIFF). */
  | { type: 'translation-changed'; sourceId: number; targetId: number }
  | { type: 'settings-changed' }
  // --- the shared library ---
  /** The office connection came or went (edits are kept locally meanwhile and sent on reconnect). */
  | { type: 'team-online'; online: boolean }
  /** Who is on which shared document changed: ask teamStatus for the list. */
  | { type: 'presence-changed' };

export type HostEventListener = (event: HostEvent) => void;

/** The IPC channel on which Electron's main hands events to the preload. */
export const EVENT_CHANNEL = 'pressdesk:event';

/** The browser-mode host's server-sent events (GET, with the session key like the calls). */
export const EVENTS_PATH = '/api/events';

/** A well-formed event (what crosses IPC or HTTP is checked before it reaches a listener). */
export function isHostEvent(value: unknown): value is HostEvent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Listeners by subscription; one that throws does not keep the event from the others. */
export function createEventHub() {
  const listeners = new Set<HostEventListener>();
  return {
    emit(event: HostEvent): void {
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error(error);
        }
      }
    },
    subscribe(listener: HostEventListener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get size(): number {
      return listeners.size;
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
