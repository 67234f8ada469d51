// What the cleaner changed in an imported release, for the officer to review: a folded bar above the
// text that opens into the list of changes, each of which can be unticked and so undone by cleaning
// the kept source again. Warnings ("check the title") are listed with them.
import { useState } from 'react';
import type { ImportRecord, Release } from '../../core/api';
import type { CleanupChange } from '../../core/import/types';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { Icon } from '../ui/Icon';
import { useDialogs } from '../ui/Dialogs';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { WarningList } from './ImportDialog';
import { visibleText } from './visible-text';
import { WordReportPanel } from './WordReport';

interface Props {
  session: DraftSession;
  onReplaced(release: Release): void;
}

export function ImportReview({ session, onReplaced }: Props) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const loaded = useLoad(() => api.getImportRecord({ releaseId: session.id }), [session], {
    onError: (error) => notify(failure(m, m.failures.importRecord, error)),
  });
  const record = loaded.value ?? null;
  /** The officer's ticks, for the record they were made on; a record loaded anew starts from its own. */
  const [ticked, setTicked] = useState<{ record: ImportRecord; skip: Set<string> } | null>(null);
  const [busy, setBusy] = useState(false);

  if (!record || (record.changes.length === 0 && record.warnings.length === 0 && !record.word)) return null;
  // The record keeps the first import's changes; those undone since are in `skipped`, shown unticked.
  const listed = record.changes;
  const skip = ticked?.record === record ? ticked.skip : new Set(record.skipped);
  const changed = skip.size !== record.skipped.length || record.skipped.some((id) => !skip.has(id));

  const toggle = (id: string, keep: boolean) => {
    const next = new Set(skip);
    if (keep) next.delete(id);
    else next.add(id);
    setTicked({ record, skip: next });
  };

  const apply = async () => {
    const confirmed = await dialogs.confirm({ title: m.review.confirmTitle, text: m.review.confirmText, ok: m.review.confirmOk });
    if (!confirmed) return;
    setBusy(true);
    try {
      // The text being replaced must be stored first, so that the history keeps it.
      if (!(await session.flush())) return notify(m.review.cannotApply);
      const release = await api.reapplyImport({ releaseId: session.id, revision: session.revision, skip: [...skip] });
      notify(m.review.applied, 'info');
      onReplaced(release);
    } catch (error) {
      notify(failure(m, m.failures.reapply, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="import-review" data-testid="import-review">
      <summary className="import-review-summary">
        <Icon name="import" size={15} />
        <span>{m.review.title(record.changes.length)}</span>
        {record.warnings.length > 0 && (
          <span className="import-review-check">
            <Icon name="alert" size={13} />
            {m.review.check}: {record.warnings.length}
          </span>
        )}
      </summary>
      <div className="import-review-body">
        <p className="import-review-source">{m.review.source(record.fileName)}</p>
        {record.warnings.length > 0 && <WarningList m={m} warnings={record.warnings} />}
        {record.word && <WordReportPanel word={record.word} session={session} onReplaced={onReplaced} />}
        {listed.length > 0 && (
          <>
            <p className="import-review-intro">{record.reapplicable ? m.review.intro : m.review.fixed}</p>
            <ul className="change-list">
              {listed.map((change) => (
                <ChangeItem
                  key={change.id}
                  change={change}
                  keep={!skip.has(change.id)}
                  editable={record.reapplicable}
                  onToggle={(keep) => toggle(change.id, keep)}
                />
              ))}
            </ul>
          </>
        )}
        {record.reapplicable && listed.length > 0 && (
          <div className="import-review-actions">
            <button
              type="button"
              className="button button-small button-primary"
              data-testid="import-review-apply"
              disabled={!changed || busy}
              onClick={() => void apply()}
            >
              {m.review.apply}
            </button>
          </div>
        )}
      </div>
    </details>
  );
}

function ChangeItem({ change, keep, editable, onToggle }: { change: CleanupChange; keep: boolean; editable: boolean; onToggle(keep: boolean): void }) {
  const { m } = useI18n();
  const kind = m.review.kinds[change.kind] ?? change.kind;
  return (
    <li className={keep ? 'change' : 'change change-undone'} data-testid="import-change" data-kind={change.kind} data-id={change.id}>
      {editable && (
        <label className="change-keep" title={`${m.review.keep}: ${kind}`}>
          <input
            type="checkbox"
            data-testid="import-change-keep"
            checked={keep}
            aria-label={`${m.review.keep}: ${kind}`}
            onChange={(e) => onToggle(e.target.checked)}
          />
          <span aria-hidden="true">{m.review.keep}</span>
        </label>
      )}
      <span className="change-kind">{kind}</span>
      <span className="change-diff">
        <del>{visibleText(change.before)}</del>
        {change.after ? (
          <>
            <span className="change-arrow" aria-hidden="true">
              →
            </span>
            <ins>{visibleText(change.after)}</ins>
          </>
        ) : (
          <span className="change-removed">{m.review.removed}</span>
        )}
      </span>
    </li>
  );
}
