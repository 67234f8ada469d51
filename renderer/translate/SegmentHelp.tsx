// The side panel for the active segment: memory matches (similarity, differences from the stored
// source marked), the terms found in it with their translations, and its quality issues.
import { Fragment } from 'react';
import type { Language } from '../../core/api';
import type { QaIssue } from '../../core/translate/qa';
import type { TermHit } from '../../core/translate/termbase';
import type { TmMatch } from '../../core/translate/tm-match';
import { useI18n } from '../i18n/I18n';
import { shortcut } from '../editor/shortcut';
import { TaggedText } from './SourceText';
import { IssueText } from './IssueList';

interface Props {
  target: Language;
  /** False while the active segment's matches and terms are being looked up. */
  loaded: boolean;
  matches: TmMatch[];
  terms: TermHit[];
  issues: QaIssue[];
  onMatch(n: number): void;
  onTerm(n: number): void;
}

export const SHORTCUT_SLOTS = 3;

export function SegmentHelp({ target, loaded, matches, terms, issues, onMatch, onTerm }: Props) {
  const { m } = useI18n();
  return (
    <aside className="segment-help" aria-label={m.translate.memory} aria-busy={!loaded}>
      <section aria-labelledby="tm-heading">
        <h3 id="tm-heading" className="help-heading">
          {m.translate.memory}
        </h3>
        {loaded && matches.length === 0 && <p className="help-empty">{m.translate.noMatches}</p>}
        <ol className="help-list" data-testid="tm-matches">
          {matches.map((match, i) => (
            <li key={match.unitId} className="help-item" data-testid="tm-match">
              <button
                type="button"
                className="help-pick"
                title={i < SHORTCUT_SLOTS ? `${m.translate.insertMatch(i + 1)} (${shortcut(String(i + 1))})` : m.translate.insertMatch(i + 1)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onMatch(i)}
              >
                <span className={match.exact ? 'score score-exact' : 'score'}>
                  {match.score}%{match.exact && <span className="score-badge"> {m.translate.exact}</span>}
                </span>
                <span className="match-source">
                  {match.diff.map((part, j) =>
                    part.kind === 'same' ? (
                      <Fragment key={j}>{part.memory}</Fragment>
                    ) : (
                      part.memory && (
                        <mark key={j} className={`diff-${part.kind}`}>
                          {part.memory}
                        </mark>
                      )
                    ),
                  )}
                </span>
                <span className="match-target">
                  <TaggedText text={match.target} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="terms-heading">
        <h3 id="terms-heading" className="help-heading">
          {m.translate.terms}
        </h3>
        {loaded && terms.length === 0 && <p className="help-empty">{m.translate.noTerms}</p>}
        <ol className="help-list" data-testid="term-hits">
          {terms.map((hit, i) => (
            <li key={`${hit.term.id}-${hit.start}`} className="help-item" data-testid="term-hit">
              <button
                type="button"
                className="help-pick help-pick-term"
                title={i < SHORTCUT_SLOTS ? `${m.translate.insertTerm(i + 1)} (${shortcut(`Alt+${i + 1}`)})` : m.translate.insertTerm(i + 1)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onTerm(i)}
              >
                <span className="term-source">{hit.text}</span>
                <span aria-hidden="true"> → </span>
                <span className="term-target">{hit.term[target]}</span>
                {hit.term.forbidden?.[target]?.length ? (
                  <span className="term-forbidden">{m.translate.forbidden(hit.term.forbidden[target]!.join(', '))}</span>
                ) : null}
                {hit.term.note && <span className="term-note">{hit.term.note}</span>}
              </button>
            </li>
          ))}
        </ol>
      </section>
      {issues.length > 0 && (
        <section aria-labelledby="issues-heading">
          <h3 id="issues-heading" className="help-heading">
            {m.translate.issues}
          </h3>
          <ul className="help-list">
            {issues.map((issue, i) => (
              <li key={i} className={`issue issue-${issue.severity}`}>
                <IssueText issue={issue} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
