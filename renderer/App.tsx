// The window: top bar, library, the open release and (on demand) its history. The UI language is
// loaded before anything is drawn, so the app never flashes in the wrong language.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { IMPORT_INPUT_ID, type Language } from '../core/api';
import { api } from './api-client';
import { TopBar } from './app/TopBar';
import { useAppCommands } from './app/useAppCommands';
import { useWorkspace } from './app/useWorkspace';
import { ReleaseEditor } from './editor/ReleaseEditor';
import { EntityPages } from './entities/EntityPages';
import { BatchExportDialog, type Picked } from './export/BatchExportDialog';
import { HistoryPanel } from './history/HistoryPanel';
import { ImportDialog } from './import/ImportDialog';
import { I18nProvider, useI18n } from './i18n/I18n';
import { failure } from './i18n/errors';
import { Library } from './library/Library';
import { useLibrary } from './library/useLibrary';
import { TaggingProvider, useTaggingState } from './tagging/TaggingContext';
import { DialogProvider } from './ui/Dialogs';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Icon } from './ui/Icon';
import { NoticeProvider, useNotify } from './ui/Notices';
import { ExportSettingsDialog } from './settings/ExportSettingsDialog';
import { OfficerDialog } from './signoff/OfficerDialog';
import { OfficerProvider, useOfficer } from './signoff/OfficerContext';
import { useScheduledNotices } from './signoff/useScheduledNotices';
import { TranslationProvider } from './translate/TranslationContext';
import { TranslationPane } from './translate/TranslationPane';
import { ConnectDialog } from './team/ConnectDialog';
import { teamStatus, type TeamStatus } from './team/status';
import { TeamProvider } from './team/TeamContext';
import { useTeamLibrary } from './team/useTeamLibrary';

/** What the import picker offers; other files can still be dropped, and are refused with a reason. */
const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx';
let batchSerial = 0;

export function App() {
  const [lang, setLang] = useState<Language | null>(null);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  // Known before the first release opens: in team mode it opens as its shared document.
  const [team, setTeam] = useState<TeamStatus | null>(null);

  useEffect(() => {
    api.getSettings({}).then(
      (settings) => setLang(settings.uiLanguage),
      (error) => {
        setSettingsError(error);
        setLang('az');
      },
    );
    // A host that cannot say is worked with alone, as before team mode existed.
    teamStatus().then(setTeam, () => setTeam({ mode: 'solo' }));
  }, []);

  if (!lang || !team) return <div className="boot" aria-busy="true" />;
  return (
    <TeamProvider initial={team}>
      <I18nProvider lang={lang}>
        <NoticeProvider>
          <DialogProvider>
            <TranslationProvider>
              <OfficerProvider>
                <Workbench onLanguage={setLang} settingsError={settingsError} />
              </OfficerProvider>
            </TranslationProvider>
          </DialogProvider>
        </NoticeProvider>
      </I18nProvider>
    </TeamProvider>
  );
}

function Workbench({ onLanguage, settingsError }: { onLanguage(lang: Language): void; settingsError: unknown }) {
  const { m } = useI18n();
  const notify = useNotify();
  const lib = useLibrary();
  const ws = useWorkspace(lib);
  useTeamLibrary(lib);
  const tagging = useTaggingState(ws, lib);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [importing, setImporting] = useState<{ id: number; files: File[] } | null>(null);
  const [exporting, setExporting] = useState<Picked[] | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [officerOpen, setOfficerOpen] = useState(false);
  const [connectOpen, setConnectOpen] = useState(false);
  const { setOfficer } = useOfficer();
  useScheduledNotices(() => void lib.refresh());
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const pickFiles = () => fileInput.current?.click();
  // One batch at a time: files dropped while one runs would otherwise vanish behind its dialog.
  const importFiles = (files: File[]) => {
    if (files.length) setImporting((running) => running ?? { id: ++batchSerial, files });
  };

  useAppCommands({
    new: () => void ws.create(),
    import: pickFiles,
    save: () => void ws.saveRevision(),
    find: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    'flush-before-close': () => void ws.close(),
    flush: ws.flush,
  });

  const openFirst = useEffectEvent(() => {
    if (settingsError) notify(failure(m, m.failures.loadSettings, settingsError));
    void ws.start();
  });
  // Once: the first release is opened when the window opens, not on every render.
  useEffect(() => openFirst(), []);

  const changeLanguage = (lang: Language) => {
    onLanguage(lang);
    api.updateSettings({ uiLanguage: lang }).catch((error: unknown) => notify(failure(m, m.failures.settings, error)));
  };

  const session = ws.session;
  return (
    <TaggingProvider value={tagging}>
      <div className={historyOpen && session ? 'app app-history' : 'app'}>
        <TopBar
          historyOpen={historyOpen}
          historyAvailable={session !== null}
          onNew={() => void ws.create()}
          onImport={pickFiles}
          onExportSettings={() => setSettingsOpen(true)}
          onOfficer={() => setOfficerOpen(true)}
          onConnect={() => setConnectOpen(true)}
          onToggleHistory={() => setHistoryOpen((open) => !open)}
          onLanguage={changeLanguage}
        />
        <ErrorBoundary>
          <Library
            lib={lib}
            openId={session?.id ?? null}
            searchRef={searchRef}
            onOpen={tagging.openRelease}
            onDuplicate={(id) => void ws.duplicate(id)}
            onTrash={(id) => void ws.trash(id)}
            onRestore={(id) => void ws.restore(id)}
            onEmptyTrash={() => void ws.emptyTrash()}
            onImportFiles={importFiles}
            onExport={setExporting}
          />
        </ErrorBoundary>
        <main className="workspace">
          <TranslationPane
            openId={session?.id ?? null}
            onClosed={(id) => id === session?.id && void ws.loadLatest()}
            onVersionsChanged={() => void lib.refresh()}
            onVersionSaved={lib.patch}
          />
          <EntityPages />
          <ErrorBoundary resetKey={session?.key}>
            {session ? (
              <ReleaseEditor
                key={session.key}
                session={session}
                fresh={ws.freshKey === session.key}
                focusText={ws.textFocus.key === session.key ? ws.textFocus.n : 0}
                onLoadLatest={() => void ws.loadLatest()}
                onKeepCopy={() => void ws.keepCopy()}
                onReplaced={ws.restored}
                onSignoffChanged={() => void lib.refresh()}
              />
            ) : (
              <div className="empty empty-page">
                <Icon name="plus" size={32} />
                <p className="empty-title">{m.editor.noRelease}</p>
                <p className="empty-hint">{m.editor.noReleaseHint}</p>
                <button type="button" className="button button-primary" onClick={() => void ws.create()}>
                  {m.app.newRelease}
                </button>
              </div>
            )}
          </ErrorBoundary>
        </main>
        {historyOpen && session && (
          <ErrorBoundary resetKey={session.key}>
            <HistoryPanel key={session.id} session={session} onClose={() => setHistoryOpen(false)} onRestored={ws.restored} />
          </ErrorBoundary>
        )}
        <input
          ref={fileInput}
          id={IMPORT_INPUT_ID}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          data-testid="import-input"
          onChange={(event) => {
            importFiles([...(event.target.files ?? [])]);
            // Picking the same file again must fire a change too (to import it once more).
            event.target.value = '';
          }}
        />
        {importing && (
          <ImportDialog
            key={importing.id}
            files={importing.files}
            onClose={() => setImporting(null)}
            onImported={() => void lib.refresh()}
            onOpen={(id) => {
              setImporting(null);
              void ws.open(id);
            }}
          />
        )}
        {exporting && (
          <BatchExportDialog releases={exporting} beforeExport={async () => (await ws.session?.flush()) ?? true} onClose={() => setExporting(null)} />
        )}
        {settingsOpen && <ExportSettingsDialog onClose={() => setSettingsOpen(false)} />}
        {officerOpen && <OfficerDialog onClose={() => setOfficerOpen(false)} onSaved={setOfficer} />}
        {connectOpen && <ConnectDialog onClose={() => setConnectOpen(false)} onJoined={() => void ws.loadLatest()} />}
      </div>
    </TaggingProvider>
  );
}
