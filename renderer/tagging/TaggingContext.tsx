// What the tagging parts of the window share: the registry the tagger matches against (loaded
// once, reloaded after it is edited), a counter that moves whenever a release's tags change (so
// facets recount), and which registry page, if any, is shown in place of the editor.
//
// The provider sits above the workbench; the workbench hands it the open release and the library
// with useTaggingHost, which navigation and filtering act on.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Entity } from '../../core/api';
import { api } from '../api-client';
import type { Workspace } from '../app/useWorkspace';
import { useI18n } from '../i18n/I18n';
import { describeError } from '../i18n/errors';
import type { LibraryState } from '../library/useLibrary';
import { useNotify } from '../ui/Notices';
import type { TagFilter } from './tag-filter';

export type TaggingPage = { kind: 'entity'; id: number } | { kind: 'registry' };

export interface Tagging {
  registry: Entity[] | null;
  reloadRegistry(): void;
  tagsVersion: number;
  /** A release's tags or delegations changed: facets and a tag-filtered list must catch up. */
  tagsChanged(): void;
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

interface Host {
  ws: Workspace;
  lib: LibraryState;
}

interface Shared {
  tagging: Tagging;
  host: { current: Host | null };
  closePages(): void;
}

const TaggingContext = createContext<Shared | null>(null);

function useShared() {
  const shared = useContext(TaggingContext);
  if (!shared) throw new Error('tagging needs a TaggingProvider');
  return shared;
}

export function useTagging(): Tagging {
  return useShared().tagging;
}

/**
 * Called by the workbench on every render: the workspace and library tagging acts on. Another
 * release opened (from the library, a new one, an import) is shown at once, over any registry page.
 */
export function useTaggingHost(ws: Workspace, lib: LibraryState): Tagging {
  const shared = useShared();
  shared.host.current = { ws, lib };
  const { closePages } = shared;
  const sessionKey = ws.session?.key;
  useEffect(closePages, [sessionKey, closePages]);
  return shared.tagging;
}

export function TaggingProvider({ children }: { children: ReactNode }) {
  const { m } = useI18n();
  const notify = useNotify();
  const [registry, setRegistry] = useState<Entity[] | null>(null);
  const [tagsVersion, setTagsVersion] = useState(0);
  const [pages, setPages] = useState<TaggingPage[]>([]);
  const host = useRef<Host | null>(null);
  const messages = useRef(m);
  messages.current = m;

  const reloadRegistry = useCallback(() => {
    api.getRegistry({}).then(setRegistry, (error: unknown) =>
      notify(`${messages.current.tagging.failures.registry}: ${describeError(messages.current, error)}`),
    );
  }, [notify]);

  useEffect(reloadRegistry, [reloadRegistry]);

  const tagging = useMemo<Tagging>(() => {
    // Leaving the editor saves what was typed, as switching releases does.
    const push = (page: TaggingPage) => {
      host.current?.ws.flush();
      setPages((open) => [...open, page]);
    };
    return {
      registry,
      reloadRegistry,
      tagsVersion,
      tagsChanged: () => {
        setTagsVersion((v) => v + 1);
        if (host.current?.lib.filters.tag) void host.current.lib.refresh();
      },
      page: pages.at(-1) ?? null,
      openEntity: (id) => push({ kind: 'entity', id }),
      openRegistry: () => push({ kind: 'registry' }),
      replaceEntity: (id) => setPages((open) => [...open.slice(0, -1), { kind: 'entity', id }]),
      back: () => setPages((open) => open.slice(0, -1)),
      openRelease: (id, toText) => {
        setPages([]);
        void host.current?.ws.open(id, toText);
      },
      filterBy: (filter) => {
        const lib = host.current?.lib;
        lib?.setFilters({ ...lib.filters, tag: filter });
      },
    };
  }, [registry, reloadRegistry, tagsVersion, pages]);

  const closePages = useCallback(() => setPages([]), []);
  const shared = useMemo(() => ({ tagging, host, closePages }), [tagging, closePages]);
  return <TaggingContext.Provider value={shared}>{children}</TaggingContext.Provider>;
}
