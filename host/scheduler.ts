// Scheduled publication: while Pressdesk runs, approved releases whose time has come are marked
// published. The first check runs at start, so releases due while the app was closed catch up.
import type { ReleaseEvent } from '../core/api';
import type { HostEvent } from '../core/host-events';
import type { Db } from '../db/open';
import { publishDue } from '../db/workflow';

/** Time as the scheduler sees it; tests pass one they move by hand. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Often enough that "at 10:00" means within half a minute of it. */
export const CHECK_INTERVAL_MS = 30_000;

/** The scheduler's publications told to the open windows, as the event stream carries them. */
export function announcePublished(emit: (event: HostEvent) => void): (events: ReleaseEvent[]) => void {
  return (events) => {
    for (const event of events) emit({ type: 'status-changed', id: event.releaseId, scheduled: true });
  };
}

export interface Scheduler {
  stop(): void;
}

export function startScheduler(
  db: Db,
  onPublished: (events: ReleaseEvent[]) => void = () => {},
  clock: Clock = systemClock,
  intervalMs = CHECK_INTERVAL_MS,
): Scheduler {
  let handle: unknown;
  let stopped = false;
  const tick = () => {
    try {
      const events = publishDue(db, clock.now());
      if (events.length) onPublished(events);
    } catch (error) {
      // A failed check (the database busy, say) is retried at the next tick, not fatal to the app.
      console.error(error);
    }
    if (!stopped) handle = clock.setTimeout(tick, intervalMs);
  };
  tick();
  return {
    stop() {
      stopped = true;
      clock.clearTimeout(handle);
    },
  };
}
