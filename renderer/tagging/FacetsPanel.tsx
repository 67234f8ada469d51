// The library's tags: countries, organisations, people and delegations among the releases the
// current search and filters list, each with how many releases it tags. Clicking one narrows the
// list to it; the active tag filter shows as a chip that removes it.
import { useMemo, useState } from 'react';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import type { LibraryState } from '../library/useLibrary';
import { Icon } from '../ui/Icon';
import { useDebounced } from '../ui/useDebounced';
import { useLoad } from '../ui/useLoad';
import { delegationName, entityName } from './entity-name';
import { useTagging } from './TaggingContext';
import type { TagFilter } from './tag-filter';
import '../styles/tagging.css';

const GROUPS = ['country', 'organization', 'person', 'delegation'] as const;
const OPEN_STORAGE = 'pressdesk.facetsOpen';
const QUERY_DELAY_MS = 200;

export function FacetsPanel({ lib }: { lib: LibraryState }) {
  const { m, lang } = useI18n();
  const { openEntity, openRegistry, filterBy, registry } = useTagging();
  // The host names facets in Azerbaijani; an entity is shown by its name in the interface language,
  // a delegation by its parts' names and its day as the interface writes it.
  const byId = useMemo(() => new Map((registry ?? []).map((entity) => [entity.id, entity])), [registry]);
  const shownName = ({ kind, id, name, delegation }: TagFilter) => {
    if (delegation) return delegationName(m, lang, delegation);
    const entity = kind === 'entity' ? byId.get(id) : undefined;
    return entity ? entityName(entity, lang) : name;
  };
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_STORAGE) === '1');
  const query = useDebounced(lib.query.trim(), QUERY_DELAY_MS);
  const { filters, view, total } = lib;
  const active = filters.tag;

  const loaded = useLoad(
    () =>
      open
        ? api.listFacets({
            trash: view === 'trash',
            query: query || undefined,
            status: filters.status || undefined,
            language: filters.language || undefined,
            dateFrom: filters.dateFrom || undefined,
            dateTo: filters.dateTo || undefined,
            embargo: filters.embargo || undefined,
            approver: filters.approver || undefined,
            entityId: active?.kind === 'entity' ? active.id : undefined,
            delegationId: active?.kind === 'delegation' ? active.id : undefined,
          })
        : null,
    // `total` moves when releases are added, trashed or saved with other text: the counts may too.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- total is a reload key (above), not read
    [open, view, query, filters, active, total],
    { reloadOn: (event) => event.type === 'tags-changed' },
  );
  const facets = loaded.value ?? null;
  const error = loaded.error;

  const toggle = () => {
    localStorage.setItem(OPEN_STORAGE, open ? '0' : '1');
    setOpen(!open);
  };
  const choose = (filter: TagFilter) => filterBy(active?.kind === filter.kind && active.id === filter.id ? null : filter);
  const empty = facets !== null && GROUPS.every((group) => facets[group].length === 0);

  return (
    <div className="facets" data-testid="facets">
      {active && (
        <span className="filter-chip" data-testid="tag-filter" data-id={active.id}>
          <span className="filter-chip-name">{shownName(active)}</span>
          <button type="button" className="chip-remove" aria-label={m.tagging.clearTagFilter} title={m.tagging.clearTagFilter} onClick={() => filterBy(null)}>
            <Icon name="close" size={12} />
          </button>
        </span>
      )}
      <div className="facets-bar">
        <button type="button" className="button button-quiet button-small facets-toggle" data-testid="facets-toggle" aria-expanded={open} onClick={toggle}>
          <span className={open ? 'facets-caret facets-caret-open' : 'facets-caret'}>
            <Icon name="chevronDown" size={14} />
          </span>
          {m.tagging.facets}
        </button>
        <button type="button" className="button button-quiet button-small" data-testid="open-registry" onClick={openRegistry}>
          {m.tagging.registry}
        </button>
      </div>
      {open && (
        <div className="facet-groups">
          {error !== null && (
            <p className="tags-none" role="alert">
              {failure(m, m.tagging.failures.facets, error)}
            </p>
          )}
          {empty && <p className="tags-none">{m.tagging.noFacets}</p>}
          {facets &&
            GROUPS.map((group) =>
              facets[group].length === 0 ? null : (
                <section key={group} className="facet-group" data-kind={group}>
                  <h3 className="tags-group-title">{m.tagging.groups[group]}</h3>
                  <ul className="facet-list">
                    {facets[group].map((facet) => {
                      const filter: TagFilter =
                        'party' in facet
                          ? { kind: 'delegation', id: facet.id, name: facet.name, delegation: facet }
                          : { kind: 'entity', id: facet.id, name: facet.name };
                      const { kind } = filter;
                      const selected = active?.kind === kind && active.id === facet.id;
                      const name = shownName(filter);
                      return (
                        <li key={facet.id} className="facet">
                          <button
                            type="button"
                            className={selected ? 'facet-button facet-selected' : 'facet-button'}
                            data-testid="facet"
                            data-kind={group}
                            data-id={facet.id}
                            aria-pressed={selected}
                            onClick={() => choose(filter)}
                          >
                            <span className="facet-name">{name}</span>
                            <span className="facet-count" data-testid="facet-count">
                              {facet.count}
                            </span>
                          </button>
                          {kind === 'entity' && (
                            <button
                              type="button"
                              className="icon-button facet-page"
                              data-testid="facet-page"
                              aria-label={m.tagging.openEntity(name)}
                              title={m.tagging.openEntity(name)}
                              onClick={() => openEntity(facet.id)}
                            >
                              ›
                            </button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ),
            )}
        </div>
      )}
    </div>
  );
}
