// What the host says about the shared library, and joining the office from the connect dialog.
import type { TeamStatus } from '../../core/api';
import { api } from '../api-client';

export type { TeamStatus };

export function teamStatus(): Promise<TeamStatus> {
  return api.teamStatus({});
}

/**
 * Joins the office: the host signs in (POST /auth on the server), keeps the token (never the
 * password) and answers with its new team status. Refused with `blocked` and the issue
 * `wrong_password` for a wrong user or password, `unavailable` when the server cannot be reached.
 */
export function joinOffice(args: { server: string; user: string; password: string }): Promise<TeamStatus> {
  return api.joinOffice(args);
}
