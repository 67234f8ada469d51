// The library's query (view, search, filters, sort) and the pages of results loaded for it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language, ListArgs, ReleaseSummary, SavedRelease, Sort, Status } from '../../core/api';
import { api } from '../api-client';
import type { TagFilter } from '../tagging/tag-filter';
import { useDebounced } from '../ui/useDebounced';

export type View = 'library' | 'trash';

export interface Filters {
  status: Status | '';
  language: Language | '';
  dateFrom: string;
  dateTo: string;
  embargo: '' | 'embargoed' | 'scheduled';
  /** Only releases this officer approved. */
  approver: string;
  /** Only releases with this tag (an entity or a delegation). */
  tag: TagFilter | null;
}

export const NO_FILTERS: Filters = { status: '', language: '', dateFrom: '', dateTo: '', embargo: '', approver: '', tag: null };

const PAGE = 50;
const MAX_PAGE = 500;
const SEARCH_DELAY_MS = 200;

interface Results {
  items: ReleaseSummary[];
  total: number;
  totalCapped: boolean;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
}

export function useLibrary() {
  const [view, setView] = useState<View>('library');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  /**
   * Newest first unless the user picks another order: officers look for "the last meeting with…",
   * and a search's newest hits come straight from the index. Relevance applies only while searching.
   */
  const [chosenSort, setChosenSort] = useState<Sort>('date');
  const [results, setResults] = useState<Results>({
    items: [],
    total: 0,
    totalCapped: false,
    hasMore: false,
    loading: true,
    error: null,
  });
  const settledQuery = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const searching = settledQuery !== '';
  const sort: Sort = !searching && chosenSort === 'relevance' ? 'date' : chosenSort;

  const args = useMemo<ListArgs>(
    () => ({
      trash: view === 'trash',
      sort,
      query: settledQuery || undefined,
      status: filters.status || undefined,
      language: filters.language || undefined,
      dateFrom: filters.dateFrom || undefined,
      dateTo: filters.dateTo || undefined,
      embargo: filters.embargo || undefined,
      approver: filters.approver || undefined,
      entityId: filters.tag?.kind === 'entity' ? filters.tag.id : undefined,
      delegationId: filters.tag?.kind === 'delegation' ? filters.tag.id : undefined,
    }),
    [view, sort, settledQuery, filters],
  );

  // Only the newest request may write results, so a slow answer to an old query never wins.
  const latest = useRef(0);
  const itemCount = useRef(0);
  itemCount.current = results.items.length;

  const load = useCallback(
    async (offset: number, limit: number, append: boolean) => {
      const request = ++latest.current;
      setResults((r) => ({ ...r, loading: true }));
      try {
        const list = await api.listReleases({ ...args, offset, limit });
        if (request !== latest.current) return;
        setResults((r) => ({
          items: append ? [...r.items, ...list.items.filter((item) => !r.items.some((old) => old.id === item.id))] : list.items,
          total: list.total,
          totalCapped: list.totalCapped,
          // A capped total is only a lower bound, so a full page is the sign that more may follow.
          hasMore: list.items.length === limit && (offset + limit < list.total || list.totalCapped),
          loading: false,
          error: null,
        }));
      } catch (error) {
        if (request === latest.current) setResults((r) => ({ ...r, loading: false, error }));
      }
    },
    [args],
  );

  useEffect(() => {
    void load(0, PAGE, false);
  }, [load]);

  /** Reloads what is shown (as many rows as are loaded now), keeping the list where it is. */
  const refresh = useCallback(() => load(0, Math.min(MAX_PAGE, Math.max(PAGE, itemCount.current)), false), [load]);
  const loadMore = useCallback(() => load(itemCount.current, PAGE, true), [load]);

  /** Shows a save's new title, date and counts at once, before the next refresh. */
  const patch = useCallback((release: SavedRelease) => {
    setResults((r) => {
      if (!r.items.some((item) => item.id === release.id)) return r;
      const { title, lead, dateline, releaseDate, language, status, wordCount, updatedAt } = release;
      return {
        ...r,
        items: r.items.map((item) => (item.id === release.id ? { ...item, title, lead, dateline, releaseDate, language, status, wordCount, updatedAt } : item)),
      };
    });
  }, []);

  return {
    view,
    setView,
    query,
    setQuery,
    searching,
    filters,
    setFilters,
    sort,
    setSort: setChosenSort,
    ...results,
    refresh,
    loadMore,
    patch,
  };
}

export type LibraryState = ReturnType<typeof useLibrary>;
