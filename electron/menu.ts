// The native application menu and the editing context menu, in the UI language.
import { app, BrowserWindow, Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { IMPORT_INPUT_ID, type Language, type MenuCommand } from '../core/api';
import { COMMAND_CHANNEL } from './channels';
import { MENU_LABELS } from '../renderer/i18n/menu-labels';

const separator: MenuItemConstructorOptions = { type: 'separator' };

function sendToFocused(command: MenuCommand): () => void {
  return () => BrowserWindow.getFocusedWindow()?.webContents.send(COMMAND_CHANNEL, command);
}

/**
 * Chromium opens a file picker only in answer to a user gesture, and a message over IPC is none;
 * executeJavaScript with userGesture is, so the menu clicks the page's own file input that way.
 */
function openImportPicker(): void {
  void BrowserWindow.getFocusedWindow()?.webContents.executeJavaScript(`document.getElementById('${IMPORT_INPUT_ID}')?.click()`, true);
}

export function installApplicationMenu(language: Language): void {
  const t = MENU_LABELS[language];
  const mac = process.platform === 'darwin';
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t.quit };
  const about: MenuItemConstructorOptions = { role: 'about', label: t.about };
  const template: MenuItemConstructorOptions[] = [
    // macOS keeps About, Services, Hide and Quit in the menu named after the app.
    ...(mac
      ? [
          {
            label: app.name,
            submenu: [
              about,
              separator,
              { role: 'services', label: t.services },
              separator,
              { role: 'hide', label: t.hide },
              { role: 'hideOthers', label: t.hideOthers },
              { role: 'unhide', label: t.showAll },
              separator,
              quit,
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t.file,
      submenu: [
        { label: t.newRelease, accelerator: 'CmdOrCtrl+N', click: sendToFocused('new') },
        { label: t.importFiles, accelerator: 'CmdOrCtrl+O', click: openImportPicker },
        { label: t.saveRevision, accelerator: 'CmdOrCtrl+S', click: sendToFocused('save') },
        ...(mac ? [] : [separator, quit]),
      ],
    },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        separator,
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { label: t.find, accelerator: 'CmdOrCtrl+F', click: sendToFocused('find') },
        // Reload drops unsaved edits and devtools open the app's internals: for development only.
        ...(app.isPackaged ? [] : [separator, { role: 'reload', label: t.reload } as const, { role: 'toggleDevTools', label: t.devTools } as const]),
        separator,
        { role: 'resetZoom', label: t.actualSize },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        separator,
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      role: 'window',
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    ...(mac ? [] : [{ label: t.help, role: 'help', submenu: [about] } satisfies MenuItemConstructorOptions]),
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Electron shows no context menu by itself: without this, spelling suggestions and paste by mouse are missing. */
export function showContextMenu(contents: WebContents, params: ContextMenuParams, language: Language): void {
  const t = MENU_LABELS[language];
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    items.push(
      ...suggestions.map((word) => ({ label: word, click: () => contents.replaceMisspelling(word) })),
      ...(suggestions.length ? [] : [{ label: t.noSuggestions, enabled: false }]),
      { label: t.addToDictionary, click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) },
      separator,
    );
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: t.cut, enabled: params.editFlags.canCut },
      { role: 'copy', label: t.copy, enabled: params.editFlags.canCopy },
      { role: 'paste', label: t.paste, enabled: params.editFlags.canPaste },
      separator,
      { role: 'selectAll', label: t.selectAll },
    );
  } else if (params.selectionText) {
    items.push({ role: 'copy', label: t.copy });
  }
  if (items.length) Menu.buildFromTemplate(items).popup();
}
