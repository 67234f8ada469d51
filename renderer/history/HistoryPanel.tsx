// The open release's stored versions: pick one to see how it differs from the current text, and
// bring it back if needed. The current text is read from the session, unsaved edits included.
import { useMemo, useState } from 'react';
import type { Release, ReleaseFields, Revision } from '../../core/api';
import type { HostEvent } from '../../core/host-events';
import { docToText } from '../../core/doc-text';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { formatDateTime } from '../i18n/format';
import { Icon } from '../ui/Icon';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { RevisionDiff } from './RevisionDiff';
import { IconButton } from '../ui/IconButton';
import { SignoffRecord } from '../signoff/SignoffRecord';

interface Props {
  session: DraftSession;
  onClose(): void;
  onRestored(release: Release): void;
}

export function HistoryPanel({ session, onClose, onRestored }: Props) {
  const { m } = useI18n();
  const notify = useNotify();
  // Read again whenever the open release was saved (here or elsewhere) or went through a sign-off step.
  const changed = (event: HostEvent) =>
    (event.type === 'release-saved' || event.type === 'status-changed' || event.type === 'embargo-changed') && event.id === session.id;
  const listed = useLoad(() => api.listRevisions({ releaseId: session.id }), [session], { reloadOn: changed });
  const record = useLoad(() => api.getReleaseHistory({ id: session.id }), [session], { reloadOn: changed });
  const revisions = listed.value ?? null;
  const signoff = record.value ?? null;
  const loadError = listed.error ?? record.error;
  const [selected, setSelected] = useState<Revision | null>(null);
  const [restoring, setRestoring] = useState(false);

  const select = async (id: number) => {
    try {
      setSelected(await api.getRevision({ id }));
    } catch (error) {
      notify(failure(m, m.failures.revisions, error));
    }
  };

  // The list is reloaded after every save of the session, so it stands for "the session's text may
  // have changed"; unsaved keystrokes do not recompute the diff.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revisions is the recompute key (above), not read
  const comparison = useMemo(() => (selected ? texts(selected, session) : null), [selected, session, revisions]);

  const restore = async () => {
    if (!selected) return;
    setRestoring(true);
    try {
      // Pending edits are saved first; the host keeps them as a version before restoring.
      if (!(await session.flush())) return notify(m.save.cannotSwitch);
      const release = await api.restoreRevision({ releaseId: session.id, revisionId: selected.id, revision: session.revision });
      notify(m.history.restored, 'info');
      setSelected(null);
      onRestored(release);
    } catch (error) {
      notify(failure(m, m.failures.restoreRevision, error));
    } finally {
      setRestoring(false);
    }
  };

  return (
    <aside className="history" data-testid="history-panel" aria-label={m.history.title}>
      <header className="history-head">
        <h2>{m.history.title}</h2>
        <IconButton icon="close" label={m.history.close} onClick={onClose} />
      </header>

      {loadError !== null && (
        <p className="history-problem" role="alert">
          {failure(m, m.failures.revisions, loadError)}
        </p>
      )}
      {signoff && <SignoffRecord history={signoff} />}
      {revisions?.length === 0 && (
        <div className="empty empty-small">
          <p className="empty-title">{m.history.empty}</p>
          <p className="empty-hint">{m.history.emptyHint}</p>
        </div>
      )}
      {revisions && revisions.length > 0 && (
        <ul className="revisions">
          {revisions.map((revision) => (
            <li key={revision.id}>
              <button
                type="button"
                className={selected?.id === revision.id ? 'revision revision-selected' : 'revision'}
                data-testid="revision-item"
                data-id={revision.id}
                aria-pressed={selected?.id === revision.id}
                onClick={() => void select(revision.id)}
              >
                <span className="revision-time">{formatDateTime(m, revision.createdAt)}</span>
                <span className="revision-meta">
                  <span className={`kind kind-${revision.kind}`}>{m.history.kinds[revision.kind]}</span>
                  {/* "What did the head approve?": pick this one to see it against the current text. */}
                  {revision.id === signoff?.approvedRevisionId && (
                    <span className="badge badge-approved" data-testid="revision-approved">
                      {m.signoff.approvedVersion}
                    </span>
                  )}
                  <span>{m.history.words(revision.wordCount)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <section className="history-compare" aria-label={m.history.compare}>
        {selected && comparison ? (
          <>
            <div className="history-compare-head">
              <h3>{m.history.compare}</h3>
              <button
                type="button"
                className="button button-primary button-small"
                data-testid="revision-restore"
                disabled={restoring}
                onClick={() => void restore()}
              >
                <Icon name="restore" size={15} />
                {m.history.restore}
              </button>
            </div>
            <RevisionDiff before={comparison.before} after={comparison.after} />
          </>
        ) : (
          revisions && revisions.length > 0 && <p className="history-pick">{m.history.pick}</p>
        )}
      </section>
    </aside>
  );
}

/** Title, lead and body as one text, turned into text the way the host does, so only real edits show. */
function releaseText({ title, lead, body }: Pick<ReleaseFields, 'title' | 'lead' | 'body'>): string {
  return [title, lead, docToText(body)].filter((part) => part.trim() !== '').join('\n\n');
}

function texts(revision: Revision, session: DraftSession): { before: string; after: string } {
  return { before: releaseText(revision.fields), after: releaseText(session.fields()) };
}
