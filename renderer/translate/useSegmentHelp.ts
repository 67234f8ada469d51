// The help for the segment being translated: the memory's matches and the termbase's terms, looked
// up whenever another segment becomes active, and their insertion into its box (a match replaces
// the text, a term goes in at the cursor), as typing would.
import type { RefObject } from 'react';
import type { Language, TranslationSegment } from '../../core/api';
import { api } from '../api-client';
import { failure } from '../i18n/errors';
import { useI18n } from '../i18n/I18n';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';

interface Options {
  targetId: number;
  /** The active segment, if any. */
  segment: TranslationSegment | undefined;
  target: Language;
  /** The segments' text boxes by segment id. */
  inputs: RefObject<Map<string, HTMLTextAreaElement>>;
  setText(segmentId: string, text: string): void;
}

export function useSegmentHelp({ targetId, segment, target, inputs, setText }: Options) {
  const { m } = useI18n();
  const notify = useNotify();
  const segmentId = segment?.id;
  const helps = useLoad(
    async () => {
      if (segmentId === undefined) return null;
      const [matches, terms] = await Promise.all([api.lookupMemory({ targetId, segmentId }), api.findSegmentTerms({ targetId, segmentId })]);
      return { segmentId, matches, terms };
    },
    [segmentId, targetId],
    { onError: (error) => notify(failure(m, m.translate.failures.memory, error)) },
  );
  // Until the active segment's own answer is in, the previous segment's help is not shown.
  const shown = helps.value && helps.value.segmentId === segmentId ? helps.value : null;

  /** Replaces the selection in the active segment's box, as typing would. */
  const insertAtCursor = (text: string, replaceAll = false) => {
    if (!segment) return;
    const input = inputs.current.get(segment.id);
    if (!input) return;
    input.focus();
    if (replaceAll) input.select();
    input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
    setText(segment.id, input.value);
  };

  return {
    loaded: shown !== null,
    matches: shown?.matches ?? [],
    terms: shown?.terms ?? [],
    insertAtCursor,
    insertMatch: (n: number) => {
      const match = shown?.matches[n];
      if (match) insertAtCursor(match.target, true);
    },
    insertTerm: (n: number) => {
      const hit = shown?.terms[n];
      if (hit) insertAtCursor(hit.term[target]);
    },
  };
}
