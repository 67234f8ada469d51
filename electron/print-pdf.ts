import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintPdf } from '../host/pdf';

/**
 * printToPDF from a hidden window with scripts off: the export page is self-contained, so the PDF
 * is exactly what browser mode prints with Chromium.
 */
export const electronPrintPdf: PrintPdf = async (html) => {
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-pdf-'));
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } });
  try {
    const page = join(dir, 'release.html');
    await writeFile(page, html);
    await win.loadFile(page);
    // The export's @page rule sets the margins its page-number and header boxes are printed in.
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
