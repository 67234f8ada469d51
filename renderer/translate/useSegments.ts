// A version's segments as the workspace edits them: the stored view, the text typed but not yet
// stored, and saves made one after another (each returns the whole view). A failed save keeps the
// typed text on screen, so nothing typed is ever lost. The refs are the truth the queued saves
// read; the state mirrors them for rendering.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Release, SegmentStatus, TranslationSegment, TranslationView } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { useNotify } from '../ui/Notices';
import { failure } from '../i18n/errors';

type Edits = Record<string, string>;

/** `onSaved`: the version's release after each stored segment (its title and word count follow them). */
export function useSegments(targetId: number, onSaved?: (version: Release) => void) {
  const { m } = useI18n();
  const notify = useNotify();
  const [view, setViewState] = useState<TranslationView | null>(null);
  const [edits, setEditsState] = useState<Edits>({});
  const viewRef = useRef<TranslationView | null>(null);
  const editsRef = useRef<Edits>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const setView = useCallback((next: TranslationView) => {
    viewRef.current = next;
    setViewState(next);
  }, []);
  const setEdits = (next: Edits) => {
    editsRef.current = next;
    setEditsState(next);
  };

  // Loaded per version; a language switch does not load it again.
  const loadFailed = useEffectEvent((error: unknown) => notify(failure(m, m.translate.failures.load, error)));
  useEffect(() => {
    api.getTranslation({ targetId }).then(setView, (error: unknown) => loadFailed(error));
  }, [targetId, setView]);

  const textOf = (segment: TranslationSegment) => edits[segment.id] ?? segment.target;

  const setText = useCallback((id: string, text: string) => setEdits({ ...editsRef.current, [id]: text }), []);

  /** Queues a save of the segment's text as it is when the save runs; `when` may decline it then. */
  const enqueue = useCallback(
    (id: string, status: SegmentStatus, when: (segment: TranslationSegment, text: string) => boolean = () => true): Promise<boolean> => {
      const run = async () => {
        const segment = viewRef.current?.segments.find((s) => s.id === id);
        if (!segment) return false;
        const text = editsRef.current[id] ?? segment.target;
        if (!when(segment, text)) return true;
        try {
          const saved = await api.saveSegment({ targetId, segmentId: id, target: text, status: text.trim() ? status : 'empty' });
          setView(saved);
          onSaved?.(saved.target);
          // Text typed while the save was on its way stays an edit of its own.
          if (editsRef.current[id] === text) {
            const { [id]: _stored, ...rest } = editsRef.current;
            setEdits(rest);
          }
          return true;
        } catch (error) {
          notify(failure(m, m.translate.failures.save, error));
          return false;
        }
      };
      const result = queue.current.then(run);
      queue.current = result;
      return result;
    },
    [targetId, m, notify, setView, onSaved],
  );

  const save = useCallback((id: string, status: SegmentStatus) => enqueue(id, status), [enqueue]);

  /** Leaving a segment keeps what was typed in it as a draft (unless a confirmation stored it first). */
  const saveDraft = useCallback(
    (id: string) => enqueue(id, 'draft', (segment, text) => editsRef.current[id] !== undefined && text !== segment.target),
    [enqueue],
  );

  /** Stores whatever is still only typed, after the saves under way. */
  const flush = useCallback(async () => {
    const results = await Promise.all(Object.keys(editsRef.current).map(saveDraft));
    return results.every(Boolean);
  }, [saveDraft]);

  return { view, setView, edits, textOf, setText, save, saveDraft, flush };
}
