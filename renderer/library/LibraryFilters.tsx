// Status, language, embargo, approver, date range and sort for the library list.
import { LANGUAGES, SORTS, STATUSES, type Language, type SignoffFacets, type Sort, type Status } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import type { LibraryState } from './useLibrary';
import { DateField } from '../ui/DateField';
import { useLoad } from '../ui/useLoad';
import { EnumOptions } from '../ui/EnumOptions';

export function LibraryFilters({ lib }: { lib: LibraryState }) {
  const { m } = useI18n();
  const { filters, setFilters } = lib;
  const signoff = useSignoffFacets(lib);
  return (
    <div className="filters" role="group" aria-label={m.library.filters}>
      <select
        data-testid="filter-status"
        className="select select-small"
        aria-label={m.library.status}
        value={filters.status}
        onChange={(e) => setFilters({ ...filters, status: e.target.value as Status | '' })}
      >
        <option value="">{m.library.allStatuses}</option>
        <EnumOptions values={STATUSES} labels={m.statuses} />
      </select>
      <select
        data-testid="filter-language"
        className="select select-small"
        aria-label={m.library.language}
        value={filters.language}
        onChange={(e) => setFilters({ ...filters, language: e.target.value as Language | '' })}
      >
        <option value="">{m.library.allLanguages}</option>
        <EnumOptions values={LANGUAGES} labels={m.languages} />
      </select>
      <select
        data-testid="filter-embargo"
        className="select select-small"
        aria-label={m.signoff.filterEmbargo}
        value={filters.embargo}
        onChange={(e) => setFilters({ ...filters, embargo: e.target.value as typeof filters.embargo })}
      >
        <option value="">{m.signoff.anyEmbargo}</option>
        <option value="embargoed">{m.signoff.onlyEmbargoed(signoff?.embargoed ?? 0)}</option>
        <option value="scheduled">{m.signoff.onlyScheduled(signoff?.scheduled ?? 0)}</option>
      </select>
      <select
        data-testid="filter-approver"
        className="select select-small"
        aria-label={m.signoff.filterApprover}
        value={filters.approver}
        onChange={(e) => setFilters({ ...filters, approver: e.target.value })}
      >
        <option value="">{m.signoff.anyApprover}</option>
        {filters.approver && !signoff?.approver.some((a) => a.name === filters.approver) && <option value={filters.approver}>{filters.approver}</option>}
        {signoff?.approver.map((approver) => (
          <option key={approver.name} value={approver.name}>
            {`${approver.name} (${approver.count})`}
          </option>
        ))}
      </select>
      <label className="filter-date">
        <span className="field-label">{m.library.dateFrom}</span>
        <DateField
          testId="filter-date-from"
          className="input input-small"
          value={filters.dateFrom}
          onChange={(dateFrom) => setFilters({ ...filters, dateFrom })}
        />
      </label>
      <label className="filter-date">
        <span className="field-label">{m.library.dateTo}</span>
        <DateField testId="filter-date-to" className="input input-small" value={filters.dateTo} onChange={(dateTo) => setFilters({ ...filters, dateTo })} />
      </label>
      <label className="filter-sort">
        <span className="field-label">{m.library.sort}</span>
        <select data-testid="sort-select" className="select select-small" value={lib.sort} onChange={(e) => lib.setSort(e.target.value as Sort)}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort} disabled={sort === 'relevance' && !lib.searching}>
              {m.library.sorts[sort]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Counts behind the embargo and approver choices, over the whole library (not the trash). */
function useSignoffFacets(lib: LibraryState): SignoffFacets | null {
  // The choices only lack their counts when this fails; the list itself reports its own errors.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a reload key: the counts change with the library's size
  const facets = useLoad(() => api.listFacets({}), [lib.total]);
  return facets.value?.signoff ?? null;
}
