// What the renderer may reach and ask for. The page is our own file, but it shows text pasted
// from anywhere, so a slip in the editor must not turn into a way out of the sandbox.
import { fileURLToPath } from 'node:url';
import { shell, type Session, type WebContents, type WebFrameMain } from 'electron';

/** Permissions the page gets: writing to the clipboard (copying a release as HTML); nothing else. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/** Whether `raw` is the file:// address of `html` (query and fragment aside). */
export function isFileUrlOf(raw: string, html: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'file:') return false;
    const file = fileURLToPath(url);
    // Windows paths are case-insensitive and Chromium may change the drive letter's case.
    return process.platform === 'win32' ? file.toLowerCase() === html.toLowerCase() : file === html;
  } catch {
    return false;
  }
}

/** The top frame of our own page, not an iframe or a page it navigated to. */
export function isOwnFrame(frame: WebFrameMain | null, html: string): boolean {
  return !!frame && !frame.parent && isFileUrlOf(frame.url, html);
}

/** Opens web links in the user's browser; any other scheme (file:, smb:, custom handlers) is dropped. */
export function openExternally(raw: string): void {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      shell.openExternal(url.href).catch((error: Error) => console.warn(`Pressdesk: could not open ${url.href}: ${error.message}`));
    }
  } catch {
    // Not a URL: nothing to open.
  }
}

/**
 * Permissions are refused unless listed. (The Content Security Policy is the <meta> in index.html:
 * headers set through webRequest are not reliably applied to file:// pages.)
 */
export function guardPermissions(session: Session, isOwnContents: (contents: WebContents | null) => boolean): void {
  const allowed = (contents: WebContents | null, permission: string) => ALLOWED_PERMISSIONS.has(permission) && isOwnContents(contents);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(contents, permission)));
  session.setPermissionCheckHandler((contents, permission) => allowed(contents, permission));
}

/**
 * The window never leaves `html`: links and dropped files would replace the editor (and unsaved
 * work) with something else. Web links open in the browser instead; new windows are never made.
 */
export function confineToPage(contents: WebContents, html: string): void {
  contents.on('will-navigate', (event) => {
    if (isFileUrlOf(event.url, html)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}
