// The website's CMS takes rich text from the clipboard; where the clipboard cannot carry HTML
// (some Linux desktops, older browsers) the plain text still goes.
export async function copyHtml(html: string, text: string): Promise<'html' | 'text'> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'html';
    } catch {
      // Refused for HTML only on some platforms; the plain text below may still be accepted.
    }
  }
  await navigator.clipboard.writeText(text);
  return 'text';
}
