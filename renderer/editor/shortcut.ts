// Shortcut names as each platform writes them: ⌘S on a Mac, Ctrl+S elsewhere.
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

export function shortcut(key: string, shift = false): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

export function withShortcut(label: string, key: string, shift = false): string {
  return `${label} (${shortcut(key, shift)})`;
}
