// One entry for every importer: picks the reader from the file's name and its first bytes, and
// refuses what none of them reads with a reason the officer can act on.
import { decodeText } from './decode';
import { importDocx, type DocxImportOptions } from './docx-import';
import { importHtml } from './html-import';
import { importMarkdown } from './markdown-import';
import { importPlainText } from './plain-text';
import { docProblem } from '../doc-attrs';
import { foldWarnings, ImportRefusedError, type ImportedDraft } from './types';

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface ImportedFile {
  format: ImportFormat;
  draft: ImportedDraft;
  /** The decoded source of a plain-text file, kept so undone cleaner changes can be re-applied. */
  sourceText: string | null;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** Formats people send that we cannot read, with what to do instead. */
const REFUSED: Record<string, string> = {
  doc: 'old Word .doc files cannot be read: open the file in Word or LibreOffice and save it as .docx',
  rtf: 'RTF files cannot be read: save the file as .docx',
  odt: 'OpenDocument files cannot be read yet: save the file as .docx',
  pdf: 'text cannot be taken reliably from a PDF: import the Word file or the web page it was made from',
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const refusal = REFUSED[extension];
  if (refusal) throw new ImportRefusedError('unsupported-format', refusal);
  const byName = EXTENSIONS[extension];
  const zip = ZIP.every((byte, i) => bytes[i] === byte);
  if (byName === 'docx' || (zip && !byName)) {
    if (!zip) throw new ImportRefusedError('damaged', 'the file is named .docx but is not a Word document (it is not a ZIP package)');
    return 'docx';
  }
  if (byName) return byName;
  if (zip) throw new ImportRefusedError('unsupported-format', 'the file is a ZIP package that is not a Word document');
  return 'text';
}

export async function importFileBytes(fileName: string, bytes: Uint8Array, options: DocxImportOptions = {}): Promise<ImportedFile> {
  const file = await readFile(fileName, bytes, options);
  // A release that came in must also be one that can be saved again.
  const problem = docProblem(file.draft.body);
  if (problem) throw new ImportRefusedError(problem.code === 'too-deep' ? 'too-deep' : problem.code === 'too-long' ? 'too-long' : 'damaged', problem.message);
  file.draft.warnings = foldWarnings(file.draft.warnings);
  return file;
}

async function readFile(fileName: string, bytes: Uint8Array, options: DocxImportOptions): Promise<ImportedFile> {
  if (bytes.byteLength === 0) throw new ImportRefusedError('empty', 'the file is empty');
  const format = detectFormat(fileName, bytes);
  if (format === 'docx') return { format, draft: await importDocx(bytes, options), sourceText: null };
  const { text, encoding, guessed } = decodeText(bytes);
  if (!text.trim()) throw new ImportRefusedError('empty', 'the file holds no text');
  const draft = format === 'markdown' ? importMarkdown(text) : format === 'html' ? importHtml(text) : importPlainText(text);
  // UTF-8 that decodes cleanly is as good as stated; any other guess the officer should check.
  if (guessed && encoding !== 'utf-8') draft.warnings.push({ code: 'encoding-guessed', detail: encoding });
  return { format, draft, sourceText: format === 'text' ? text : null };
}
