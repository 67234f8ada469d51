// Turns whatever a call threw into words for the user.
import { ApiError } from '../../core/api';
import type { Messages } from './en';

export function describeError(m: Messages, error: unknown): string {
  if (error instanceof ApiError) return m.errors[error.code] ?? m.errors.internal;
  // fetch() rejects with a TypeError ("Failed to fetch") when the host cannot be reached at all.
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return m.errors.offline;
  return m.errors.internal;
}

/**
 * "Could not …: reason", the one wording of a failed action: `action` is its own words
 * (m.failures.open, m.translate.failures.save, m.tagging.failures.tag …).
 */
export function failure(m: Messages, action: string, error: unknown): string {
  return `${action}: ${describeError(m, error)}`;
}
