// A segment's source as the translator reads it: placeholders as small numbered tags (the same
// numbers are typed in the target), and for an outdated segment the old and the new source with
// the changed words marked.
import { Fragment } from 'react';
import { parsePlaceholders, placeholderCode } from '../../core/translate/placeholder-text';
import { compareTokens, tmTokens } from '../../core/translate/tm-match';
import { useI18n } from '../i18n/I18n';

export function TaggedText({ text }: { text: string }) {
  return (
    <>
      {parsePlaceholders(text).map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <span key={i} className={`ph ph-${part.kind}`} title={placeholderCode(part.kind, part.id)}>
            {part.kind === 'close' ? `/${part.id}` : part.id}
          </span>
        ),
      )}
    </>
  );
}

export function OutdatedSource({ before, now }: { before: string; now: string }) {
  const { m } = useI18n();
  const a = now.normalize('NFC');
  const b = before.normalize('NFC');
  const { diff } = compareTokens(a, tmTokens(a), b, tmTokens(b));
  return (
    <div className="outdated" data-testid="outdated-source">
      <p className="outdated-note">{m.translate.outdated}</p>
      <p>
        <span className="outdated-label">{m.translate.oldSource}</span>
        {diff.map((part, i) => (part.kind === 'same' ? <Fragment key={i}>{part.memory}</Fragment> : part.memory && <del key={i}>{part.memory}</del>))}
      </p>
      <p>
        <span className="outdated-label">{m.translate.newSource}</span>
        {diff.map((part, i) => (part.kind === 'same' ? <Fragment key={i}>{part.segment}</Fragment> : part.segment && <ins key={i}>{part.segment}</ins>))}
      </p>
    </div>
  );
}
