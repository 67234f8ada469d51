// One entity: its names in the three languages, other names and title, the releases tagged with
// it as a timeline, its delegations; and what officers do to the registry entry (edit, retire,
// merge a duplicate into another entry).
import { useState } from 'react';
import { LANGUAGES, type Entity, type EntityInput, type Language } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { describeError, failure } from '../i18n/errors';
import { formatDay } from '../i18n/format';
import { entityName } from '../tagging/entity-name';
import { useTagging } from '../tagging/TaggingContext';
import { useDialogs } from '../ui/Dialogs';
import { Icon } from '../ui/Icon';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { EntityForm } from './EntityForm';
import { MergePicker } from './MergePicker';
import { PageHead } from './PageHead';
import { Timeline } from './Timeline';

type Mode = 'view' | 'edit' | 'merge';

export function EntityPage({ id }: { id: number }) {
  const { m, lang } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const tagging = useTagging();
  // Its names, releases and delegations change with the registry and with any release's tags.
  const loaded = useLoad(() => api.getEntityPage({ id }), [id], {
    reloadOn: (event) => event.type === 'registry-changed' || event.type === 'tags-changed',
  });
  const page = loaded.value ?? null;
  const error = loaded.error;
  const [mode, setMode] = useState<Mode>('view');
  const [busy, setBusy] = useState(false);

  const change = async (action: () => Promise<unknown>, what: string) => {
    setBusy(true);
    try {
      await action();
      return true;
    } catch (failed) {
      notify(failure(m, what, failed));
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (error !== null)
    return (
      <PageHead title={m.tagging.failures.entity}>
        <p className="tags-none" role="alert">
          {describeError(m, error)}
        </p>
      </PageHead>
    );
  if (!page) return <PageHead title={m.app.loading} />;
  const { entity } = page;
  const name = entityName(entity, lang);
  const retired = entity.retiredAt !== null;

  const save = async (input: EntityInput) => {
    if (await change(() => api.saveEntity({ id, entity: input }), m.tagging.failures.save)) {
      setMode('view');
      notify(m.tagging.saved, 'info');
    }
  };

  const retire = async () => {
    await change(() => api.retireEntity({ id, retired: !retired }), m.tagging.failures.save);
  };

  const merge = async (intoId: number, intoName: string) => {
    const confirmed = await dialogs.confirm({
      title: m.tagging.mergeTitle(name, intoName),
      text: m.tagging.mergeText,
      ok: m.tagging.mergeOk,
      danger: true,
    });
    if (!confirmed) return;
    if (await change(() => api.mergeEntities({ fromId: id, intoId }), m.tagging.failures.merge)) {
      notify(m.tagging.merged(intoName), 'info');
      tagging.replaceEntity(intoId);
    }
  };

  return (
    <PageHead
      title={name}
      kind={entity.kind}
      badge={retired ? m.tagging.retired : null}
      actions={
        mode === 'view' &&
        entity.mergedInto === null && (
          <>
            <button type="button" className="button button-small" data-testid="entity-edit" onClick={() => setMode('edit')}>
              {m.tagging.edit}
            </button>
            <button type="button" className="button button-small" data-testid="entity-merge" onClick={() => setMode('merge')}>
              {m.tagging.merge}
            </button>
            <button type="button" className="button button-small" data-testid="entity-retire" disabled={busy} onClick={() => void retire()}>
              {retired ? m.tagging.unretire : m.tagging.retire}
            </button>
          </>
        )
      }
    >
      <div className="entity-page" data-testid="entity-page" data-id={entity.id}>
        {retired && <p className="entity-note">{entity.mergedInto !== null ? m.tagging.mergedAway : m.tagging.retiredHint}</p>}
        {mode === 'edit' && <EntityForm entity={entity} busy={busy} onSave={(input) => void save(input)} onCancel={() => setMode('view')} />}
        {mode === 'merge' && (
          <MergePicker entity={entity} busy={busy} onPick={(into) => void merge(into.id, entityName(into, lang))} onCancel={() => setMode('view')} />
        )}
        {mode === 'view' && (
          <dl className="entity-names">
            {LANGUAGES.map((language) => (
              <div key={language} className="entity-names-row" lang={language}>
                <dt>{m.languages[language]}</dt>
                <dd>
                  <span className="entity-name" data-testid={`entity-name-${language}`}>
                    {entity.names[language] ?? '—'}
                  </span>
                  {entity.title[language] && <span className="entity-title">{entity.title[language]}</span>}
                  {(entity.aliases[language]?.length ?? 0) > 0 && (
                    <span className="entity-aliases-list">
                      {m.tagging.aliases}: {entity.aliases[language]!.join(', ')}
                    </span>
                  )}
                </dd>
              </div>
            ))}
            {entity.affiliation && (
              <div className="entity-names-row">
                <dt>{m.tagging.affiliation}</dt>
                <dd>{affiliationName(entity.affiliation, tagging.registry, lang)}</dd>
              </div>
            )}
            {page.mergedFrom.length > 0 && (
              <div className="entity-names-row">
                <dt>{m.tagging.mergedFrom}</dt>
                <dd>{page.mergedFrom.map((merged) => entityName(merged, lang)).join(', ')}</dd>
              </div>
            )}
          </dl>
        )}

        <h2 className="entity-section-title">
          {m.tagging.timeline} <span className="entity-count">{page.releases.length}</span>
        </h2>
        <Timeline releases={page.releases} onOpen={tagging.openRelease} />

        {page.delegations.length > 0 && (
          <>
            <h2 className="entity-section-title">{m.tagging.groups.delegation}</h2>
            <ul className="entity-delegations">
              {page.delegations.map((d) => (
                <li key={d.id} className="entity-delegation" data-testid="entity-delegation">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => tagging.filterBy({ kind: 'delegation', id: d.id, name: entityName(d.party, lang), delegation: d })}
                  >
                    <Icon name="search" size={14} />
                    {entityName(d.party, lang)}
                    {d.head && ` — ${entityName(d.head, lang)}`}
                  </button>
                  <span className="suggestion-meta">
                    {m.tagging.directions[d.direction]}
                    {d.dateFrom && <span>{formatDay(m, d.dateFrom)}</span>}
                    {d.place && <span>{entityName(d.place, lang)}</span>}
                    <span>{m.tagging.releases(d.releaseIds.length)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </PageHead>
  );
}

/** A person's organisation or country, named from the registry; its key where the registry lacks it. */
function affiliationName(key: string, registry: Entity[] | null, lang: Language): string {
  const entity = registry?.find((e) => e.key === key);
  return entity ? entityName(entity, lang) : key;
}
