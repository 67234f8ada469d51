// A stored version against the current text: what was taken out, what was put in. Long unchanged
// stretches are folded to their edges, so the changes in a long release can be found at a glance.
import { useMemo, useState } from 'react';
import { diffWords, type DiffPart } from '../../core/diff';
import { countWords } from '../../core/text-stats';
import { useI18n } from '../i18n/I18n';

/** Unchanged text longer than this is folded; this much of it stays visible on each side of a change. */
const FOLD_OVER = 700;
const CONTEXT = 220;

export function RevisionDiff({ before, after }: { before: string; after: string }) {
  const { m } = useI18n();
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  const unchanged = parts.every((part) => part.kind === 'same');
  return (
    <div className="diff" data-testid="revision-diff">
      <p className="diff-legend">
        <del>{m.history.removed}</del> <ins>{m.history.added}</ins>
      </p>
      {unchanged && <p className="diff-same">{m.history.noChanges}</p>}
      <div className="diff-text">
        {parts.map((part, i) =>
          part.kind === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <Unchanged key={i} part={part} first={i === 0} last={i === parts.length - 1} fold={!unchanged} />
          ),
        )}
      </div>
    </div>
  );
}

function Unchanged({ part, first, last, fold }: { part: DiffPart; first: boolean; last: boolean; fold: boolean }) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  if (!fold || open || part.text.length <= FOLD_OVER) return <span>{part.text}</span>;
  // Cut at spaces so no word is split; the first part keeps only its end, the last only its start.
  const head = first ? '' : part.text.slice(0, part.text.indexOf(' ', CONTEXT) + 1 || CONTEXT);
  const tailStart = last ? part.text.length : part.text.lastIndexOf(' ', part.text.length - CONTEXT);
  const tail = part.text.slice(Math.max(tailStart, head.length));
  const hidden = part.text.slice(head.length, part.text.length - tail.length);
  if (!hidden.trim()) return <span>{part.text}</span>;
  return (
    <span>
      {head}
      <button type="button" className="diff-fold" onClick={() => setOpen(true)}>
        {m.history.unchanged(countWords(hidden))}
      </button>
      {tail}
    </span>
  );
}
