// Which release is open and everything that changes it: opening, creating, duplicating, trashing,
// restoring, reloading. Leaving a release always saves it first; if that fails, it stays open,
// because the unsaved text exists nowhere else.
import { useRef, useState } from 'react';
import type { Release } from '../../core/api';
import { api, readyToClose } from '../api-client';
import { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { describeError, failure } from '../i18n/errors';
import { formatMoment } from '../i18n/format';
import type { LibraryState } from '../library/useLibrary';
import { useDialogs } from '../ui/Dialogs';
import { useNotify } from '../ui/Notices';
import { sharedDocName } from '../team/doc-name';
import { useTeam } from '../team/TeamContext';

/** Saves come every few hundred ms while typing; the list only needs to catch up now and then. */
const LIST_REFRESH_DELAY_MS = 1000;

export function useWorkspace(lib: LibraryState) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const team = useTeam();
  // Read when a release is shown, which may be long after this render (a slow open).
  const teamRef = useRef(team);
  teamRef.current = team;
  const [session, setSession] = useState<DraftSession | null>(null);
  const [freshKey, setFreshKey] = useState<number | null>(null);
  /** Asks the editor of session `key` to put the focus in its text; `n` makes each request new. */
  const [textFocus, setTextFocus] = useState({ key: 0, n: 0 });
  // Event handlers and the session's callbacks outlive renders; they read these instead.
  const current = useRef<DraftSession | null>(null);
  const libRef = useRef(lib);
  libRef.current = lib;
  /** Bumped by every navigation, so a slow earlier one cannot replace what was opened after it. */
  const navigation = useRef(0);
  const refreshTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const refreshListSoon = () => {
    clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => void libRef.current.refresh(), LIST_REFRESH_DELAY_MS);
  };

  const show = async (release: Release | null, fresh = false) => {
    const { connection } = teamRef.current;
    // Team mode: the release is its shared document, and everyone's library says who has it open.
    const docName = release && connection ? await sharedDocName(release.id).catch(() => null) : null;
    current.current?.dispose();
    connection?.setEditing(docName);
    const next =
      release &&
      new DraftSession(release, {
        save: api.saveRelease,
        saveChanges: api.saveReleaseChanges,
        onSaved: (saved) => {
          // While the officer goes on typing, the next save is a moment away: the list and History
          // catch up with the last one, so typing is not interrupted by redrawing them.
          if (next?.isDirty()) return;
          libRef.current.patch(saved);
          refreshListSoon();
        },
        ...(connection && docName
          ? {
              shared: connection.open(docName),
              storedRevision: async () => {
                refreshListSoon();
                return (await api.getRelease({ id: release.id })).revision;
              },
            }
          : {}),
      });
    current.current = next;
    setSession(next);
    setFreshKey(fresh && next ? next.key : null);
  };

  const leave = async (): Promise<boolean> => {
    const open = current.current;
    if (!open || (await open.flush())) return true;
    notify(m.save.cannotSwitch);
    return false;
  };

  const focusText = (session: DraftSession | null) => session && setTextFocus((was) => ({ key: session.key, n: was.n + 1 }));

  const open = async (id: number, toText = false) => {
    if (current.current?.id === id) {
      if (toText) focusText(current.current);
      return;
    }
    const nav = ++navigation.current;
    if (!(await leave()) || nav !== navigation.current) return;
    try {
      const release = await api.getRelease({ id });
      if (nav !== navigation.current) return;
      await show(release);
      if (toText) focusText(current.current);
    } catch (error) {
      notify(failure(m, m.failures.open, error));
    }
  };

  const create = async () => {
    const nav = ++navigation.current;
    if (!(await leave())) return;
    try {
      // The host dates it today, so it is dated at all and sorts to the top of the library, where it can be seen.
      const release = await api.createRelease({});
      // It exists now, whatever the officer went on to: the list shows it either way.
      void libRef.current.refresh();
      if (nav !== navigation.current) return;
      await show(release, true);
      if (libRef.current.view === 'trash') libRef.current.setView('library');
    } catch (error) {
      notify(failure(m, m.failures.create, error));
    }
  };

  const duplicate = async (id: number) => {
    const nav = ++navigation.current;
    // The copy must include what was just typed into the original.
    if (!(await leave())) return;
    try {
      const copy = await api.duplicateRelease({ id });
      if (nav === navigation.current) await show(copy);
      void libRef.current.refresh();
    } catch (error) {
      notify(failure(m, m.failures.duplicate, error));
    }
  };

  const trash = async (id: number) => {
    const wasOpen = current.current?.id === id;
    if (wasOpen && !(await leave())) return;
    try {
      await api.trashRelease({ id });
      notify(m.library.trashed, 'info');
    } catch (error) {
      notify(failure(m, m.failures.trash, error));
      return;
    }
    if (wasOpen && current.current?.id === id) {
      const next = libRef.current.items.find((item) => item.id !== id);
      await show(null);
      if (next) void open(next.id);
    }
    void libRef.current.refresh();
  };

  const restore = async (id: number) => {
    try {
      await api.restoreRelease({ id });
      notify(m.library.restored, 'info');
    } catch (error) {
      notify(failure(m, m.failures.restore, error));
    }
    void libRef.current.refresh();
  };

  const emptyTrash = async () => {
    const confirmed = await dialogs.confirm({
      title: m.library.confirmEmptyTitle,
      text: m.library.confirmEmptyText(libRef.current.total),
      ok: m.library.confirmEmptyOk,
      danger: true,
    });
    if (!confirmed) return;
    try {
      const { deleted } = await api.emptyTrash({});
      notify(m.library.trashEmptied(deleted), 'info');
    } catch (error) {
      notify(failure(m, m.failures.emptyTrash, error));
    }
    void libRef.current.refresh();
  };

  /** After "changed elsewhere": drop the local edits the user chose to give up. */
  const loadLatest = async () => {
    const open = current.current;
    if (!open) return;
    try {
      await show(await api.getRelease({ id: open.id }));
    } catch (error) {
      notify(failure(m, m.failures.open, error));
    }
  };

  /** After "changed elsewhere" or "no longer exists": the user's text becomes a release of its own. */
  const keepCopy = async () => {
    const open = current.current;
    if (!open) return;
    try {
      await show(await api.createRelease(open.fields()));
      notify(m.editor.copyCreated, 'info');
      void libRef.current.refresh();
    } catch (error) {
      notify(failure(m, m.failures.create, error));
    }
  };

  const restored = (release: Release) => {
    void show(release);
    void libRef.current.refresh();
  };

  /** Ctrl+S: the revision is kept at once, and said so, since History is usually closed. */
  const saveRevision = async () => {
    const open = current.current;
    if (open && (await open.flush('explicit'))) notify(m.save.revisionKept(formatMoment(m, Date.now())), 'info');
  };

  /** Saves quietly when the window loses focus or goes away; the status bar reports the outcome. */
  const flush = () => void current.current?.flush();

  /** The window is closing (Electron asks first): save, then let it go, or ask when saving failed. */
  const close = async () => {
    const open = current.current;
    if (!open || (await open.flush())) return readyToClose();
    const reason = describeError(m, open.state.kind === 'error' ? open.state.error : null);
    const confirmed = await dialogs.confirm({
      title: m.save.closeTitle,
      text: m.save.closeText(reason),
      ok: m.save.closeAnyway,
      cancel: m.save.stay,
      danger: true,
    });
    if (confirmed) readyToClose();
  };

  /** On start the most recently edited release is opened, as the user left it. */
  const start = async () => {
    const nav = navigation.current;
    try {
      const recent = await api.listReleases({ sort: 'updated', limit: 1 });
      // The officer was quicker (a new release, a click in the list): what they chose stays open.
      if (recent.items[0] && nav === navigation.current) await open(recent.items[0].id);
    } catch (error) {
      notify(failure(m, m.failures.load, error));
    }
  };

  return {
    session,
    freshKey,
    textFocus,
    open,
    create,
    duplicate,
    trash,
    restore,
    emptyTrash,
    loadLatest,
    keepCopy,
    restored,
    saveRevision,
    flush,
    close,
    start,
  };
}

export type Workspace = ReturnType<typeof useWorkspace>;
