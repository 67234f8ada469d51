// Signing in to the office: `POST /auth` on the office server's own port (its contract is in
// COORDINATION.md / server/). Only the token it answers with is kept; the password is read from its
// file for this request and dropped.
import { readFileSync } from 'node:fs';
import { CodedError } from '../../core/errors';
import { isTeamRole, type TeamRole } from '../../core/team';

export interface OfficeToken {
  token: string;
  expiresAt: number;
  user: { name: string; role: TeamRole };
}

/** The office refused the user name and password. */
export class WrongPasswordError extends CodedError {
  constructor(readonly user: string) {
    super('blocked', `the office refused user "${user}": wrong user name or password`, ['wrong_password']);
    this.name = 'WrongPasswordError';
  }
}

/** The office could not be reached (or answered something that is not the office's answer). */
export class OfficeUnreachableError extends CodedError {
  constructor(
    readonly url: string,
    why: string,
  ) {
    super('unavailable', `the office at ${url} could not be reached (${why})`);
    this.name = 'OfficeUnreachableError';
  }
}

/** ws://host:port → http://host:port/auth (wss → https). */
function authUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new Error(`--team takes a ws:// or wss:// address, not ${serverUrl}`);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = `${url.pathname.replace(/\/$/, '')}/auth`;
  url.search = '';
  return url.toString();
}

/** The password file's first line (a trailing newline is not part of the password). */
export function readPasswordFile(file: string): string {
  const text = readFileSync(file, 'utf8');
  const password = text.split(/\r?\n/)[0];
  if (!password) throw new Error(`the password file ${file} is empty`);
  return password;
}

function expiry(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : time;
  }
  return null;
}

export async function signIn(serverUrl: string, user: string, password: string): Promise<OfficeToken> {
  const url = authUrl(serverUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, password }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new OfficeUnreachableError(serverUrl, cause?.code ?? (error as Error).message);
  }
  if (response.status === 401 || response.status === 403) throw new WrongPasswordError(user);
  if (!response.ok) throw new OfficeUnreachableError(serverUrl, `it answered ${response.status}`);
  const body = (await response.json().catch(() => null)) as { token?: unknown; expiresAt?: unknown; user?: { name?: unknown; role?: unknown } } | null;
  const expiresAt = expiry(body?.expiresAt);
  if (typeof body?.token !== 'string' || expiresAt === null || typeof body.user?.name !== 'string' || !isTeamRole(body.user.role)) {
    throw new OfficeUnreachableError(serverUrl, 'its answer to /auth is not an office token');
  }
  return { token: body.token, expiresAt, user: { name: body.user.name, role: body.user.role } };
}
