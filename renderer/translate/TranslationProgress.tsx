// How far the version has got: one bar split by status, and "n of N translated".
import { SEGMENT_STATUSES, type TranslationSegment } from '../../core/api';
import { useI18n } from '../i18n/I18n';

/** Done means confirmed: translated or reviewed. */
function doneCount(segments: readonly TranslationSegment[]): number {
  return segments.filter((s) => s.status === 'translated' || s.status === 'reviewed').length;
}

export function TranslationProgress({ segments }: { segments: readonly TranslationSegment[] }) {
  const { m } = useI18n();
  const total = segments.length;
  const done = doneCount(segments);
  const label = m.translate.progress(done, total);
  return (
    <div className="tw-progress" data-testid="tw-progress" data-done={done} data-total={total}>
      <div className="tw-bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        {SEGMENT_STATUSES.map((status) => {
          const n = segments.filter((s) => s.status === status).length;
          return n ? (
            <span key={status} className={`tw-bar-part status-${status}`} style={{ flexGrow: n }} title={`${m.translate.statuses[status]}: ${n}`} />
          ) : null;
        })}
      </div>
      <span className="tw-progress-text">{label}</span>
    </div>
  );
}
