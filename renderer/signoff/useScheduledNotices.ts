// Tells the officer when the host's scheduler has published a release: the host cannot push to the
// page in browser mode, so the page asks, at the scheduler's own pace.
import { useEffect, useEffectEvent, useRef } from 'react';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { useNotify } from '../ui/Notices';

const POLL_MS = 30_000;
/** What the host caught up on as it started, just before this window opened, is told too. */
const STARTUP_WINDOW_MS = 60_000;

export function useScheduledNotices(onPublished: () => void): void {
  const { m } = useI18n();
  const notify = useNotify();
  const since = useRef(Date.now() - STARTUP_WINDOW_MS);

  // Each check reads the language and the callback of the moment; the polling starts once.
  const check = useEffectEvent(async () => {
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
      // The next check tries again; a missed poll only delays the notice.
    }
  });

  useEffect(() => {
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
}
