// Quality issues worded in the UI language from their check (the host's detail is English).
import type { QaIssue } from '../../core/translate/qa';
import type { TranslationSegment } from '../../core/api';
import { useI18n } from '../i18n/I18n';

export function IssueText({ issue }: { issue: QaIssue }) {
  const { m } = useI18n();
  return (
    <>
      <span className="issue-check">{m.translate.checks[issue.check]}</span>
      {issue.expected !== undefined && (
        <span className="issue-detail">
          {' '}
          {m.translate.expected}: <q>{issue.expected}</q>
          {issue.found !== undefined && (
            <>
              , {m.translate.found}: <q>{issue.found}</q>
            </>
          )}
        </span>
      )}
    </>
  );
}

/** Every issue with the segment it is in; picking one goes to that segment. */
export function IssueList({ issues, segments, onPick }: { issues: QaIssue[]; segments: TranslationSegment[]; onPick(index: number): void }) {
  const { m } = useI18n();
  if (!issues.length) return <p className="help-empty">{m.translate.noIssues}</p>;
  return (
    <ul className="issue-list" data-testid="qa-issues">
      {issues.map((issue, i) => {
        const at = issue.segmentId === null ? -1 : segments.findIndex((s) => s.id === issue.segmentId);
        return (
          <li key={i} className={`issue issue-${issue.severity}`} data-testid="qa-issue" data-severity={issue.severity}>
            {at >= 0 ? (
              <button type="button" className="issue-where" onClick={() => onPick(at)}>
                {m.translate.segment(at + 1)}
              </button>
            ) : (
              <span className="issue-where">{m.translate.wholeText}</span>
            )}
            <IssueText issue={issue} />
          </li>
        );
      })}
    </ul>
  );
}
