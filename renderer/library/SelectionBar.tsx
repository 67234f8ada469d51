// Shown while picking releases for a batch export: tick the whole page, how many are ticked, export.
import type { ReleaseSummary } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { Icon } from '../ui/Icon';
import type { Selection } from './useSelection';

interface Props {
  selection: Selection;
  items: ReleaseSummary[];
  onExport(): void;
}

export function SelectionBar({ selection, items, onExport }: Props) {
  const { m } = useI18n();
  const onPage = items.filter((item) => selection.picked.has(item.id)).length;
  const all = items.length > 0 && onPage === items.length;
  return (
    <div className="selection-bar" role="group" aria-label={m.batch.select} data-testid="selection-bar">
      <label className="check">
        <input
          type="checkbox"
          data-testid="select-all"
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = onPage > 0 && !all;
          }}
          onChange={(e) => selection.set(items, e.target.checked)}
        />
        {m.batch.selectAll}
      </label>
      <div className="selection-actions">
        <span className="selection-count" data-testid="selection-count" aria-live="polite">
          {m.batch.selected(selection.picked.size)}
        </span>
        <button
          type="button"
          className="button button-small button-primary"
          data-testid="export-selected"
          disabled={selection.picked.size === 0}
          onClick={onExport}
        >
          <Icon name="export" size={14} />
          {m.batch.exportSelected}
        </button>
      </div>
    </div>
  );
}
