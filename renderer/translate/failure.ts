// "Could not …: reason" for the workspace's own actions.
import type { Messages } from '../i18n/I18n';
import { describeError } from '../i18n/errors';

export function translateFailure(m: Messages, action: keyof Messages['translate']['failures'], error: unknown): string {
  return `${m.translate.failures[action]}: ${describeError(m, error)}`;
}
