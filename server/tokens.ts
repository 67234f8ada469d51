// Session tokens: `v1.<payload>.<mac>`, the payload (user, password stamp, expiry) signed with
// HMAC-SHA256 under the deployment's secret. Stateless, so every server process of one deployment
// checks a token another issued; the password stamp lets `user passwd` end old sessions.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const PREFIX = 'v1';

const Payload = z.object({
  /** the user's name */
  u: z.string().min(1),
  /** passwordStamp() of the hash when the token was issued */
  s: z.string(),
  /** expiry, milliseconds since the epoch */
  exp: z.number().int(),
});
export type TokenPayload = z.infer<typeof Payload>;

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: 'token_invalid' | 'token_expired' };

function mac(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(`${PREFIX}.${body}`).digest();
}

export function signToken(secret: Buffer, payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${PREFIX}.${body}.${mac(secret, body).toString('base64url')}`;
}

/** The payload of a token this deployment signed and that has not expired at `now`. */
export function checkToken(secret: Buffer, token: string, now = Date.now()): TokenCheck {
  const [prefix, body, signature, ...rest] = token.split('.');
  if (prefix !== PREFIX || !body || !signature || rest.length) return { ok: false, reason: 'token_invalid' };
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'token_invalid' };
  let parsed;
  try {
    parsed = Payload.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'token_invalid' };
  }
  if (!parsed.success) return { ok: false, reason: 'token_invalid' };
  if (parsed.data.exp <= now) return { ok: false, reason: 'token_expired' };
  return { ok: true, payload: parsed.data };
}
