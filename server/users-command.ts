// `pressdesk server user add|remove|passwd|role|list`: the office's accounts, in the same store the
// server reads (the SQLite file in --data, or PostgreSQL with --postgres), so a running server sees a
// change at the next login.
import { isTeamRole, TEAM_ROLES } from '../core/team/roles';
import { UsageError } from '../host/usage-error';
import { hashPassword } from './passwords';
import { readPasswordFile } from './password-file';
import type { ServerStore } from './store';

export interface UserFlags {
  role?: string;
  'password-file'?: string;
  json?: boolean;
}

/** Names appear in carets, history and sign-offs: printable, no surrounding spaces, no control characters. */
const NAME = /^[^\s\p{C}](?:[^\p{C}]{0,98}[^\s\p{C}])?$/u;

function checkName(name: string | undefined): string {
  if (!name) throw new UsageError('a user NAME is needed');
  if (!NAME.test(name)) throw new UsageError(`"${name}" cannot be a user name: 1 to 100 printable characters, not starting or ending with a space`);
  return name;
}

function checkRole(role: string | undefined) {
  if (!isTeamRole(role)) throw new UsageError(`--role takes one of ${TEAM_ROLES.join(', ')}`);
  return role;
}

export async function userCommand(store: ServerStore, action: string | undefined, args: string[], flags: UserFlags): Promise<number> {
  switch (action) {
    case 'add': {
      const name = checkName(args[0]);
      const role = checkRole(flags.role);
      const passwordHash = await hashPassword(readPasswordFile(flags['password-file']));
      if (!(await store.addUser({ name, role, passwordHash }))) {
        console.error(`pressdesk server: there is already a user "${name}" (change the password with \`user passwd\`)`);
        return 1;
      }
      console.log(`added ${name} (${role})`);
      return 0;
    }
    case 'passwd': {
      const name = checkName(args[0]);
      const passwordHash = await hashPassword(readPasswordFile(flags['password-file']));
      if (!(await store.setPassword(name, passwordHash))) return noSuchUser(name);
      console.log(`changed the password of ${name}; their open sessions end at their next connection`);
      return 0;
    }
    case 'role': {
      const name = checkName(args[0]);
      const role = checkRole(flags.role);
      if (!(await store.setRole(name, role))) return noSuchUser(name);
      console.log(`${name} is now ${role}`);
      return 0;
    }
    case 'remove': {
      const name = checkName(args[0]);
      if (!(await store.removeUser(name))) return noSuchUser(name);
      console.log(`removed ${name}`);
      return 0;
    }
    case 'list': {
      const users = await store.listUsers();
      if (flags.json) console.log(JSON.stringify(users, null, 2));
      else if (!users.length) console.log('no users yet: add one with `pressdesk server user add NAME --role ROLE --password-file FILE`');
      else for (const user of users) console.log(`${user.name}\t${user.role}`);
      return 0;
    }
    default:
      throw new UsageError(`server user takes add, remove, passwd, role or list${action ? `, not "${action}"` : ''}`);
  }
}

function noSuchUser(name: string): number {
  console.error(`pressdesk server: there is no user "${name}"`);
  return 1;
}
