// Passwords come from a file, never from the command line (which other users of the machine can see
// in the process list) nor from the environment (which child processes inherit).
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../host/usage-error';

const MIN_PASSWORD_LENGTH = 8;

/** The file's text without its final line break (editors and `echo` add one). */
export function readPasswordFile(file: string | undefined): string {
  if (!file) throw new UsageError('--password-file FILE is needed (the password alone on its first line)');
  let text: string;
  try {
    if (statSync(file).size > 4096) throw new UsageError(`${file} is too large to be a password file`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the password file ${file}: ${(error as Error).message}`);
  }
  const password = text.replace(/\r?\n$/, '');
  if (password.includes('\n')) throw new UsageError(`${file} has more than one line; the password is its only line`);
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(`the password in ${file} is shorter than ${MIN_PASSWORD_LENGTH} characters`);
  }
  return password;
}
