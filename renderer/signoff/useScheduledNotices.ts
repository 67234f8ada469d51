// Tells the officer when the host's scheduler has published a release: the host cannot push to the
// page in browser mode, so the page asks, at the scheduler's own pace.
import { useEffect, useRef } from 'react';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { useNotify } from '../ui/Notices';

const POLL_MS = 30_000;

export function useScheduledNotices(onPublished: () => void): void {
  const { m } = useI18n();
  const notify = useNotify();
  // Publications that happened before the window opened were caught up at start and are in the record.
  const since = useRef(Date.now());
  const latest = useRef({ m, onPublished });
  latest.current = { m, onPublished };

  useEffect(() => {
    const check = async () => {
      try {
        const events = await api.listScheduledPublications({ since: since.current });
        if (!events.length) return;
        since.current = Math.max(...events.map((e) => e.at));
        for (const event of events) {
          const release = await api.getRelease({ id: event.releaseId });
          notify(latest.current.m.signoff.scheduledPublished(release.title || latest.current.m.library.untitled), 'info');
        }
        latest.current.onPublished();
      } catch {
        // The next check tries again; a missed poll only delays the notice.
      }
    };
    const timer = setInterval(() => void check(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
}
