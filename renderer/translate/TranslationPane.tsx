// The workspace in place of the editor (the editor stays mounted under it, hidden, as under the
// registry's pages). Another release opened from the library closes it.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { Release } from '../../core/api';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useTranslation } from './TranslationContext';
import { TranslationWorkspace } from './TranslationWorkspace';
import '../styles/translate.css';

interface Props {
  /** The release open in the editor. */
  openId: number | null;
  /** The workspace rewrote `targetId`'s text: an editor showing that release must reload it. */
  onClosed(targetId: number): void;
  /** A version was made or worked on: the library's progress badges must catch up. */
  onVersionsChanged(): void;
  /** A segment was stored: the version's own library row shows its new title and word count. */
  onVersionSaved(version: Release): void;
}

export function TranslationPane({ openId, onClosed, onVersionsChanged, onVersionSaved }: Props) {
  const { targetId, close } = useTranslation();
  const shownFor = useRef(openId);

  // Each effect answers one change: of the workspace's version, or of the release open in the editor.
  const versionsChanged = useEffectEvent(() => onVersionsChanged());
  const shownTarget = useRef(targetId);
  useEffect(() => {
    if (shownTarget.current !== targetId) versionsChanged();
    shownTarget.current = targetId;
  }, [targetId]);

  // Only a change of the open release closes it, not opening the workspace itself.
  const closeOpenWorkspace = useEffectEvent(() => {
    if (targetId !== null) close();
  });
  useEffect(() => {
    if (shownFor.current !== openId) closeOpenWorkspace();
    shownFor.current = openId;
  }, [openId]);

  if (targetId === null) return null;
  return (
    <div className="translation-view">
      <ErrorBoundary resetKey={targetId}>
        <TranslationWorkspace
          key={targetId}
          targetId={targetId}
          onSaved={onVersionSaved}
          onBack={() => {
            close();
            onClosed(targetId);
          }}
        />
      </ErrorBoundary>
    </div>
  );
}
