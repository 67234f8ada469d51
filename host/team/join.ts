// `pressdesk serve|start --team ws://HOST:PORT --user NAME --password-file FILE`: sign in, keep the
// token (never the password), and start the shared library. With the office out of reach, a host
// that joined before starts on its kept token and local copy, and syncs once the office answers.
import { chmodSync, existsSync } from 'node:fs';
import { isTeamRole } from '../../core/team';
import type { Db } from '../../db/open';
import { updateSettings } from '../../db/settings';
import { getTeamSession, saveTeamSession } from '../../db/team-store';
import { OfficeUnreachableError, readPasswordFile, signIn, WrongPasswordError, type OfficeToken } from './office-auth';
import { TeamHost } from './team-host';

export interface JoinOptions {
  serverUrl: string;
  user: string;
  passwordFile: string;
  dbPath: string;
}

/** The connect dialog's join: the password as typed, held in memory for renewals only, never written. */
export type JoinWithPassword = Omit<JoinOptions, 'passwordFile'> & { password: string };
/**
 * The desktop app's next start after the dialog: the token from the OS keychain, no password at
 * hand (when it expires the officer signs in through the dialog again).
 */
export type JoinWithToken = Omit<JoinOptions, 'passwordFile'> & { kept: OfficeToken };

export async function joinOffice(
  db: Db,
  options: JoinOptions | JoinWithPassword | JoinWithToken,
  log: (line: string) => void = console.log,
): Promise<TeamHost> {
  const { serverUrl, user } = options;
  const signInNow = (): Promise<OfficeToken> => {
    if ('kept' in options) return Promise.reject(new WrongPasswordError(user));
    return signIn(serverUrl, user, 'password' in options ? options.password : readPasswordFile(options.passwordFile));
  };
  let session: OfficeToken;
  try {
    session = 'kept' in options ? options.kept : await signInNow();
  } catch (error) {
    const kept = getTeamSession(db);
    if (!(error instanceof OfficeUnreachableError) || !kept || kept.serverUrl !== serverUrl || kept.userName !== user || !isTeamRole(kept.role)) {
      throw error;
    }
    log(`${error.message}: working offline on the local copy; changes are sent when the office answers.`);
    session = { token: kept.token, expiresAt: kept.expiresAt, user: { name: kept.userName, role: kept.role } };
  }
  saveTeamSession(db, { serverUrl, userName: session.user.name, role: session.user.role, token: session.token, expiresAt: session.expiresAt });
  // The token is a credential: the library file that keeps it is for this user's eyes only.
  for (const file of [options.dbPath, `${options.dbPath}-wal`, `${options.dbPath}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
  // Everything the library records (sign-off steps, comments, exports) is signed by the signed-in user.
  const role = session.user.role === 'admin' ? 'approver' : session.user.role;
  updateSettings(db, { officer: { name: session.user.name, role } });
  const team = new TeamHost(db, { serverUrl, session, signInAgain: signInNow });
  await team.start();
  return team;
}

/** The wrong-password message, in the three languages of the app (Azerbaijani first), as the desktop's error boxes say it. */
export function wrongPasswordMessage(user: string): string {
  return [
    `Ofis "${user}" istifadəçisini qəbul etmədi: istifadəçi adı və ya parol səhvdir. Parol faylını yoxlayın.`,
    `The office refused user "${user}": wrong user name or password. Check the password file.`,
    `Офис не принял пользователя «${user}»: неверное имя пользователя или пароль. Проверьте файл с паролем.`,
  ].join('\n');
}

export function unreachableMessage(serverUrl: string): string {
  return [
    `Ofisə (${serverUrl}) qoşulmaq olmur və bu kitabxana əvvəllər ofisə qoşulmayıb. Ünvanı və şəbəkəni yoxlayın.`,
    `The office at ${serverUrl} cannot be reached, and this library has not joined it before. Check the address and the network.`,
    `Офис (${serverUrl}) недоступен, а эта библиотека раньше к нему не подключалась. Проверьте адрес и сеть.`,
  ].join('\n');
}
