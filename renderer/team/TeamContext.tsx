// Team mode for the whole window: the host's team status (read once before anything opens, then
// polled for the office link), and the one connection to the relay while in team mode.
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { relayToken } from '../api-client';
import { useHostEvent } from '../ui/useHostEvent';
import { TeamConnection, type Link, type TeamUser } from './connection';
import { teamStatus, type TeamStatus } from './status';

/** The host tells when the office comes or goes; asked now and then too, in case a message was missed. */
const STATUS_POLL_MS = 15_000;

interface TeamState {
  status: TeamStatus;
  connection: TeamConnection | null;
  /** Reads the status again (after joining the office). */
  refresh(): Promise<void>;
}

const TeamContext = createContext<TeamState>({ status: { mode: 'solo' }, connection: null, refresh: async () => {} });

/** The relay's address: the host's own origin, its WebSocket path. */
function relayUrl(collabPath: string, location: { protocol: string; host: string } = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${collabPath}`;
}

export function TeamProvider({ initial, children }: { initial: TeamStatus; children: ReactNode }) {
  const [status, setStatus] = useState(initial);
  const team = status.mode === 'team' ? status : null;
  // Electron's page is not served by the host: its relay has an address and a token of its own.
  const url = team ? (team.collabUrl ?? relayUrl(team.collabPath)) : null;
  const identity = team ? `${url}\n${team.user.name}\n${team.user.color}` : null;
  // Made while rendering, not in an effect: the first release opened (on the first render's
  // effects) must already open as a shared document. It lives as long as the window, or until the
  // host says another user or relay (after joining the office).
  const held = useRef<{ identity: string | null; connection: TeamConnection | null }>({ identity: null, connection: null });
  if (held.current.identity !== identity) {
    held.current.connection?.destroy();
    const token = team?.collabToken;
    held.current = {
      identity,
      connection: team && url ? new TeamConnection({ url, token: token ? async () => token : relayToken, user: team.user }) : null,
    };
  }
  const connection = held.current.connection;

  const online = team?.online;
  useEffect(() => {
    if (online !== undefined) connection?.setOfficeOnline(online);
  }, [connection, online]);

  const refresh = async () => {
    try {
      const next = await teamStatus();
      // The same status again must not redraw the window.
      setStatus((was) => (JSON.stringify(was) === JSON.stringify(next) ? was : next));
    } catch {
      // The host did not answer: the link shows it (the socket drops too); keep what was known.
    }
  };

  useHostEvent((event) => {
    if (event.type === 'team-online') void refresh();
  });

  useEffect(() => {
    // identity is null exactly when the host is not joined to an office.
    if (identity === null) return;
    const timer = setInterval(() => void refresh(), STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [identity]);

  return <TeamContext.Provider value={{ status, connection, refresh }}>{children}</TeamContext.Provider>;
}

export function useTeam(): TeamState {
  return useContext(TeamContext);
}

interface Live {
  link: Link | null;
  presence: ReadonlyMap<string, TeamUser[]>;
  denied: string | null;
}
const SOLO: Live = { link: null, presence: new Map(), denied: null };
const noSubscription = () => () => {};
const solo = () => SOLO;

/** The link to the office and who edits what; in solo mode no link and nobody. */
export function useTeamLive(): Live {
  const { connection } = useTeam();
  return useSyncExternalStore<Live>(connection?.subscribe ?? noSubscription, connection?.getSnapshot ?? solo);
}
