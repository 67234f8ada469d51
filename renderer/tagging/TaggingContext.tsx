// What the tagging parts of the window share: the registry the tagger matches against (loaded
// once, again whenever the host says it changed), and which registry page, if any, is shown in
// place of the editor.
//
// The workbench creates it with useTaggingState, below the library and the workspace that
// navigation and filtering act on, and hands it down with TaggingProvider.
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Entity } from '../../core/api';
import { api } from '../api-client';
import type { Workspace } from '../app/useWorkspace';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import type { LibraryState } from '../library/useLibrary';
import { useNotify } from '../ui/Notices';
import { useHostEvent } from '../ui/useHostEvent';
import { useLoad } from '../ui/useLoad';
import type { TagFilter } from './tag-filter';

export type TaggingPage = { kind: 'entity'; id: number } | { kind: 'registry' };

export interface Tagging {
  registry: Entity[] | null;
  /** The page on top; the ones under it are where "back" goes. */
  page: TaggingPage | null;
  openEntity(id: number): void;
  openRegistry(): void;
  /** Shows another entity in place of the current page (after a merge). */
  replaceEntity(id: number): void;
  back(): void;
  /** `toText`: the focus goes on into the release's text (opened from the keyboard). */
  openRelease(id: number, toText?: boolean): void;
  filterBy(filter: TagFilter | null): void;
}

const TaggingContext = createContext<Tagging | null>(null);

export function useTagging(): Tagging {
  const tagging = useContext(TaggingContext);
  if (!tagging) throw new Error('tagging needs a TaggingProvider');
  return tagging;
}

export function TaggingProvider({ value, children }: { value: Tagging; children: ReactNode }) {
  return <TaggingContext.Provider value={value}>{children}</TaggingContext.Provider>;
}

/**
 * The workbench's tagging, over its workspace and library. The pages belong to the release open
 * when they were opened: another release opened (from the library, a new one, an import) is shown
 * at once, over any registry page.
 */
export function useTaggingState(ws: Workspace, lib: LibraryState): Tagging {
  const { m } = useI18n();
  const notify = useNotify();
  const registry = useLoad(() => api.getRegistry({}), [], {
    reloadOn: (event) => event.type === 'registry-changed',
    onError: (error) => notify(failure(m, m.tagging.failures.registry, error)),
  });
  const sessionKey = ws.session?.key;
  const [stack, setStack] = useState<{ sessionKey: number | undefined; pages: TaggingPage[] }>({ sessionKey: undefined, pages: [] });
  const pages = stack.sessionKey === sessionKey ? stack.pages : [];
  const setPages = (change: (open: TaggingPage[]) => TaggingPage[]) =>
    setStack((was) => ({ sessionKey, pages: change(was.sessionKey === sessionKey ? was.pages : []) }));

  // A release's tags or delegations changed: a tag-filtered list must catch up.
  useHostEvent((event) => {
    if (event.type === 'tags-changed' && lib.filters.tag) void lib.refresh();
  });

  // Leaving the editor saves what was typed, as switching releases does.
  const push = (page: TaggingPage) => {
    ws.flush();
    setPages((open) => [...open, page]);
  };
  return {
    registry: registry.value ?? null,
    page: pages.at(-1) ?? null,
    openEntity: (id) => push({ kind: 'entity', id }),
    openRegistry: () => push({ kind: 'registry' }),
    replaceEntity: (id) => setPages((open) => [...open.slice(0, -1), { kind: 'entity', id }]),
    back: () => setPages((open) => open.slice(0, -1)),
    openRelease: (id, toText) => {
      setPages(() => []);
      void ws.open(id, toText);
    },
    filterBy: (filter) => lib.setFilters({ ...lib.filters, tag: filter }),
  };
}
