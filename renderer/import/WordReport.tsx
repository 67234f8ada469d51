// What a Word file held beyond its text, in the import review: tracked changes with who made them
// and when (and the officer's choice: keep as marked, accept all, reject all, which reads the kept
// file again), comments (now threads beside the text), and header and footer lines, each of which
// can be put into the lead or the dateline with one click.
import { useState } from 'react';
import type { Release } from '../../core/api';
import { TRACKED_CHANGE_MODES, type TrackedChangeMode, type WordReport } from '../../core/import/types';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { useDialogs } from '../ui/Dialogs';
import { useNotify } from '../ui/Notices';

interface Props {
  word: WordReport;
  session: DraftSession;
  onReplaced(release: Release): void;
}

export function WordReportPanel({ word, session, onReplaced }: Props) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const [busy, setBusy] = useState(false);
  const w = m.wordReport;

  const choose = async (mode: TrackedChangeMode) => {
    const confirmed = await dialogs.confirm({ title: w.confirmTitle, text: w.confirmText, ok: w.modes[mode] });
    if (!confirmed) return;
    setBusy(true);
    try {
      if (!(await session.flush())) return notify(m.review.cannotApply);
      const release = await api.reapplyImport({ releaseId: session.id, revision: session.revision, skip: [], trackedChanges: mode });
      notify(w.applied(w.modes[mode]), 'info');
      onReplaced(release);
    } catch (error) {
      notify(failure(m, m.failures.reapply, error));
    } finally {
      setBusy(false);
    }
  };

  const lines = word.headersFooters.flatMap((h) => h.text.split('\n').map((text) => ({ ...h, text })));
  return (
    <div className="word-report" data-testid="word-report">
      {word.trackedChanges.length > 0 && (
        <section data-testid="word-tracked-changes">
          <h3 className="word-report-title">{w.trackedTitle(word.trackedChanges.length)}</h3>
          <p className="word-report-mode" data-mode={word.trackedChangeMode}>
            {w.current(w.modes[word.trackedChangeMode])}
          </p>
          <ul className="word-report-list">
            {word.trackedChanges.map((change, i) => (
              <li key={i} data-kind={change.kind}>
                <span className="change-kind">{w.kinds[change.kind]}</span>
                {change.text && <span className={change.kind === 'deletion' ? 'tracked-deletion' : 'tracked-insertion'}>{change.text}</span>}
                <span className="report-detail">{[change.author, change.date?.slice(0, 16).replace('T', ' ')].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
          <div className="import-review-actions">
            {TRACKED_CHANGE_MODES.filter((mode) => mode !== word.trackedChangeMode).map((mode) => (
              <button key={mode} type="button" className="button button-small" data-testid={`word-${mode}`} disabled={busy} onClick={() => void choose(mode)}>
                {w.modes[mode]}
              </button>
            ))}
          </div>
        </section>
      )}
      {word.comments.length > 0 && (
        <section data-testid="word-comments">
          <h3 className="word-report-title">{w.commentsTitle(word.comments.length)}</h3>
          <ul className="word-report-list">
            {word.comments.map((comment) => (
              <li key={comment.id}>
                {comment.quote && <q>{comment.quote}</q>} {comment.text}
                <span className="report-detail">{[comment.author, comment.date?.slice(0, 10)].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lines.length > 0 && (
        <section data-testid="word-headers">
          <h3 className="word-report-title">{w.headersTitle}</h3>
          <ul className="word-report-list">
            {lines.map((line, i) => (
              <li key={i} data-part={line.part}>
                <span className="change-kind">{w.parts[line.part][line.kind]}</span>
                <span>{line.text}</span>
                <button type="button" className="button button-small" data-testid="word-to-lead" onClick={() => session.setMeta({ lead: line.text })}>
                  {w.toLead}
                </button>
                <button type="button" className="button button-small" data-testid="word-to-dateline" onClick={() => session.setMeta({ dateline: line.text })}>
                  {w.toDateline}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
