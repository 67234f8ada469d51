// The Electron shell: opens the database, answers the preload's calls through the same dispatcher
// the browser-mode host uses, and keeps one hardened window on the bundled renderer.
// Bundled to dist/electron/main.cjs, next to preload.cjs and below dist/renderer/.
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  screen,
  session,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { CALL_NAMES, Settings, type AppInfo, type Language } from '../core/api';
import { openAppDatabase } from '../host/app-db';
import { electronAbiBindingPath } from '../host/electron-abi';
import { createDispatcher } from '../host/handlers';
import { startScheduler, type Scheduler } from '../host/scheduler';
import { appDataDir, PRODUCT_NAME, resolveDbPath } from '../host/paths';
import { callChannel, CLOSE_RECEIVED_CHANNEL, COMMAND_CHANNEL, READY_TO_CLOSE_CHANNEL } from './channels';
import { installApplicationMenu, showContextMenu } from './menu';
import { electronPrintPdf } from './print-pdf';
import { confineToPage, guardPermissions, isOwnFrame } from './security';
import { loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

const ROOT = path.join(__dirname, '..', '..');
const RENDERER_HTML = path.join(__dirname, '..', 'renderer', 'index.html');
/** How long a closing window waits for the page to confirm it got the request to save its last edits. */
const FLUSH_TIMEOUT_MS = 2_000;
/** Spell-checking languages, where Chromium has a dictionary for them (macOS uses its own). */
const SPELLING = ['az', 'en-US', 'ru'];

type Db = ReturnType<typeof openAppDatabase>;

// Launched as `electron dist/electron/main.cjs` Electron would call itself "Electron" (menus, the
// about panel, the userData folder); the packaged app is named by electron-builder the same way.
app.setName(PRODUCT_NAME);
app.enableSandbox();

let db: Db | null = null;
let scheduler: Scheduler | null = null;

/** `--db PATH` or `--db=PATH` among Electron's arguments (Chromium ignores switches it does not know). */
function dbFlag(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
  if (index < 0) return undefined;
  return argv[index] === '--db' ? argv[index + 1] : argv[index].slice('--db='.length);
}

/** Says what went wrong in a native dialog and quits: never a blank or half-working window. */
function fail(what: string, detail: unknown): void {
  const message = detail instanceof Error ? detail.message : String(detail);
  dialog.showErrorBox(PRODUCT_NAME, `${what}\n\n${message}`);
  db?.close();
  db = null;
  app.exit(1);
}

function uiLanguage(value: unknown): Language | null {
  const parsed = Settings.safeParse(value);
  return parsed.success ? parsed.data.uiLanguage : null;
}

function openDatabase(): { db: Db; dbPath: string } | null {
  const dbPath = resolveDbPath(dbFlag(process.argv));
  // The packaged app's better-sqlite3 is rebuilt for Electron by electron-builder; in a checkout
  // node_modules holds Node's build, and the Electron one is cached apart (see host/electron-abi.ts).
  const nativeBinding =
    process.env.PRESSDESK_NATIVE_BINDING || (app.isPackaged ? undefined : electronAbiBindingPath(process.versions.electron, ROOT));
  try {
    return { db: openAppDatabase(dbPath, { nativeBinding }), dbPath };
  } catch (error) {
    fail(
      `Verilənlər bazası açılmadı · The database could not be opened · Не удалось открыть базу данных\n${dbPath}`,
      error,
    );
    return null;
  }
}

function createWindow(isOwnContents: (contents: WebContents | null) => boolean, language: () => Language): BrowserWindow {
  const stateFile = path.join(appDataDir(), 'window-state.json');
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const { maximized, ...bounds } = state;
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: PRODUCT_NAME,
    show: false,
    // Linux shows this in the task switcher when unpackaged; packages bring their own icons.
    ...(app.isPackaged ? {} : { icon: path.join(ROOT, 'build', 'icon.png') }),
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (maximized) win.maximize();
  trackWindowState(win, stateFile);
  confineToPage(win.webContents, RENDERER_HTML);
  win.webContents.on('context-menu', (_event, params) => showContextMenu(win.webContents, params, language()));
  win.once('ready-to-show', () => win.show());

  // A crashed renderer is reloaded (edits are autosaved), a few times at most so a crash at start
  // does not loop forever.
  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (++reloads <= 3) win.webContents.reload();
    else fail('Pressdesk pəncərəsi dayandı · The Pressdesk window stopped · Окно Pressdesk остановилось', details.reason);
  });

  // Closing asks the page to save what is pending and waits for its readyToClose. A page that does
  // not confirm receipt within FLUSH_TIMEOUT_MS is dead or hung and is closed without it; one that
  // did may be asking the user whether to close unsaved, so it is given the time that takes.
  let closeRequested = false;
  let closeAllowed = false;
  let receiptTimer: NodeJS.Timeout | undefined;
  const closeNow = () => {
    clearTimeout(receiptTimer);
    closeAllowed = true;
    if (!win.isDestroyed()) win.close();
  };
  const fromPage = (event: IpcMainEvent) => isOwnContents(event.sender) && isOwnFrame(event.senderFrame, RENDERER_HTML);
  const onReceived = (event: IpcMainEvent) => {
    if (fromPage(event)) clearTimeout(receiptTimer);
  };
  const onReadyToClose = (event: IpcMainEvent) => {
    if (closeRequested && fromPage(event)) closeNow();
  };
  ipcMain.on(CLOSE_RECEIVED_CHANNEL, onReceived);
  ipcMain.on(READY_TO_CLOSE_CHANNEL, onReadyToClose);
  win.on('close', (event) => {
    if (closeAllowed || win.webContents.isCrashed()) return;
    event.preventDefault();
    closeRequested = true;
    clearTimeout(receiptTimer);
    receiptTimer = setTimeout(closeNow, FLUSH_TIMEOUT_MS);
    win.webContents.send(COMMAND_CHANNEL, 'flush-before-close');
  });
  win.on('closed', () => {
    ipcMain.removeListener(CLOSE_RECEIVED_CHANNEL, onReceived);
    ipcMain.removeListener(READY_TO_CLOSE_CHANNEL, onReadyToClose);
  });

  win.loadFile(RENDERER_HTML).catch((error: unknown) =>
    fail(`Səhifə yüklənmədi · The page could not be loaded · Не удалось загрузить страницу\n${RENDERER_HTML}`, error),
  );
  return win;
}

async function start(): Promise<void> {
  const opened = openDatabase();
  if (!opened) return;
  db = opened.db;
  // The page asks for what the scheduler published (listScheduledPublications) and tells the officer.
  scheduler = startScheduler(opened.db);
  const dispatch = createDispatcher(
    opened.db,
    { mode: 'electron', dbPath: opened.dbPath },
    { printPdf: electronPrintPdf, exportDir: path.join(app.getPath('documents'), PRODUCT_NAME) },
  );

  const settings = await dispatch('getSettings', {});
  let language: Language = (settings.ok && uiLanguage(settings.value)) || 'az';
  installApplicationMenu(language);
  const info = await dispatch('getAppInfo', {});
  if (info.ok) app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: (info.value as AppInfo).version });

  let win: BrowserWindow | null = null;
  const isOwnContents = (contents: WebContents | null) => !!win && !win.isDestroyed() && contents === win.webContents;

  for (const name of CALL_NAMES) {
    ipcMain.handle(callChannel(name), async (event: IpcMainInvokeEvent, args: unknown) => {
      // Only the top frame of our own page may call.
      if (!isOwnContents(event.sender) || !isOwnFrame(event.senderFrame, RENDERER_HTML)) {
        throw new Error(`Pressdesk refused ${name}: the caller is not Pressdesk's own page`);
      }
      const result = await dispatch(name, args);
      // The menu follows the UI language the moment the renderer changes it.
      const changed = name === 'updateSettings' && result.ok ? uiLanguage(result.value) : null;
      if (changed && changed !== language) {
        language = changed;
        installApplicationMenu(language);
      }
      return result;
    });
  }

  const ses = session.defaultSession;
  guardPermissions(ses, isOwnContents);
  if (process.platform !== 'darwin') {
    ses.setSpellCheckerLanguages(SPELLING.filter((code) => ses.availableSpellCheckerLanguages.includes(code)));
  }
  win = createWindow(isOwnContents, () => language);
}

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => fail('Pressdesk açılmadı · Pressdesk could not start · Не удалось запустить Pressdesk', error));

// One window; closing it ends the app on every platform, so the database is closed with it.
app.on('window-all-closed', () => app.quit());

app.on('will-quit', () => {
  scheduler?.stop();
  db?.close();
  db = null;
});
