// A library row's embargo and scheduled publication, with their times in the embargo's zone.
import { DEFAULT_TIME_ZONE, type ReleaseSummary } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { formatInZone } from '../i18n/format';

export function EmbargoBadges({ item }: { item: ReleaseSummary }) {
  const { m } = useI18n();
  const zone = item.embargoZone ?? DEFAULT_TIME_ZONE;
  const embargoed = item.embargoUntil !== null && item.embargoUntil > Date.now();
  return (
    <>
      {embargoed && item.embargoUntil !== null && (
        <span className="library-embargo" data-testid="library-embargo">
          {m.signoff.embargoed(formatInZone(m, item.embargoUntil, zone))}
        </span>
      )}
      {item.publishAt !== null && (
        <span className="library-scheduled" data-testid="library-scheduled">
          {m.signoff.scheduled(formatInZone(m, item.publishAt, zone))}
        </span>
      )}
    </>
  );
}
