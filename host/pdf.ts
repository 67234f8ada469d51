import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findBrowser, noBrowserMessage } from './find-browser';
import { commandFor } from './find-executable';
import { CodedError } from '../core/errors';

/** Turns an export's standalone HTML into PDF bytes. Electron supplies its own (printToPDF). */
export type PrintPdf = (html: string) => Promise<Uint8Array>;

class PdfUnavailableError extends CodedError {
  constructor(message: string) {
    super('unavailable', message);
    this.name = 'PdfUnavailableError';
  }
}

const PRINT_TIMEOUT_MS = 60_000;

/**
 * Browser mode prints with the same Chromium the app runs in, headless, from a file in a private
 * folder: the page is self-contained (stylesheet and images embedded), so nothing is fetched.
 */
export function chromiumPrintPdf(browser = findBrowser()): PrintPdf {
  return async (html) => {
    if (!browser) {
      throw new PdfUnavailableError(`PDF needs a Chromium-family browser on this computer (or the desktop app): ${noBrowserMessage()}`);
    }
    const dir = await mkdtemp(join(tmpdir(), 'pressdesk-pdf-'));
    try {
      const page = join(dir, 'release.html');
      const pdf = join(dir, 'release.pdf');
      await writeFile(page, html);
      await run(browser, [
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        pathToFileURL(page).href,
      ]);
      const bytes = await readFile(pdf).catch(() => {
        throw new PdfUnavailableError('the browser ended without writing the PDF');
      });
      return new Uint8Array(bytes);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = commandFor(command, args, process);
    const child = spawn(start.command, start.args, { stdio: ['ignore', 'ignore', 'pipe'], windowsVerbatimArguments: start.windowsVerbatimArguments });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), PRINT_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PdfUnavailableError(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PdfUnavailableError(`printing to PDF failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
}
