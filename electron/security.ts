// What the renderer may reach and ask for. The page is our own, but it shows text pasted from
// anywhere, so a slip in the editor must not turn into a way out of the sandbox.
import { readFile } from 'node:fs/promises';
import { protocol, shell, type Session, type WebContents, type WebFrameMain } from 'electron';
import { contentType, rendererFile, SECURITY_HEADERS } from '../host/renderer-files';

/** Permissions the page gets: writing to the clipboard (copying a release as HTML); nothing else. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * The page's own origin. A custom scheme instead of file://: the page gets an origin of its own
 * (not every file on disk), and its responses can carry headers, the Content Security Policy first.
 */
const APP_SCHEME = 'app';
const APP_HOST = 'pressdesk';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Before the app is ready: the scheme behaves as a secure, standard origin (fetch, storage, CSP). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves `root` (dist/renderer) on app://pressdesk/, every response with the CSP as a header. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = url.host === APP_HOST ? rendererFile(root, decodeURIComponent(url.pathname)) : null;
    if (!found) return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    try {
      const body = await readFile(found.file);
      return new Response(body, { headers: { ...SECURITY_HEADERS, 'content-type': contentType(found.file) } });
    } catch {
      return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
    }
  });
}

/** Whether `raw` is an address of our own page. */
function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The top frame of our own page, not an iframe or a page it navigated to. */
export function isOwnFrame(frame: WebFrameMain | null): boolean {
  return !!frame && !frame.parent && isAppUrl(frame.url);
}

/**
 * Opens a web link in the user's browser once the officer agreed to that very address (a link in
 * a pasted text may look like one place and lead to another); any other scheme (file:, smb:,
 * custom handlers) is dropped.
 */
function openExternally(raw: string, confirm: (href: string) => Promise<boolean>): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  void confirm(url.href).then((agreed) => {
    if (!agreed) return;
    shell.openExternal(url.href).catch((error: Error) => console.warn(`Pressdesk: could not open ${url.href}: ${error.message}`));
  });
}

/** Permissions are refused unless listed. */
export function guardPermissions(session: Session, isOwnContents: (contents: WebContents | null) => boolean): void {
  const allowed = (contents: WebContents | null, permission: string) => ALLOWED_PERMISSIONS.has(permission) && isOwnContents(contents);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(contents, permission)));
  session.setPermissionCheckHandler((contents, permission) => allowed(contents, permission));
}

/**
 * The window never leaves our page: links and dropped files would replace the editor (and unsaved
 * work) with something else. Web links open in the browser instead, if the officer agrees; new
 * windows are never made.
 */
export function confineToPage(contents: WebContents, confirm: (href: string) => Promise<boolean>): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternally(event.url, confirm);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, confirm);
    return { action: 'deny' };
  });
}
