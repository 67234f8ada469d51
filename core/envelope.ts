// The zod-free part of the contract: what the sandboxed preload needs too, kept small for it.

export type ErrorCode = 'invalid' | 'not_found' | 'stale' | 'too_large' | 'unavailable' | 'blocked' | 'read_only' | 'internal';

/** The envelope every transport carries, so error codes survive IPC and HTTP alike. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string; issues?: string[] } };

/** Thrown in the renderer for a refused call; the UI turns `code` into words in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new ApiError(envelope.error.code, envelope.error.message, envelope.error.issues);
}

/** Commands from the native menu (Electron) to the renderer. */
export const MENU_COMMANDS = ['new', 'import', 'save', 'find', 'flush-before-close'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The page's file input for imports, which the Electron menu clicks (see electron/menu.ts). */
export const IMPORT_INPUT_ID = 'pressdesk-import-files';
