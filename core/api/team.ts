// The contract, the shared library: whether this host is joined to the office,
// as whom, and where the renderer's collaboration socket is.
import { z } from 'zod';
import type { Role } from '../model';
import { call } from './call';
import { id } from './schemas';

/** A signed-in user of the office, with the caret colour everyone sees for them. */
export interface TeamUser {
  name: string;
  role: Role | 'admin';
  color: string;
}

/** Someone seen on a shared document (a caret in a release, or a host on the library). */
export interface TeamPresence {
  doc: string;
  user: { name: string; color: string };
}

export type TeamStatus =
  | { mode: 'solo' }
  | {
      mode: 'team';
      user: TeamUser;
      /** Whether the office server is connected now; edits are kept locally and sent on reconnect. */
      online: boolean;
      server: string;
      /** The Hocuspocus-protocol WebSocket path on the host's own port; the session key is its token. */
      collabPath: '/collab';
      /**
       * Electron only, where the page is not served by the host: the relay's full address on
       * 127.0.0.1 and its token (browser mode uses collabPath on its own origin and the session key).
       */
      collabUrl?: string;
      collabToken?: string;
      /** Shared documents with changes the office has not acknowledged yet. */
      unsent: number;
      presence: TeamPresence[];
    };

export const teamCalls = {
  /** Solo, or joined to the office: the signed-in user, whether the office is reachable, and where the renderer's collaboration socket is. */
  teamStatus: call(z.strictObject({})).returns<TeamStatus>(),
  /** The shared document of a release (`release/<uid>` or `version/<uid>/<lang>`), or null for a release only this library has. */
  teamDocOf: call(z.strictObject({ id })).returns<{ name: string | null }>(),
  /**
   * The "Connect to the office" dialog (team-ui): signs in with the password (used for this sign-in
   * and the token's renewals while the host runs, never stored), keeps the token and joins at once.
   * A wrong user or password: `blocked` with the issue `wrong_password`; no office there: `unavailable`.
   */
  joinOffice: call(
    z.strictObject({
      server: z
        .string()
        .trim()
        .regex(/^wss?:\/\/[^/\s]+/, 'expected ws://HOST:PORT or wss://HOST')
        .max(2000),
      user: z.string().trim().min(1).max(200),
      password: z.string().min(1).max(1000),
    }),
  ).returns<TeamStatus>(),
};
