// The registry as a list officers manage: found by any name in any language, narrowed by kind,
// each entry with the number of releases it tags; new entries are added here.
import { useState } from 'react';
import type { EntityInput } from '../../core/api';
import { ENTITY_KINDS, type EntityKind } from '../../core/registry/types';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { entityName } from '../tagging/entity-name';
import { useTagging } from '../tagging/TaggingContext';
import { EnumOptions } from '../ui/EnumOptions';
import { Icon } from '../ui/Icon';
import { useDebounced } from '../ui/useDebounced';
import { useLoad } from '../ui/useLoad';
import { useNotify } from '../ui/Notices';
import { EntityForm } from './EntityForm';
import { PageHead } from './PageHead';

const SEARCH_DELAY_MS = 200;
const LIMIT = 500;

export function RegistryView() {
  const { m, lang } = useI18n();
  const notify = useNotify();
  const { openEntity } = useTagging();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const [kind, setKind] = useState<EntityKind | ''>('');
  const [includeRetired, setIncludeRetired] = useState(false);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);

  const loaded = useLoad(
    () => api.listEntities({ kind: kind || undefined, query: settled || undefined, includeRetired, limit: LIMIT }),
    [kind, settled, includeRetired],
    { reloadOn: (event) => event.type === 'registry-changed' },
  );
  const entries = loaded.value ?? null;
  const error = loaded.error;

  const create = async (input: EntityInput) => {
    setBusy(true);
    try {
      const created = await api.saveEntity({ entity: input });
      // The new entry's page opens over the list, so "back" returns to the list.
      setCreating(false);
      openEntity(created.id);
    } catch (failed) {
      notify(failure(m, m.tagging.failures.save, failed));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageHead
      title={m.tagging.registry}
      actions={
        !creating && (
          <button type="button" className="button button-small button-primary" data-testid="new-entity" onClick={() => setCreating(true)}>
            <Icon name="plus" size={14} />
            {m.tagging.newEntity}
          </button>
        )
      }
    >
      <div className="entity-page" data-testid="registry">
        {creating && <EntityForm entity={null} busy={busy} onSave={(input) => void create(input)} onCancel={() => setCreating(false)} />}
        <div className="registry-filters">
          <input
            data-testid="registry-search"
            type="search"
            className="input"
            placeholder={m.tagging.searchRegistry}
            aria-label={m.tagging.searchRegistry}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <select
            data-testid="registry-kind"
            className="select"
            aria-label={m.tagging.kind}
            value={kind}
            onChange={(e) => setKind(e.target.value as EntityKind | '')}
          >
            <option value="">{m.tagging.allKinds}</option>
            <EnumOptions values={ENTITY_KINDS} labels={m.tagging.kinds} />
          </select>
          <label className="registry-check">
            <input type="checkbox" checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />
            {m.tagging.includeRetired}
          </label>
        </div>
        {error !== null && (
          <p className="tags-none" role="alert">
            {failure(m, m.tagging.failures.registry, error)}
          </p>
        )}
        {entries && (
          <p className="registry-total" data-testid="registry-total">
            {m.tagging.entries(entries.length, entries.length >= LIMIT)}
          </p>
        )}
        <ul className="registry-list">
          {entries?.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="registry-row" data-testid="registry-entry" data-id={entry.id} onClick={() => openEntity(entry.id)}>
                <span className={`entity-kind chip-${entry.kind}`}>{m.tagging.kinds[entry.kind]}</span>
                <span className="registry-name">{entityName(entry, lang)}</span>
                <span className="registry-other">
                  {[entry.names.az, entry.names.en, entry.names.ru].filter((n) => n && n !== entityName(entry, lang)).join(' · ')}
                </span>
                {entry.retiredAt !== null && <span className="badge badge-archived">{m.tagging.retired}</span>}
                <span className="facet-count" title={m.tagging.releases(entry.releaseCount)}>
                  {entry.releaseCount}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </PageHead>
  );
}
