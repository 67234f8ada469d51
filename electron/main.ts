// The Electron shell: keeps one hardened window on the bundled renderer (served on app://pressdesk/)
// and relays the preload's calls by name to the database process (electron/backend.ts), where the
// same dispatcher as browser mode's answers them: a slow call never holds up the window.
// Bundled to dist/electron/main.cjs, next to preload.cjs, backend.cjs and below dist/renderer/.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, screen, session, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, Settings, type Language } from '../core/api';
import { electronAbiBindingPath } from '../host/electron-abi';
import { appDataDir, PRODUCT_NAME, resolveDbPath } from '../host/paths';
import { startBackend, type Backend } from './backend-process';
import { keepSignIn, keptSignIn } from './team-keychain';
import { callChannel, callsArgument, CHOOSE_FOLDER_CHANNEL, CLOSE_RECEIVED_CHANNEL, COMMAND_CHANNEL, READY_TO_CLOSE_CHANNEL } from './channels';
import { installApplicationMenu, showContextMenu } from './menu';
import { EVENT_CHANNEL } from '../core/host-events';
import { inAllLanguages, MENU_LABELS } from '../renderer/i18n/menu-labels';
import { APP_URL, confineToPage, guardPermissions, isOwnFrame, registerAppScheme, serveRenderer } from './security';
import { loadWindowState, MIN_SIZE, trackWindowState } from './window-state';

const ROOT = path.join(__dirname, '..', '..');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
/** How long a closing window waits for the page to confirm it got the request to save its last edits. */
const FLUSH_TIMEOUT_MS = 2_000;
/** Spell-checking languages, where Chromium has a dictionary for them (macOS uses its own). */
const SPELLING = ['az', 'en-US', 'ru'];

// Launched as `electron dist/electron/main.cjs` Electron would call itself "Electron" (menus, the
// about panel, the userData folder); the packaged app is named by electron-builder the same way.
app.setName(PRODUCT_NAME);
app.enableSandbox();
registerAppScheme();

let backend: Backend | null = null;

/** `NAME VALUE` or `NAME=VALUE` among Electron's arguments (Chromium ignores switches it does not know). */
function flag(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  return argv[index] === name ? argv[index + 1] : argv[index].slice(name.length + 1);
}

/** Says what went wrong in a native dialog and quits: never a blank or half-working window. */
function fail(what: string, detail: unknown): void {
  const message = detail instanceof Error ? detail.message : String(detail);
  dialog.showErrorBox(PRODUCT_NAME, `${what}\n\n${message}`);
  backend?.stop();
  backend = null;
  app.exit(1);
}

function uiLanguage(value: unknown): Language | null {
  const parsed = Settings.safeParse(value);
  return parsed.success ? parsed.data.uiLanguage : null;
}

const CANNOT_OPEN = inAllLanguages((l) => l.cannotOpenDatabase);

/**
 * Opens the library in the database process. A damaged file is left as it is; the officer may
 * instead open a read-only copy of it, to export what can still be read.
 */
async function openLibrary(running: Backend): Promise<{ dbPath: string } | null> {
  const dbPath = resolveDbPath(flag(process.argv, '--db'));
  // The packaged app's better-sqlite3 is rebuilt for Electron by electron-builder; in a checkout
  // node_modules holds Node's build, and the Electron one is cached apart (see host/electron-abi.ts).
  const nativeBinding = process.env.PRESSDESK_NATIVE_BINDING || (app.isPackaged ? undefined : electronAbiBindingPath(process.versions.electron, ROOT));
  const serverUrl = flag(process.argv, '--team');
  const user = flag(process.argv, '--user');
  const passwordFile = flag(process.argv, '--password-file');
  const team = serverUrl && user && passwordFile ? { serverUrl, user, passwordFile } : undefined;
  // Joined earlier through the connect dialog: the library joins again on the token the keychain kept.
  const keptTeam = team ? undefined : (keptSignIn() ?? undefined);
  const request = { dbPath, nativeBinding, exportDir: path.join(app.getPath('documents'), PRODUCT_NAME), team, keptTeam };
  let outcome = await running.open({ ...request, readOnlyCopy: process.argv.includes('--read-only-copy') });
  if (!outcome.ok && outcome.damaged) {
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: PRODUCT_NAME,
      message: `${CANNOT_OPEN}\n${dbPath}`,
      detail: outcome.message,
      buttons: [inAllLanguages((l) => l.quitApp), inAllLanguages((l) => l.readOnlyCopy)],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) outcome = await running.open({ ...request, readOnlyCopy: true });
    else {
      app.exit(1);
      return null;
    }
  }
  if (!outcome.ok) {
    fail(`${CANNOT_OPEN}\n${dbPath}`, outcome.message);
    return null;
  }
  return { dbPath };
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
      additionalArguments: [callsArgument(CALL_NAMES)],
    },
  });
  if (maximized) win.maximize();
  trackWindowState(win, stateFile);
  const labels = () => MENU_LABELS[language()];
  // A native question naming the address: the page cannot answer it for the officer.
  const confirmOpen = (href: string) =>
    dialog
      .showMessageBox(win, {
        type: 'question',
        message: labels().openLinkQuestion,
        detail: href,
        buttons: [labels().openLink, labels().cancel],
        defaultId: 1,
        cancelId: 1,
      })
      .then(({ response }) => response === 0);
  confineToPage(win.webContents, confirmOpen);
  win.webContents.on('context-menu', (_event, params) => showContextMenu(win.webContents, params, language()));
  win.once('ready-to-show', () => win.show());

  // A crashed renderer is reloaded (edits are autosaved), a few times at most so a crash at start
  // does not loop forever.
  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (++reloads <= 3) win.webContents.reload();
    else
      fail(
        inAllLanguages((l) => l.windowStopped),
        details.reason,
      );
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
  const fromPage = (event: IpcMainEvent) => isOwnContents(event.sender) && isOwnFrame(event.senderFrame);
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

  win.loadURL(APP_URL).catch((error: unknown) => fail(`${inAllLanguages((l) => l.pageNotLoaded)}\n${RENDERER_DIR}`, error));
  return win;
}

async function start(): Promise<void> {
  serveRenderer(RENDERER_DIR);
  let win: BrowserWindow | null = null;
  // Events go to the one window's page, which subscribes through the preload's onEvent.
  const running = (backend = startBackend(
    (event) => {
      if (win && !win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
    },
    // The office sign-in lives in the OS keychain, not in the library file (UNTESTED).
    (session) => void keepSignIn(session),
  ));
  if (!(await openLibrary(running))) return;
  const settings = await running.call('getSettings', {});
  let language: Language = settings.ok ? settings.value.uiLanguage : 'az';
  installApplicationMenu(language);
  const info = await running.call('getAppInfo', {});
  if (info.ok) app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: info.value.version });

  const isOwnContents = (contents: WebContents | null) => !!win && !win.isDestroyed() && contents === win.webContents;

  for (const name of CALL_NAMES) {
    ipcMain.handle(callChannel(name), async (event: IpcMainInvokeEvent, args: unknown) => {
      // Only the top frame of our own page may call.
      if (!isOwnContents(event.sender) || !isOwnFrame(event.senderFrame)) {
        throw new Error(`Pressdesk refused ${name}: the caller is not Pressdesk's own page`);
      }
      const result = await running.relay(name, args);
      // The menu follows the UI language the moment the renderer changes it.
      const changed = name === 'updateSettings' && result.ok ? uiLanguage(result.value) : null;
      if (changed && changed !== language) {
        language = changed;
        installApplicationMenu(language);
      }
      return result;
    });
  }

  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event: IpcMainInvokeEvent, title: unknown) => {
    if (!win || !isOwnContents(event.sender) || !isOwnFrame(event.senderFrame)) return null;
    const chosen = await dialog.showOpenDialog(win, { title: String(title).slice(0, 200), properties: ['openDirectory', 'createDirectory'] });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  });

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
  .catch((error: unknown) =>
    fail(
      inAllLanguages((l) => l.cannotStart),
      error,
    ),
  );

// One window; closing it ends the app on every platform, so the database is closed with it.
app.on('window-all-closed', () => app.quit());

app.on('will-quit', () => {
  backend?.stop();
  backend = null;
});
