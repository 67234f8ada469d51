// In team mode other officers' changes reach this host through the office at any moment (a release
// made, retitled, approved elsewhere): the library follows the host's events for them. A solo
// library changes only by this window's own hand, which refreshes it already.
import { useRef } from 'react';
import type { HostEvent } from '../../core/host-events';
import type { LibraryState } from '../library/useLibrary';
import { useHostEvent } from '../ui/useHostEvent';
import { useTeam } from './TeamContext';

const FOLLOWED: ReadonlySet<HostEvent['type']> = new Set([
  'release-created',
  'release-saved',
  'release-trashed',
  'release-restored',
  'status-changed',
  'embargo-changed',
]);
/** Typing elsewhere saves several times a second; the list needs only to catch up. */
const REFRESH_DELAY_MS = 500;

export function useTeamLibrary(lib: LibraryState): void {
  const { connection } = useTeam();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useHostEvent((event) => {
    if (!connection || !FOLLOWED.has(event.type)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void lib.refresh(), REFRESH_DELAY_MS);
  });
}
