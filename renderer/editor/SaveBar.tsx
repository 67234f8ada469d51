// The status bar: whether the text is safe, always in view, and how long it is. It follows the
// session and the editor itself, so a save or a count redraws this bar alone.
import type { Editor } from '@tiptap/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ApiError } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { describeError } from '../i18n/errors';
import { formatMoment, isToday } from '../i18n/format';
import { bodyStats } from './body-stats';
import type { DraftSession, SaveState } from './draft-session';

interface Props {
  session: DraftSession;
  editor: Editor | null;
  onLoadLatest(): void;
  onKeepCopy(): void;
}

/** The counts wait for a pause: counting on every keystroke would add to each one. */
const STATS_DELAY_MS = 150;

/**
 * Edits waiting for their autosave and the autosave under way read the same: either way the text is
 * stored a moment later. A bar flipping between the two at every autosave would redraw itself (and
 * be announced) several times a second while the officer types.
 */
const PENDING: SaveState = { kind: 'saving' };
const shown = (state: SaveState): SaveState => (state.kind === 'dirty' || state.kind === 'saving' ? PENDING : state);

export function SaveBar({ session, editor, onLoadLatest, onKeepCopy }: Props) {
  const { m } = useI18n();
  const state = useSyncExternalStore(session.subscribe, () => shown(session.getState()));
  const { words, chars } = useBodyStats(editor);
  useMinuteTick(state.kind === 'saved');
  const text =
    state.kind === 'saved'
      ? m.save.saved(formatMoment(m, state.at), isToday(state.at))
      : state.kind === 'error'
        ? m.save.notSaved(describeError(m, state.error))
        : m.save.saving;
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

function useBodyStats(editor: Editor | null) {
  const [stats, setStats] = useState({ words: 0, chars: 0 });
  useEffect(() => {
    if (!editor) return;
    const recount = () => {
      const next = bodyStats(editor.state.doc);
      setStats((was) => (was.words === next.words && was.chars === next.chars ? was : next));
    };
    recount();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && recount(), STATS_DELAY_MS);
    };
    editor.on('update', count);
    return () => {
      clearTimeout(timer);
      editor.off('update', count);
    };
  }, [editor]);
  return stats;
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
