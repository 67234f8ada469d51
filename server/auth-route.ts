// POST /auth: a user name and password for a token. One answer for a wrong name and a wrong password
// (both check a hash, so both take the same time), and bodies are bounded before they are read whole.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { passwordStamp, verifyPassword } from './passwords';
import type { ServerStore } from './store';
import { signToken } from './tokens';

/** A name and a password fit in far less; anything bigger is not a login. */
const MAX_AUTH_BODY = 4096;

const AuthRequest = z.strictObject({
  user: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});

/**
 * Password checks run at once at most; each holds 32 MiB for a moment, so a flood of logins queues
 * instead of exhausting memory, and beyond MAX_WAITING is turned away (503) rather than queued.
 */
const MAX_CHECKS = 4;
const MAX_WAITING = 200;
let checking = 0;
const waiting: (() => void)[] = [];

async function withCheckSlot<T>(work: () => Promise<T>): Promise<T | 'busy'> {
  if (checking >= MAX_CHECKS) {
    if (waiting.length >= MAX_WAITING) return 'busy';
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    checking++;
  }
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, or is given back.
    const next = waiting.shift();
    if (next) next();
    else checking--;
  }
}

export interface AuthResponse {
  token: string;
  /** ISO 8601 */
  expiresAt: string;
  user: { name: string; role: string };
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function handleAuth(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { store: ServerStore; secret: Buffer; tokenTtlSeconds: number },
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return sendJson(response, 405, { error: 'method_not_allowed' });
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return sendJson(response, 415, { error: 'expected_json' });
  }
  let raw: string;
  try {
    raw = await readBody(request, MAX_AUTH_BODY);
  } catch (error) {
    if (error instanceof BodyTooLarge) return sendJson(response, 413, { error: 'too_large', limit: MAX_AUTH_BODY });
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return sendJson(response, 400, { error: 'invalid', issues: ['the body is not JSON'] });
  }
  const parsed = AuthRequest.safeParse(json);
  if (!parsed.success) {
    return sendJson(response, 400, {
      error: 'invalid',
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
    });
  }
  const user = await deps.store.getUser(parsed.data.user);
  const ok = await withCheckSlot(() => verifyPassword(parsed.data.password, user?.passwordHash ?? null));
  if (ok === 'busy') {
    response.setHeader('Retry-After', '5');
    return sendJson(response, 503, { error: 'busy' });
  }
  if (!ok || !user) return sendJson(response, 401, { error: 'wrong_password' });
  const exp = Date.now() + deps.tokenTtlSeconds * 1000;
  const token = signToken(deps.secret, { u: user.name, s: passwordStamp(user.passwordHash), exp });
  const body: AuthResponse = { token, expiresAt: new Date(exp).toISOString(), user: { name: user.name, role: user.role } };
  sendJson(response, 200, body);
}
