// `pressdesk server login URL`: asks a running server for a token, as a desktop does, so an admin can
// check an account (and a script can get a token) without opening the app.
import { UsageError } from '../host/usage-error';
import { readPasswordFile } from './password-file';

export async function loginCommand(url: string | undefined, flags: { user?: string; 'password-file'?: string; json?: boolean }): Promise<number> {
  if (!url) throw new UsageError('server login needs the server address, e.g. ws://127.0.0.1:8640');
  if (!flags.user) throw new UsageError('server login needs --user NAME');
  const password = readPasswordFile(flags['password-file']);
  const endpoint = authUrl(url);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: flags.user, password }),
    });
  } catch (error) {
    console.error(`pressdesk server: cannot reach ${endpoint}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`);
    return 1;
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string; expiresAt?: string; user?: { name: string; role: string } };
  if (response.status === 401) {
    console.error(`pressdesk server: wrong user name or password for ${flags.user} at ${url}`);
    return 1;
  }
  if (!response.ok) {
    console.error(`pressdesk server: ${endpoint} answered ${response.status} ${body.error ?? ''}`.trim());
    return 1;
  }
  if (flags.json) console.log(JSON.stringify(body, null, 2));
  else console.log(`signed in as ${body.user?.name} (${body.user?.role}); the token lasts until ${body.expiresAt}`);
  return 0;
}

/** The /auth address of a server given as ws://, wss://, http:// or https://. */
function authUrl(server: string): string {
  let parsed: URL;
  try {
    parsed = new URL(server);
  } catch {
    throw new UsageError(`"${server}" is not a server address (ws://HOST:PORT or wss://HOST)`);
  }
  const protocol = { 'ws:': 'http:', 'wss:': 'https:', 'http:': 'http:', 'https:': 'https:' }[parsed.protocol];
  if (!protocol) throw new UsageError(`"${server}" is not a server address (ws://HOST:PORT or wss://HOST)`);
  parsed.protocol = protocol;
  parsed.pathname = `${parsed.pathname.replace(/\/$/, '')}/auth`;
  parsed.search = '';
  return parsed.toString();
}
