// The renderer's only door to the main process: one named function per API call, never a generic
// invoke(channel), so a compromised page can reach nothing but the calls the contract lists.
// Sandboxed: bundled into one CommonJS file with only `electron` left as a require.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiArgs, ApiResults, CallName, PressdeskBridge, PressdeskTransport } from '../core/api';
import { MENU_COMMANDS, type Envelope, type MenuCommand } from '../core/envelope';
import { createEventHub, EVENT_CHANNEL, isHostEvent, type HostEventListener } from '../core/host-events';
import { callChannel, callsFromArguments, CHOOSE_FOLDER_CHANNEL, CLOSE_RECEIVED_CHANNEL, COMMAND_CHANNEL, READY_TO_CLOSE_CHANNEL } from './channels';

// The envelope is passed on as it is: an error thrown here would reach the page without its code.
const call =
  <K extends CallName>(name: K) =>
  (args: ApiArgs<K>): Promise<Envelope<ApiResults[K]>> =>
    ipcRenderer.invoke(callChannel(name), args ?? {});

const listeners = new Set<(command: MenuCommand) => void>();

ipcRenderer.on(COMMAND_CHANNEL, (_event: IpcRendererEvent, command: unknown) => {
  if (!(MENU_COMMANDS as readonly unknown[]).includes(command)) return;
  let delivered = false;
  for (const listener of listeners) {
    try {
      listener(command as MenuCommand);
      delivered = true;
    } catch (error) {
      console.error(error);
    }
  }
  // Main then waits for readyToClose as long as it takes (the page may be asking the user whether
  // to close without saving); without this receipt it closes after a short wait, as for a dead page.
  if (delivered && command === 'flush-before-close') ipcRenderer.send(CLOSE_RECEIVED_CHANNEL);
});

const events = createEventHub();
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, event: unknown) => {
  if (isHostEvent(event)) events.emit(event);
});

const bridge = {
  // One named function per call of the contract; main hands the names over (see callsArgument).
  api: Object.fromEntries(callsFromArguments(process.argv).map((name) => [name, call(name)])) as PressdeskTransport,
  onCommand(listener: (command: MenuCommand) => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  onEvent(listener: HostEventListener): () => void {
    return events.subscribe(listener);
  },
  readyToClose(): void {
    ipcRenderer.send(READY_TO_CLOSE_CHANNEL);
  },
  chooseFolder(title: string): Promise<string | null> {
    return ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, String(title));
  },
} satisfies PressdeskBridge;

contextBridge.exposeInMainWorld('pressdesk', bridge);
