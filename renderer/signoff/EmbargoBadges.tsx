// A library row's embargo and scheduled publication, with their times in the embargo's zone.
import { DEFAULT_TIME_ZONE, type ReleaseSummary } from '../../core/api';
import { formatInstant } from '../../core/embargo';
import { useI18n } from '../i18n/I18n';

export function EmbargoBadges({ item }: { item: ReleaseSummary }) {
  const { m, lang } = useI18n();
  const zone = item.embargoZone ?? DEFAULT_TIME_ZONE;
  const embargoed = item.embargoUntil !== null && item.embargoUntil > Date.now();
  return (
    <>
      {embargoed && item.embargoUntil !== null && (
        <span className="library-embargo" data-testid="library-embargo">
          {m.signoff.embargoed(formatInstant(item.embargoUntil, zone, lang))}
        </span>
      )}
      {item.publishAt !== null && (
        <span className="library-scheduled" data-testid="library-scheduled">
          {m.signoff.scheduled(formatInstant(item.publishAt, zone, lang))}
        </span>
      )}
    </>
  );
}
