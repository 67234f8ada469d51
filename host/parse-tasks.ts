// What the parse worker does with each kind of untrusted file: bytes in, plain data out. Nothing
// here touches the database; the host stores what comes back.
import { decodeText } from '../core/import/decode';
import { detectFormat, importFileBytes, type ImportedFile } from '../core/import/import-file';
import type { DocxImportOptions } from '../core/import/docx-import';
import { readTbx } from '../core/translate/tbx';
import type { TermInput } from '../core/translate/termbase';
import { readTermsCsv } from '../core/translate/termbase-csv';
import { readTmx, type TmxRead } from '../core/translate/tmx';
import { readXliff, type ExpectedVersion, type XliffRead } from '../core/translate/xliff';
import { checkZipLimits } from './zip-limits';

export type ParseTask =
  | { kind: 'file'; fileName: string; bytes: Uint8Array; options?: DocxImportOptions }
  | { kind: 'xliff'; bytes: Uint8Array; expected: ExpectedVersion }
  | { kind: 'tmx'; bytes: Uint8Array }
  | { kind: 'terms'; format: 'csv' | 'tbx'; bytes: Uint8Array };

export interface TermsRead {
  terms: TermInput[];
  problems: { line?: number; reason: string }[];
}

export interface ParseResults {
  file: ImportedFile;
  xliff: XliffRead;
  tmx: TmxRead;
  terms: TermsRead;
}

export async function runParseTask(task: ParseTask): Promise<ParseResults[ParseTask['kind']]> {
  switch (task.kind) {
    case 'file':
      // The package is judged before JSZip or mammoth inflate any of it.
      if (task.bytes.byteLength && detectFormat(task.fileName, task.bytes) === 'docx') checkZipLimits(task.bytes);
      return importFileBytes(task.fileName, task.bytes, task.options);
    case 'xliff':
      return readXliff(decodeText(task.bytes).text, task.expected);
    case 'tmx':
      return readTmx(decodeText(task.bytes).text);
    case 'terms': {
      const text = decodeText(task.bytes).text;
      if (task.format === 'csv') return readTermsCsv(text);
      const read = readTbx(text);
      return {
        terms: read.terms.map(({ id: _id, ...term }) => term),
        problems: read.problems.map((p) => ({ reason: `entry ${p.entry}${p.id ? ` (${p.id})` : ''}: ${p.reason}` })),
      };
    }
  }
}
