// The token secret of a deployment on one machine: a file in --data, readable by its owner only.
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_BYTES = 32;

/**
 * Reads DIR/token-secret, making it first if it is not there. The new secret is written whole to a
 * private file and then linked into place, which fails if the name exists: two processes starting at
 * once on one folder end up with the same secret, and neither ever reads a half-written one.
 */
export function readOrCreateSecretFile(dir: string): Buffer {
  const file = join(dir, 'token-secret');
  const draft = `${file}.${process.pid}.new`;
  writeFileSync(draft, randomBytes(SECRET_BYTES).toString('base64'), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  // A secret anyone on the machine may read lets them sign tokens for any user: narrowed, not trusted as found.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (secret.length < SECRET_BYTES)
    throw new Error(`${file} does not hold a secret of ${SECRET_BYTES} bytes; remove it to make a new one (every session ends)`);
  return secret;
}
