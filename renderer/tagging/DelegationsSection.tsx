// The tags panel's delegations: those the tagger detects in the text, each with the sentence it was
// read from, recorded with one click or after correcting head, role and direction (a record of its
// own, which later releases about the same visit can be linked to), and those already recorded.
import { useState } from 'react';
import { DIRECTIONS, type Direction } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { formatDay } from '../i18n/format';
import { entityName } from './entity-name';
import type { DelegationCorrection, TagActions } from './useTagActions';
import type { DelegationSuggestion, Suggestions } from './useSuggestions';
import { useTagging } from './TaggingContext';
import { IconButton } from '../ui/IconButton';

export function DelegationsSection({ found, actions }: { found: Suggestions; actions: TagActions }) {
  const { m, lang } = useI18n();
  const { openEntity } = useTagging();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const recorded = found.tags?.delegations ?? [];
  if (recorded.length === 0 && found.delegations.length === 0) return null;
  return (
    <section className="tags-section" data-testid="delegations">
      <h3 className="tags-section-title">{m.tagging.groups.delegation}</h3>
      <ul className="delegations">
        {found.delegations.map((d) => {
          const head = d.head ? entityName(d.head, lang) : d.headProposal ? entityName(d.headProposal, lang) : d.headName;
          if (correcting === d.key) {
            return (
              <li key={d.key} className="delegation delegation-detected" data-testid="delegation-suggestion" data-key={d.key}>
                <CorrectionForm
                  suggestion={d}
                  busy={actions.busy}
                  onCancel={() => setCorrecting(null)}
                  onSave={(correction) => void actions.recordDelegation(d, correction).then(() => setCorrecting(null))}
                />
              </li>
            );
          }
          return (
            <li key={d.key} className="delegation delegation-detected" data-testid="delegation-suggestion" data-key={d.key}>
              <span className="suggestion-text">
                <span className="suggestion-name">
                  {entityName(d.party, lang)}
                  {head && ` — ${head}`}
                </span>
                <span className="suggestion-meta">
                  {m.tagging.directions[d.direction]}
                  {d.role && <span>{d.role}</span>}
                  {d.headProposal?.guess && (
                    <span className="guess-badge" data-testid="guess-badge" title={m.tagging.guessHint}>
                      {m.tagging.guess}
                    </span>
                  )}
                </span>
                <q className="delegation-sentence" data-testid="delegation-sentence" title={m.tagging.readFrom}>
                  {d.sentence}
                </q>
              </span>
              <button
                type="button"
                className="button button-small"
                data-testid="correct-delegation"
                disabled={actions.busy}
                onClick={() => setCorrecting(d.key)}
              >
                {m.tagging.correctDelegation}
              </button>
              <button
                type="button"
                className="button button-small"
                data-testid="record-delegation"
                disabled={actions.busy}
                onClick={() => void actions.recordDelegation(d)}
              >
                {m.tagging.recordDelegation}
              </button>
              <IconButton
                icon="close"
                label={m.tagging.dismissDelegation}
                className="suggestion-dismiss"
                disabled={actions.busy}
                testId="dismiss-delegation"
                onClick={() => void actions.dismiss(d.key)}
              />
            </li>
          );
        })}
        {recorded.map((d) => (
          <li key={d.id} className="delegation" data-testid="recorded-delegation" data-id={d.id}>
            <span className="suggestion-text">
              <button type="button" className="link-button suggestion-name" onClick={() => openEntity(d.party.id)}>
                {entityName(d.party, lang)}
                {d.head && ` — ${entityName(d.head, lang)}`}
              </button>
              <span className="suggestion-meta">
                {m.tagging.directions[d.direction]}
                {d.dateFrom && <span>{formatDay(m, d.dateFrom)}</span>}
                <span>{m.tagging.releases(d.releaseIds.length)}</span>
              </span>
            </span>
            <IconButton
              icon="close"
              label={m.tagging.unlinkDelegation}
              className="suggestion-dismiss"
              disabled={actions.busy}
              testId="unlink-delegation"
              onClick={() => void actions.unlinkDelegation(d.id)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Head's spellings, role and direction of a detected delegation, as the officer corrects them. */
function CorrectionForm({
  suggestion: d,
  busy,
  onSave,
  onCancel,
}: {
  suggestion: DelegationSuggestion;
  busy: boolean;
  onSave(c: DelegationCorrection): void;
  onCancel(): void;
}) {
  const { m } = useI18n();
  const start = d.head?.names ?? d.headProposal?.names ?? (d.headName ? { az: d.headName, en: null, ru: null } : null);
  const [az, setAz] = useState(start?.az ?? '');
  const [en, setEn] = useState(start?.en ?? '');
  const [ru, setRu] = useState(start?.ru ?? '');
  const [role, setRole] = useState(d.role ?? '');
  const [direction, setDirection] = useState<Direction>(d.direction);
  const c = m.tagging.correction;
  const hasHead = start !== null && (d.head !== null || d.headProposal !== null);
  return (
    <form
      className="delegation-correction"
      data-testid="delegation-correction"
      aria-label={c.title}
      onSubmit={(event) => {
        event.preventDefault();
        const names = hasHead && az.trim() ? { az: az.trim(), en: en.trim() || null, ru: ru.trim() || null } : null;
        onSave({ names, role: role.trim() || null, direction });
      }}
    >
      {hasHead && (
        <>
          <label>
            {c.headAz}
            <input value={az} onChange={(e) => setAz(e.target.value)} data-testid="correct-head-az" maxLength={300} />
          </label>
          <label>
            {c.headEn}
            <input value={en} onChange={(e) => setEn(e.target.value)} data-testid="correct-head-en" maxLength={300} />
          </label>
          <label>
            {c.headRu}
            <input value={ru} onChange={(e) => setRu(e.target.value)} data-testid="correct-head-ru" maxLength={300} />
          </label>
        </>
      )}
      <label>
        {c.role}
        <input value={role} onChange={(e) => setRole(e.target.value)} data-testid="correct-role" maxLength={300} />
      </label>
      <label>
        {c.direction}
        <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)} data-testid="correct-direction">
          {DIRECTIONS.map((value) => (
            <option key={value} value={value}>
              {m.tagging.directions[value]}
            </option>
          ))}
        </select>
      </label>
      <div className="delegation-correction-actions">
        <button type="submit" className="button button-small" data-testid="save-correction" disabled={busy}>
          {c.save}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {c.cancel}
        </button>
      </div>
    </form>
  );
}
