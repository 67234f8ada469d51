// The status bar: whether the text is safe, always in view, and how long it is.
import { useEffect, useState } from 'react';
import { ApiError } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { describeError } from '../i18n/errors';
import { formatMoment, isToday } from '../i18n/format';
import type { SaveState } from './draft-session';

interface Props {
  state: SaveState;
  words: number;
  chars: number;
  onLoadLatest(): void;
  onKeepCopy(): void;
}

export function SaveBar({ state, words, chars, onLoadLatest, onKeepCopy }: Props) {
  const { m } = useI18n();
  useMinuteTick(state.kind === 'saved');
  const text =
    state.kind === 'saved'
      ? m.save.saved(formatMoment(m, state.at), isToday(state.at))
      : state.kind === 'saving'
        ? m.save.saving
        : state.kind === 'dirty'
          ? m.save.dirty
          : m.save.notSaved(describeError(m, state.error));
  const retrying = state.kind === 'error' && !state.blocked;

  return (
    <footer className={`savebar savebar-${state.kind}`}>
      <div className="savebar-state">
        <span className="save-dot" aria-hidden="true" />
        <span data-testid="save-state" data-state={state.kind} role="status" aria-live="polite">
          {text}
        </span>
        {retrying && <span className="savebar-hint">{m.save.retrying}</span>}
        {state.kind === 'error' && state.blocked && (
          <span className="savebar-actions">
            <button type="button" className="button button-small button-primary" data-testid="stale-keep-copy" onClick={onKeepCopy}>
              {m.save.keepCopy}
            </button>
            {state.error instanceof ApiError && state.error.code === 'stale' && (
              <button type="button" className="button button-small" data-testid="stale-load-latest" onClick={onLoadLatest}>
                {m.save.loadLatest}
              </button>
            )}
          </span>
        )}
      </div>
      <div className="savebar-counts">
        <span data-testid="word-count">{m.save.words(words)}</span>
        <span data-testid="char-count">{m.save.chars(chars)}</span>
      </div>
    </footer>
  );
}

/** "Saved 14:32" turns into a date at midnight; re-render now and then so it stays true. */
function useMinuteTick(active: boolean) {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((t) => t + 1), 60_000);
    return () => clearInterval(timer);
  }, [active]);
}
