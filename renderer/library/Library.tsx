// The sidebar: find a release (search, filters, sort), open it, or manage the trash. Files dropped
// on it are imported; in selection mode releases are ticked for a batch export.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Picked } from '../export/BatchExportDialog';
import { useFileDrop } from '../import/useFileDrop';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { FacetsPanel } from '../tagging/FacetsPanel';
import { Icon } from '../ui/Icon';
import { LibraryFilters } from './LibraryFilters';
import { LibraryItem } from './LibraryItem';
import { SelectionBar } from './SelectionBar';
import { NO_FILTERS, type LibraryState } from './useLibrary';
import { useSelection } from './useSelection';

interface Props {
  lib: LibraryState;
  openId: number | null;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen(id: number, toText: boolean): void;
  onDuplicate(id: number): void;
  onTrash(id: number): void;
  onRestore(id: number): void;
  onEmptyTrash(): void;
  onImportFiles(files: File[]): void;
  onExport(releases: Picked[]): void;
}

export function Library(props: Props) {
  const { lib, openId, searchRef, onOpen, onDuplicate, onTrash, onRestore, onEmptyTrash, onImportFiles, onExport } = props;
  const { m } = useI18n();
  const inTrash = lib.view === 'trash';
  const filtered = lib.query.trim() !== '' || Object.values(lib.filters).some(Boolean);
  const drop = useFileDrop(onImportFiles);
  const selection = useSelection();
  const selecting = selection.active && !inTrash;
  const listRef = useRef<HTMLUListElement>(null);
  const openInList = lib.items.some((item) => item.id === openId);

  const endSelection = selection.end;
  useEffect(() => {
    if (inTrash) endSelection();
  }, [inTrash, endSelection]);

  return (
    <aside
      className={drop.over ? 'sidebar sidebar-drop' : 'sidebar'}
      data-testid="library"
      aria-label={inTrash ? m.library.trashView : m.library.label}
      {...drop.handlers}
    >
      {drop.over && (
        <div className="drop-zone" data-testid="drop-zone" aria-hidden="true">
          <Icon name="import" size={28} />
          <p className="drop-zone-title">{m.import.dropHint}</p>
          <p className="drop-zone-hint">{m.import.dropTypes}</p>
        </div>
      )}
      <div className="sidebar-head">
        {inTrash && <h2 className="sidebar-title">{m.library.trashView}</h2>}
        <label className="search">
          <Icon name="search" size={16} />
          <input
            ref={searchRef}
            data-testid="library-search"
            type="search"
            className="search-input"
            placeholder={m.library.searchPlaceholder}
            aria-label={m.library.search}
            value={lib.query}
            onChange={(e) => lib.setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && lib.query) {
                e.preventDefault();
                lib.setQuery('');
              } else if (e.key === 'ArrowDown') {
                // Down from the search goes straight to the results, past the filters.
                const first = listRef.current?.querySelector<HTMLElement>('.row-main, .row input');
                if (first) {
                  e.preventDefault();
                  first.focus();
                }
              }
            }}
          />
        </label>
        <LibraryFilters lib={lib} />
        <FacetsPanel lib={lib} />
      </div>

      <div className="list-meta">
        <span data-testid="library-total" aria-live="polite">
          {m.library.total(lib.total, lib.totalCapped)}
        </span>
        {inTrash && lib.items.length > 0 && (
          <button type="button" className="button button-small button-danger-quiet" data-testid="empty-trash" onClick={onEmptyTrash}>
            {m.library.emptyTrash}
          </button>
        )}
        {!inTrash && (lib.items.length > 0 || selecting) && (
          <button
            type="button"
            className={selecting ? 'button button-small button-quiet button-toggled' : 'button button-small button-quiet'}
            data-testid="select-toggle"
            aria-pressed={selecting}
            onClick={selecting ? selection.end : selection.start}
          >
            {selecting ? m.batch.done : m.batch.select}
          </button>
        )}
      </div>
      {selecting && (
        <SelectionBar selection={selection} items={lib.items} onExport={() => onExport([...selection.picked].map(([id, title]) => ({ id, title })))} />
      )}

      <div className="list-scroll">
        {lib.error !== null && (
          <div className="list-problem" role="alert">
            <p>{failure(m, m.failures.load, lib.error)}</p>
            <button type="button" className="button button-small" onClick={() => void lib.refresh()}>
              {m.boundary.retry}
            </button>
          </div>
        )}
        {lib.items.length === 0 && !lib.loading && lib.error === null ? (
          <EmptyState lib={lib} inTrash={inTrash} filtered={filtered} />
        ) : (
          <ul className="list" ref={listRef} onKeyDown={(e) => moveFocus(e, searchRef.current)}>
            {lib.items.map((item, i) => (
              <LibraryItem
                key={item.id}
                item={item}
                selected={item.id === openId}
                tabStop={openInList ? item.id === openId : i === 0}
                inTrash={inTrash}
                checked={selecting ? selection.picked.has(item.id) : null}
                onCheck={(on) => selection.set([item], on)}
                onOpen={onOpen}
                onDuplicate={onDuplicate}
                onTrash={onTrash}
                onRestore={onRestore}
              />
            ))}
          </ul>
        )}
        {lib.hasMore && <LoadMore lib={lib} />}
      </div>

      <div className="sidebar-foot">
        <button
          type="button"
          className="button button-quiet sidebar-foot-button"
          data-testid="trash-toggle"
          aria-pressed={inTrash}
          onClick={() => lib.setView(inTrash ? 'library' : 'trash')}
        >
          <Icon name={inTrash ? 'back' : 'trash'} size={16} />
          {inTrash ? m.library.backToLibrary : m.library.trashView}
        </button>
      </div>
    </aside>
  );
}

function EmptyState({ lib, inTrash, filtered }: { lib: LibraryState; inTrash: boolean; filtered: boolean }) {
  const { m } = useI18n();
  const [title, hint] = filtered
    ? [m.library.noMatches, m.library.noMatchesHint]
    : inTrash
      ? [m.library.trashEmpty, m.library.trashEmptyHint]
      : [m.library.empty, m.library.emptyHint];
  return (
    <div className="empty" data-testid="library-empty">
      <Icon name={inTrash && !filtered ? 'trash' : 'search'} size={28} />
      <p className="empty-title">{title}</p>
      <p className="empty-hint">{hint}</p>
      {filtered && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            lib.setQuery('');
            lib.setFilters(NO_FILTERS);
          }}
        >
          {m.library.clearFilters}
        </button>
      )}
    </div>
  );
}

/** Loads the next page when scrolled into view; also a plain button for the keyboard. */
function LoadMore({ lib }: { lib: LibraryState }) {
  const { m } = useI18n();
  const ref = useRef<HTMLButtonElement>(null);
  const { loadMore, loading } = lib;
  useEffect(() => {
    const button = ref.current;
    if (!button || loading) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [loadMore, loading]);
  return (
    <button ref={ref} type="button" className="button button-quiet load-more" disabled={loading} onClick={() => void loadMore()}>
      {loading ? m.app.loading : m.library.loadMore}
    </button>
  );
}

/**
 * Arrow keys walk the list the way they do in a native one (Home and End too); up from the first
 * row returns to the search. Only one row is a Tab stop, so Tab leaves the list at once.
 */
function moveFocus(event: KeyboardEvent<HTMLUListElement>, search: HTMLInputElement | null) {
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('.row')];
  const current = rows.findIndex((row) => row.contains(document.activeElement));
  const target = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: rows.length - 1 }[event.key];
  if (target === undefined || current < 0) return;
  const next = target < 0 ? search : rows[target]?.querySelector<HTMLElement>('button, input');
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
