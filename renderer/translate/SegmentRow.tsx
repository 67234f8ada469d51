// One segment: its source, the translation being typed, and its status. The keys are handled by
// the workspace, which knows the neighbours, the matches and the terms.
import type { KeyboardEvent, Ref } from 'react';
import type { TranslationSegment } from '../../core/api';
import { shortcut } from '../editor/shortcut';
import { useI18n } from '../i18n/I18n';
import { OutdatedSource, TaggedText } from './SourceText';

interface Props {
  segment: TranslationSegment;
  index: number;
  text: string;
  active: boolean;
  issueCount: number;
  textareaRef: Ref<HTMLTextAreaElement>;
  onFocus(): void;
  onBlur(): void;
  onChange(text: string): void;
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void;
  /** Stores the translation as translated (or reviewed) and moves to the next segment. */
  onConfirm(reviewed: boolean): void;
  onNext(): void;
}

export function SegmentRow({ segment, index, text, active, issueCount, textareaRef, onFocus, onBlur, onChange, onKeyDown, onConfirm, onNext }: Props) {
  const { m } = useI18n();
  const edited = text !== segment.target;
  const status = edited ? 'draft' : segment.status;
  return (
    <li
      className={['segment', active && 'segment-active', segment.outdatedFrom !== null && 'segment-outdated'].filter(Boolean).join(' ')}
      data-testid="segment"
      data-id={segment.id}
      data-status={segment.status}
    >
      <div className="segment-source" lang="az">
        <span className="segment-number">{index + 1}</span>
        {segment.outdatedFrom !== null ? <OutdatedSource before={segment.outdatedFrom} now={segment.source} /> : <TaggedText text={segment.source} />}
      </div>
      <div className="segment-target">
        <textarea
          ref={textareaRef}
          className="segment-input"
          data-testid="segment-target"
          aria-label={m.translate.segmentTarget(index + 1)}
          value={text}
          spellCheck
          onFocus={onFocus}
          onBlur={onBlur}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <span className={`segment-status status-${status}`} data-testid="segment-status">
          {m.translate.statuses[status]}
          {segment.outdatedFrom !== null && !edited && <span className="segment-outdated-flag"> · {m.translate.outdatedShort}</span>}
          {issueCount > 0 && <span className="segment-issues">⚠{issueCount}</span>}
        </span>
        {active && (
          // Mouse down must not take the focus from the text box: its blur would store a draft first.
          <div className="segment-actions" onMouseDown={(e) => e.preventDefault()}>
            <button type="button" className="button button-small button-primary" data-testid="segment-confirm" onClick={() => onConfirm(false)}>
              {m.translate.confirm} <kbd>{shortcut('Enter')}</kbd>
            </button>
            <button type="button" className="button button-small" data-testid="segment-review" onClick={() => onConfirm(true)}>
              {m.translate.review} <kbd>{shortcut('Enter', true)}</kbd>
            </button>
            <button type="button" className="button button-small button-quiet" data-testid="segment-next" onClick={onNext}>
              {m.translate.next} <kbd>{shortcut('↓')}</kbd>
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
