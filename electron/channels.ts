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

/**
 * The calls' names reach the sandboxed preload as one argument of its process (main sets it in
 * `webPreferences.additionalArguments`): the preload cannot load the contract itself, whose schemas
 * need zod and much of core/, so it makes its functions from these names.
 */
const CALLS_SWITCH = '--pressdesk-calls=';

export function callsArgument(names: readonly CallName[]): string {
  return CALLS_SWITCH + names.join(',');
}

export function callsFromArguments(argv: readonly string[]): CallName[] {
  const argument = argv.find((arg) => arg.startsWith(CALLS_SWITCH));
  if (!argument) return [];
  return argument
    .slice(CALLS_SWITCH.length)
    .split(',')
    .filter((name) => /^[A-Za-z]+$/.test(name)) as CallName[];
}
