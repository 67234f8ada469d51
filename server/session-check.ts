// Tokens are checked when a desktop opens a document, but a desktop stays connected all day: every
// few seconds each open connection's user is looked up again, so removing a user or changing their
// password ends their sessions, and a new role applies (read-only or not, who may approve) at once.
import type { Hocuspocus } from '@hocuspocus/server';
import { canEditDoc } from '../core/team/roles';
import { passwordStamp } from './passwords';
import type { ServerStore, StoredUser } from './store';
import type { TeamRole } from '../core/team/roles';

/** Who a connection belongs to, kept in its Hocuspocus context. */
export interface SessionUser {
  name: string;
  role: TeamRole;
  /** passwordStamp() of the hash the token was issued under */
  stamp: string;
}

export function startSessionChecks(hocuspocus: Hocuspocus, store: ServerStore, everyMs: number): () => void {
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const users = new Map<string, Promise<StoredUser | null>>();
      for (const document of hocuspocus.documents.values()) {
        for (const connection of document.getConnections()) {
          const session = connection.context?.user as SessionUser | undefined;
          if (!session) continue;
          if (!users.has(session.name)) users.set(session.name, store.getUser(session.name));
          const user = await users.get(session.name)!;
          if (!user || passwordStamp(user.passwordHash) !== session.stamp) {
            connection.close({ code: 4401, reason: 'token_revoked' });
          } else if (user.role !== session.role) {
            session.role = user.role;
            connection.readOnly = !canEditDoc(user.role, document.name);
          }
        }
      }
    } catch (error) {
      console.error('pressdesk server: checking sessions:', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(check, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
