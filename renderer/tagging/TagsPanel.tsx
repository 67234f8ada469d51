// Beside the open release: its tags grouped by kind, what the tagger suggests (each accepted or
// dismissed with one click), and the delegations detected in the text or already recorded.
import type { Editor } from '@tiptap/react';
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import { ENTITY_KINDS } from '../../core/registry/types';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { Icon } from '../ui/Icon';
import { DelegationsSection } from './DelegationsSection';
import { entityName } from './entity-name';
import { useTagActions } from './useTagActions';
import { useSuggestions, type Suggestion } from './useSuggestions';
import { useTagging } from './TaggingContext';
import '../styles/tagging.css';
import { IconButton } from '../ui/IconButton';

// Memoised: its props are the editor and the session, which outlive the workspace's redraws (a save
// reaching the library redraws the window; the tags and their suggestions need not follow).
export const TagsPanel = memo(function TagsPanel({ editor, session }: { editor: Editor; session: DraftSession }) {
  const { m, lang } = useI18n();
  const { openEntity, registry } = useTagging();
  const meta = useSyncExternalStore(session.subscribe, session.getMeta);
  const found = useSuggestions(session.id, editor, session);
  const actions = useTagActions(session.id, meta, found);
  const { tags, suggestions } = found;
  const suggestionsRef = useRef<HTMLElement>(null);
  // After a suggestion is accepted or dismissed its row goes: the focus moves to the same button of
  // the row that takes its place (or the last, or the heading), never back to the page.
  const refocus = useRef<{ index: number; testId: string } | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    const section = suggestionsRef.current;
    if (!wanted || actions.busy || !section) return;
    refocus.current = null;
    const buttons = section.querySelectorAll<HTMLElement>(`[data-testid="${wanted.testId}"]`);
    (buttons[Math.min(wanted.index, buttons.length - 1)] ?? section.querySelector<HTMLElement>('h3'))?.focus();
  }, [suggestions, actions.busy]);
  const keepFocus = (index: number, testId: string, action: () => Promise<unknown>) => {
    refocus.current = { index, testId };
    void action();
  };

  return (
    <aside className="tags-panel" data-testid="tags-panel" aria-label={m.tagging.panel} aria-busy={!tags || !registry}>
      <h2 className="tags-title">{m.tagging.panel}</h2>
      {tags && tags.tags.length === 0 && <p className="tags-none">{m.tagging.noTags}</p>}
      {ENTITY_KINDS.map((kind) => {
        const ofKind = tags?.tags.filter((tag) => tag.kind === kind) ?? [];
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} className="tags-group">
            <h3 className="tags-group-title">{m.tagging.groups[kind]}</h3>
            <ul className="chips">
              {ofKind.map((tag) => (
                <li key={tag.id} className={`chip chip-${tag.kind}`} data-testid="tag-chip" data-key={tag.key} data-kind={tag.kind}>
                  <button type="button" className="chip-name" title={m.tagging.openEntity(entityName(tag, lang))} onClick={() => openEntity(tag.id)}>
                    {entityName(tag, lang)}
                  </button>
                  <button
                    type="button"
                    className="chip-remove"
                    data-testid="remove-tag"
                    aria-label={m.tagging.removeTag(entityName(tag, lang))}
                    title={m.tagging.removeTag(entityName(tag, lang))}
                    disabled={actions.busy}
                    onClick={() => void actions.untag(tag.id)}
                  >
                    <Icon name="close" size={12} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section className="tags-section" data-testid="suggestions" aria-live="polite" ref={suggestionsRef}>
        <div className="tags-section-head">
          <h3 className="tags-section-title" tabIndex={-1}>
            {m.tagging.suggestions}
          </h3>
          {suggestions.length > 1 && (
            <button
              type="button"
              className="button button-small"
              data-testid="accept-all"
              disabled={actions.busy}
              onClick={() => void actions.accept(suggestions)}
            >
              {m.tagging.acceptAll}
            </button>
          )}
        </div>
        {!registry || !tags ? (
          <p className="tags-none">{m.app.loading}</p>
        ) : suggestions.length === 0 ? (
          <p className="tags-none">{m.tagging.noSuggestions}</p>
        ) : (
          <ul className="suggestions">
            {suggestions.map((s, i) => (
              <SuggestionRow
                key={s.key}
                suggestion={s}
                busy={actions.busy}
                onAccept={() => keepFocus(i, 'accept-suggestion', () => actions.accept([s]))}
                onDismiss={() => keepFocus(i, 'dismiss-suggestion', () => actions.dismiss(s.key))}
              />
            ))}
          </ul>
        )}
      </section>

      <DelegationsSection found={found} actions={actions} />
    </aside>
  );
});

interface RowProps {
  suggestion: Suggestion;
  busy: boolean;
  onAccept(): void;
  onDismiss(): void;
}

function SuggestionRow({ suggestion: s, busy, onAccept, onDismiss }: RowProps) {
  const { m, lang } = useI18n();
  const name = entityName(s, lang);
  return (
    <li className={`suggestion chip-${s.kind}`} data-testid="suggestion" data-key={s.key} data-kind={s.kind}>
      <span className="suggestion-text">
        <span className="suggestion-name">{name}</span>
        <span className="suggestion-meta">
          {m.tagging.kinds[s.kind]}
          {!s.entity && (
            <span className="proposal-badge" title={m.tagging.proposalHint}>
              {m.tagging.proposal}
            </span>
          )}
          {s.guess && (
            <span className="guess-badge" data-testid="guess-badge" title={m.tagging.guessHint}>
              {m.tagging.guess}
            </span>
          )}
          <span>{m.tagging.mentions(s.mentions)}</span>
        </span>
      </span>
      <IconButton icon="check" label={m.tagging.accept(name)} className="suggestion-accept" disabled={busy} testId="accept-suggestion" onClick={onAccept} />
      <IconButton icon="close" label={m.tagging.dismiss(name)} className="suggestion-dismiss" disabled={busy} testId="dismiss-suggestion" onClick={onDismiss} />
    </li>
  );
}
