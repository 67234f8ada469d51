// Who did what to the release and when: every status step (with the reason and the approved
// revision), embargo change, export and copy, oldest first, each with the officer's name.
import { DEFAULT_TIME_ZONE, type Publication, type ReleaseEvent, type ReleaseHistory } from '../../core/api';
import { formatInstant } from '../../core/embargo';
import type { Messages } from '../i18n/en';
import { useI18n } from '../i18n/I18n';
import { formatDateTime } from '../i18n/format';

function eventText(m: Messages, lang: Parameters<typeof formatInstant>[2], event: ReleaseEvent): string {
  if (event.kind === 'migrated') return m.signoff.migrated(event.toStatus ? m.statuses[event.toStatus] : '');
  if (event.kind === 'embargo') {
    const until = event.detail.until;
    const zone = typeof event.detail.timeZone === 'string' ? event.detail.timeZone : DEFAULT_TIME_ZONE;
    return typeof until === 'number' ? m.signoff.embargoSet(formatInstant(until, zone, lang)) : m.signoff.embargoLifted;
  }
  const step = `${event.fromStatus ? m.statuses[event.fromStatus] : ''} → ${event.toStatus ? m.statuses[event.toStatus] : ''}`;
  return event.detail.automatic === true ? `${step} (${m.signoff.automatic})` : step;
}

function publicationText(m: Messages, publication: Publication): string {
  if (publication.format === 'clipboard') return m.signoff.copied;
  return `${m.signoff.exported(publication.format.toUpperCase())}${publication.fileName ? `: ${publication.fileName}` : ''}`;
}

export function SignoffRecord({ history }: { history: ReleaseHistory }) {
  const { m, lang } = useI18n();
  const entries = [
    ...history.events.map((event) => ({
      at: event.at,
      key: `e${event.id}`,
      text: eventText(m, lang, event),
      actor: event.actor,
      reason: event.reason,
    })),
    ...history.publications.map((publication) => ({
      at: publication.at,
      key: `p${publication.id}`,
      text: `${publicationText(m, publication)} [${publication.language}]`,
      actor: publication.actor,
      reason: null,
    })),
  ].sort((a, b) => a.at - b.at);
  return (
    <section aria-label={m.signoff.record}>
      <h3 className="history-subtitle">{m.signoff.record}</h3>
      <ol className="signoff-record" data-testid="signoff-record">
        {entries.map((entry) => (
          <li key={entry.key} data-testid="signoff-record-item">
            <span className="revision-time">{formatDateTime(m, entry.at)}</span> · {entry.text} · <strong>{entry.actor || m.signoff.nobody}</strong>
            {entry.reason && <span>: {entry.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
