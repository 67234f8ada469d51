// The tags panel's delegations: those the tagger detects in the text, each recorded with one
// click (a record of its own, which later releases about the same visit can be linked to), and
// those already recorded for this release.
import { useI18n } from '../i18n/I18n';
import { formatDay } from '../i18n/format';
import { entityName } from './entity-name';
import type { TagActions } from './useTagActions';
import type { Suggestions } from './useSuggestions';
import { useTagging } from './TaggingContext';
import { IconButton } from '../ui/IconButton';

export function DelegationsSection({ found, actions }: { found: Suggestions; actions: TagActions }) {
  const { m, lang } = useI18n();
  const { openEntity } = useTagging();
  const recorded = found.tags?.delegations ?? [];
  if (recorded.length === 0 && found.delegations.length === 0) return null;
  return (
    <section className="tags-section" data-testid="delegations">
      <h3 className="tags-section-title">{m.tagging.groups.delegation}</h3>
      <ul className="delegations">
        {found.delegations.map((d) => {
          const head = d.head ? entityName(d.head, lang) : d.headName;
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
                </span>
              </span>
              <button
                type="button"
                className="button button-small"
                data-testid="record-delegation"
                disabled={actions.busy}
                onClick={() => void actions.recordDelegation(d)}
              >
                {m.tagging.recordDelegation}
              </button>
              <IconButton icon="close" label={m.tagging.dismissDelegation} className="suggestion-dismiss" disabled={actions.busy} testId="dismiss-delegation" onClick={() => void actions.dismiss(d.key)} />
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
            <IconButton icon="close" label={m.tagging.unlinkDelegation} className="suggestion-dismiss" disabled={actions.busy} testId="unlink-delegation" onClick={() => void actions.unlinkDelegation(d.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
