// The renderer's one way to the host: the preload's bridge in Electron, or the same calls over HTTP
// in browser mode, where the launch secret arrives in the address's fragment (never sent to a server).
import {
  unwrap,
  type ApiArgs,
  type ApiResults,
  type CallName,
  type Envelope,
  type MenuCommand,
  type PressdeskApi,
  type PressdeskBridge,
} from '../core/api';

declare global {
  interface Window {
    pressdesk?: PressdeskBridge;
  }
}

const KEY_STORAGE = 'pressdesk.key';

function launchKey(): string {
  const match = /(?:^#|&)key=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(KEY_STORAGE, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

function httpApi(): PressdeskApi {
  const key = launchKey();
  const call =
    <K extends CallName>(name: K) =>
    async (args: ApiArgs<K>): Promise<ApiResults[K]> => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-key': key },
        body: JSON.stringify(args ?? {}),
        // Lets the last autosave finish when the window is closing.
        keepalive: name === 'saveRelease',
      });
      return unwrap((await response.json()) as Envelope<ApiResults[K]>);
    };
  return {
    getAppInfo: call('getAppInfo'),
    getSettings: call('getSettings'),
    updateSettings: call('updateSettings'),
    listReleases: call('listReleases'),
    getRelease: call('getRelease'),
    createRelease: call('createRelease'),
    saveRelease: call('saveRelease'),
    duplicateRelease: call('duplicateRelease'),
    trashRelease: call('trashRelease'),
    restoreRelease: call('restoreRelease'),
    emptyTrash: call('emptyTrash'),
    listRevisions: call('listRevisions'),
    getRevision: call('getRevision'),
    restoreRevision: call('restoreRevision'),
  } satisfies PressdeskApi;
}

export const api: PressdeskApi = window.pressdesk?.api ?? httpApi();

/** Menu commands reach the renderer from Electron's native menu; in browser mode there are none. */
export function onCommand(listener: (command: MenuCommand) => void): () => void {
  return window.pressdesk?.onCommand(listener) ?? (() => {});
}

export function readyToClose(): void {
  window.pressdesk?.readyToClose();
}
