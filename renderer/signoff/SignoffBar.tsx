// The release's place in the sign-off: its status, the steps the officer's role may take from it,
// the embargo and scheduled publication, and whether it changed since it was last published.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError, DEFAULT_TIME_ZONE, type Release, type ReleaseHistory, type Status } from '../../core/api';
import { isoInZone } from '../../core/export/input';
import { needsReason, nextStatuses, type TransitionProblem } from '../../core/workflow';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { describeError, failure } from '../i18n/errors';
import { formatInZone } from '../i18n/format';
import { DateField } from '../ui/DateField';
import { useDialogs } from '../ui/Dialogs';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { useOfficer } from './OfficerContext';

/**
 * The sign-off facts of the open release, read again after every save (an edit can undo an
 * approval) and whenever its status or embargo changed, here, in another window or by the scheduler.
 */
function useSignoff(session: DraftSession): { release: Release; history: ReleaseHistory } | null {
  const savedAt = useSyncExternalStore(session.subscribe, () => {
    const state = session.getState();
    return state.kind === 'saved' ? state.at : null;
  });
  const facts = useLoad(
    async () => {
      const [release, history] = await Promise.all([api.getRelease({ id: session.id }), api.getReleaseHistory({ id: session.id })]);
      return { release, history };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- savedAt is a reload key: a save can undo an approval
    [session, savedAt],
    { reloadOn: (event) => (event.type === 'status-changed' || event.type === 'embargo-changed') && event.id === session.id },
  );
  return facts.value ?? null;
}

export function SignoffBar({ session, onChanged }: { session: DraftSession; onChanged(): void }) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const { officer } = useOfficer();
  const facts = useSignoff(session);
  const [until, setUntil] = useState('');
  const [schedule, setSchedule] = useState(false);

  const embargoUntil = facts?.release.embargoUntil;
  const embargoZone = facts?.release.embargoZone;
  const publishAt = facts?.release.publishAt;
  useEffect(() => {
    if (embargoUntil === undefined) return;
    setUntil(embargoUntil === null ? '' : isoInZone(embargoUntil, embargoZone ?? DEFAULT_TIME_ZONE).slice(0, 16));
    setSchedule(publishAt !== null);
  }, [embargoUntil, embargoZone, publishAt]);

  if (!facts) return null;
  const { release, history } = facts;
  const zone = release.embargoZone ?? DEFAULT_TIME_ZONE;
  const when = (ms: number) => formatInZone(m, ms, zone);
  const embargoed = release.embargoUntil !== null && release.embargoUntil > Date.now();

  const refusal = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'blocked' && error.issues.length) {
      return error.issues.map((issue) => m.signoff.problems[issue as TransitionProblem] ?? issue).join('; ');
    }
    return describeError(m, error);
  };

  const move = async (to: Status) => {
    let reason = '';
    if (needsReason(release.status, to)) {
      const answer = await dialogs.prompt({ title: m.signoff.reasonTitle, label: m.signoff.reasonLabel, value: '', ok: m.signoff.reasonOk });
      if (!answer || !('value' in answer) || !answer.value.trim()) return;
      reason = answer.value;
    }
    // The step is taken on the text as it is on screen: pending edits are saved first.
    if (!(await session.flush())) return notify(m.save.cannotSwitch);
    try {
      await api.changeStatus({ id: session.id, revision: session.revision, to, reason });
      onChanged();
    } catch (error) {
      notify(`${m.signoff.refused}: ${refusal(error)}`);
    }
  };

  const setEmbargo = async (value: string | null) => {
    try {
      await api.setEmbargo({ id: session.id, until: value, publishAt: value !== null && schedule ? value : null, timeZone: zone });
      onChanged();
    } catch (error) {
      notify(failure(m, m.signoff.embargoFailed, error));
    }
  };

  return (
    <div className="signoff" data-testid="signoff-bar" aria-label={m.signoff.label} role="group">
      <span className={`badge badge-${release.status}`} data-testid="signoff-status" data-status={release.status}>
        {m.statuses[release.status]}
      </span>
      {nextStatuses(release.status, officer?.role ?? null).map((to) => (
        <button key={to} type="button" className="button button-small" data-testid={`signoff-to-${to}`} onClick={() => void move(to)}>
          {m.signoff.actions[to]}
        </button>
      ))}
      <span className="signoff-spacer" />
      {history.changedSincePublished !== null && (
        <span className="signoff-note" data-testid="changed-since-published">
          {m.signoff.changedSincePublished(when(history.changedSincePublished))}
        </span>
      )}
      {embargoed && release.embargoUntil !== null && (
        <span className="signoff-embargo" data-testid="embargo-state">
          {m.signoff.embargoed(when(release.embargoUntil))}
        </span>
      )}
      {release.publishAt !== null && (
        <span className="signoff-note" data-testid="scheduled-state">
          {m.signoff.scheduled(when(release.publishAt))}
        </span>
      )}
      <label className="signoff-field">
        <span className="field-label">{m.signoff.embargoUntil}</span>
        <DateField time testId="embargo-until" className="input input-small" value={until} onChange={setUntil} />
        {/* The time is read on the embargo's clock, not this computer's. */}
        <span className="field-label">{zone}</span>
      </label>
      <label className="signoff-check">
        <input type="checkbox" data-testid="embargo-schedule" checked={schedule} onChange={(e) => setSchedule(e.target.checked)} />
        {m.signoff.schedule}
      </label>
      <button type="button" className="button button-small" data-testid="embargo-set" disabled={!until} onClick={() => void setEmbargo(until)}>
        {m.signoff.setEmbargo}
      </button>
      {(release.embargoUntil !== null || release.publishAt !== null) && (
        <button type="button" className="button button-small button-quiet" data-testid="embargo-lift" onClick={() => void setEmbargo(null)}>
          {m.signoff.liftEmbargo}
        </button>
      )}
    </div>
  );
}
