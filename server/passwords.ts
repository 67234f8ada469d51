// Users' passwords, kept only as scrypt hashes. scrypt is memory-hard: guessing offline costs memory as
// well as time, which GPUs and ASICs cannot buy cheaply. node:crypto has it, so nothing native is added.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * One of OWASP's equivalent scrypt minimums (N=2^15, r=8, p=3): 32 MiB per hash, whose three passes run
 * one after the other, so a login costs well under a second and little memory on the server.
 */
const COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** scrypt needs 128·N·r bytes; Node refuses above 32 MiB unless told. */
const MAX_MEM = 128 * COST.N * COST.r * 2;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: Math.max(MAX_MEM, 128 * cost.N * cost.r * 2) };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$key` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Parsed {
  cost: { N: number; r: number; p: number };
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | null {
  const [kind, N, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return null;
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0)) return null;
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/**
 * A hash that matches no password, checked when the user does not exist, so that an unknown name and a
 * wrong password take the same time and get the same answer.
 */
const UNKNOWN_USER: Parsed = { cost: COST, salt: randomBytes(SALT_BYTES), key: randomBytes(KEY_BYTES) };

/** Whether `password` is the one behind `stored` (null: no such user, answered in the same time). */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = (stored && parse(stored)) || UNKNOWN_USER;
  const key = await derive(password, parsed.salt, parsed.cost);
  const same = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  return same && parsed !== UNKNOWN_USER;
}

/**
 * A short fingerprint of the stored hash (from its salt), carried in tokens: a new password makes a new
 * salt, so tokens given out under the old password stop working.
 */
export function passwordStamp(stored: string): string {
  return stored.split('$')[4]?.slice(0, 12) ?? '';
}
