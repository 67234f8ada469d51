// The one contract between the renderer and whatever hosts it (Electron's main process over IPC,
// the browser-mode host over HTTP, the CLI, the tests). Every call is one entry in its domain's file
// (core/api/<domain>.ts): the zod schema of its argument paired with its result type. Handlers are
// typed from these entries and validate with their schemas before touching the database; the
// preload and the browser client make one function per name.
import type { z } from 'zod';
import type { Envelope, MenuCommand } from '../envelope';
import type { HostEventListener } from '../host-events';
import type { ResultOf } from './call';
import { importExportCalls } from './import-export';
import { releaseCalls } from './releases';
import { settingsCalls } from './settings';
import { signoffCalls } from './signoff';
import { taggingCalls } from './tagging';
import { translationCalls } from './translation';

export * from '../envelope';
export * from '../model';
export * from './import-export';
export * from './releases';
export * from './settings';
export * from './signoff';
export * from './tagging';
export * from './translation';
// The schema of the same name as the model's type (core/model.ts): this module exports both.
export { ReleaseFields } from './releases';
export { call, type Call } from './call';

/** Each domain's calls; a name belongs to exactly one (test/unit/contract.test.ts). */
export const CALL_DOMAINS = {
  settings: settingsCalls,
  releases: releaseCalls,
  importExport: importExportCalls,
  signoff: signoffCalls,
  tagging: taggingCalls,
  translation: translationCalls,
};

/** Every call, by name. */
export const apiCalls = {
  ...settingsCalls,
  ...releaseCalls,
  ...importExportCalls,
  ...signoffCalls,
  ...taggingCalls,
  ...translationCalls,
};

export type CallName = keyof typeof apiCalls;
export const CALL_NAMES = Object.keys(apiCalls) as CallName[];
/** A call's argument as a caller writes it (defaults may be left out). */
export type ApiArgs<K extends CallName> = z.input<(typeof apiCalls)[K]['args']>;
/** A call's argument as its handler receives it: validated, defaults filled in. */
export type ParsedArgs<K extends CallName> = z.output<(typeof apiCalls)[K]['args']>;
export type ApiResults = { [K in CallName]: ResultOf<(typeof apiCalls)[K]> };

/** What the renderer sees: one async function per call. */
export type PressdeskApi = { [K in CallName]: (args: ApiArgs<K>) => Promise<ApiResults[K]> };

/** What a transport (IPC or HTTP) carries back: the result, or the refusal with its code. */
export type PressdeskTransport = { [K in CallName]: (args: ApiArgs<K>) => Promise<Envelope<ApiResults[K]>> };

/** The object the Electron preload exposes as `window.pressdesk`. */
export interface PressdeskBridge {
  /**
   * Envelopes, not thrown errors: contextBridge copies only an error's message, so the codes the
   * renderer acts on (stale, invalid…) travel as data and are unwrapped on the page.
   */
  api: PressdeskTransport;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to what the host's writes changed (core/host-events.ts); returns the unsubscribe function. */
  onEvent(listener: HostEventListener): () => void;
  /** Tells main the renderer has flushed its unsaved work and the window may close. */
  readyToClose(): void;
  /** The system's folder picker (Electron only); null when the officer cancels. */
  chooseFolder(title: string): Promise<string | null>;
}
