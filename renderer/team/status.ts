// What the host says about the shared library, and how the renderer asks it.
// TEMPORARY shim until team-sync's `teamStatus` call is in the contract (then: api.teamStatus).
import { ApiError } from '../../core/api';
import { api } from '../api-client';

export type TeamStatus =
  | { mode: 'solo' }
  | { mode: 'team'; user: { name: string; role: string; color: string }; online: boolean; collabPath: string };

type TeamCalls = { teamStatus?(args: Record<string, never>): Promise<TeamStatus> };

export async function teamStatus(): Promise<TeamStatus> {
  const call = (api as unknown as TeamCalls).teamStatus;
  return call ? call({}) : { mode: 'solo' };
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
