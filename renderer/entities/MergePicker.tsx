// Finding the entry a duplicate is merged into: entries of the same kind, found by any of their
// names in any language.
import { useState } from 'react';
import type { Entity } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { describeError } from '../i18n/errors';
import { entityName } from '../tagging/entity-name';
import { useDebounced } from '../ui/useDebounced';
import { useLoad } from '../ui/useLoad';

const SEARCH_DELAY_MS = 200;

interface Props {
  entity: Entity;
  busy: boolean;
  onPick(into: Entity): void;
  onCancel(): void;
}

export function MergePicker({ entity, busy, onPick, onCancel }: Props) {
  const { m, lang } = useI18n();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const loaded = useLoad(
    async () => (await api.listEntities({ kind: entity.kind, query: settled || undefined, limit: 30 })).filter((other) => other.id !== entity.id),
    [entity, settled],
  );
  const found = loaded.value ?? [];
  const error = loaded.error;

  return (
    <div className="merge-picker" data-testid="merge-picker">
      <p className="entity-note">{m.tagging.mergeHint(entityName(entity, lang))}</p>
      <input
        data-testid="merge-search"
        type="search"
        className="input"
        autoFocus
        placeholder={m.tagging.searchRegistry}
        aria-label={m.tagging.searchRegistry}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error !== null && (
        <p className="tags-none" role="alert">
          {describeError(m, error)}
        </p>
      )}
      <ul className="registry-list">
        {found.map((other) => (
          <li key={other.id}>
            <button type="button" className="registry-row" data-testid="merge-candidate" data-id={other.id} disabled={busy} onClick={() => onPick(other)}>
              <span className="registry-name">{entityName(other, lang)}</span>
              <span className="registry-other">{[other.names.en, other.names.ru].filter(Boolean).join(' · ')}</span>
              <span className="facet-count">{other.releaseCount}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {m.dialog.cancel}
        </button>
      </div>
    </div>
  );
}
