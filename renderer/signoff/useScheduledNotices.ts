// Tells the officer when the host's scheduler has published a release: once as the window opens
// (for what the host caught up on as it started), then whenever the host's event stream says so.
import { useEffect, useRef } from 'react';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { useNotify } from '../ui/Notices';
import { useHostEvent } from '../ui/useHostEvent';

/** What the host caught up on as it started, just before this window opened, is told too. */
const STARTUP_WINDOW_MS = 60_000;

export function useScheduledNotices(onPublished: () => void): void {
  const { m } = useI18n();
  const notify = useNotify();
  const since = useRef(Date.now() - STARTUP_WINDOW_MS);

  // Read through refs: the host's events and the first check call it with the language of the moment.
  const said = useRef({ m, notify, onPublished });
  useEffect(() => {
    said.current = { m, notify, onPublished };
  });
  const check = useRef(async () => {
    const { m, notify, onPublished } = said.current;
    try {
      const events = await api.listScheduledPublications({ since: since.current });
      if (!events.length) return;
      since.current = Math.max(...events.map((e) => e.at));
      for (const event of events) {
        const release = await api.getRelease({ id: event.releaseId });
        notify(m.signoff.scheduledPublished(release.title || m.library.untitled), 'info');
      }
      onPublished();
    } catch {
      // The next publication checks again; a failed check only delays the notice.
    }
  }).current;

  useEffect(() => void check(), [check]);
  useHostEvent((event) => {
    if (event.type === 'status-changed' && event.scheduled) void check();
  });
}
