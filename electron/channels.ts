// IPC channel names shared by the main process and the preload (which must not import main-only modules).
import type { CallName } from '../core/api';

export const COMMAND_CHANNEL = 'pressdesk:command';
export const READY_TO_CLOSE_CHANNEL = 'pressdesk:ready-to-close';
/** Sent by the preload when a page listener took 'flush-before-close': the page is alive and will answer. */
export const CLOSE_RECEIVED_CHANNEL = 'pressdesk:close-received';
/** The system's folder picker, for the export folder setting. */
export const CHOOSE_FOLDER_CHANNEL = 'pressdesk:choose-folder';

export function callChannel(name: CallName): string {
  return `pressdesk:${name}`;
}
