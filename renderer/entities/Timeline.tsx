// An entity's releases by year and month, newest first; a click opens the release.
import type { ReleaseSummary } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import type { Messages } from '../i18n/I18n';
import { formatDay } from '../i18n/format';
import { timeline } from './timeline';

function monthName(m: Messages, month: string): string {
  const index = Number(month.slice(5, 7)) - 1;
  if (m.months) return m.months[index];
  return new Intl.DateTimeFormat(m.locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, index, 1));
}

export function Timeline({ releases, onOpen }: { releases: ReleaseSummary[]; onOpen(id: number): void }) {
  const { m } = useI18n();
  if (releases.length === 0) return <p className="tags-none">{m.tagging.noReleases}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {timeline(releases).map((year) => (
        <li key={year.year ?? 'undated'} className="timeline-year">
          <h3 className="timeline-year-title">{year.year ?? m.library.noDate}</h3>
          {year.months.map((month) => (
            <section key={month.month ?? 'undated'} className="timeline-month">
              {month.month && <h4 className="timeline-month-title">{monthName(m, month.month)}</h4>}
              <ul className="timeline-releases">
                {month.releases.map((release) => (
                  <li key={release.id}>
                    <button type="button" className="timeline-release" data-testid="entity-release" data-id={release.id} onClick={() => onOpen(release.id)}>
                      <span className="timeline-date">{release.releaseDate ? formatDay(m, release.releaseDate) : ''}</span>
                      <span className="timeline-title">{release.title.trim() || m.library.untitled}</span>
                      <span className={`badge badge-${release.status}`}>{m.statuses[release.status]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </li>
      ))}
    </ol>
  );
}
