// What the host says about the shared library, and joining the office from the connect dialog.
import { ApiError, type TeamStatus } from '../../core/api';
import { api } from '../api-client';

export type { TeamStatus };

export function teamStatus(): Promise<TeamStatus> {
  return api.teamStatus({});
}

export interface JoinArgs {
  /** The office server's address, ws:// or wss://. */
  server: string;
  user: string;
  password: string;
}

type JoinCalls = { joinOffice?(args: JoinArgs): Promise<TeamStatus> };

/**
 * Joins the office: the host signs in (POST /auth on the server), keeps the token (never the
 * password) and answers with its new team status. Refused with `blocked` and the issue
 * `wrong_password` for a wrong user or password, `unavailable` when the server cannot be reached.
 */
export async function joinOffice(args: JoinArgs): Promise<TeamStatus> {
  const call = (api as unknown as JoinCalls).joinOffice;
  if (!call) throw new ApiError('unavailable', 'this host cannot join an office yet');
  return call(args);
}
