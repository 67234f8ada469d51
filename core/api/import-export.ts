// The contract, import and export: files in (text, Markdown, HTML, Word), releases out (HTML, DOCX, PDF).
import { z } from 'zod';
import { ExportFolderPath } from '../export/folder';
import { TRACKED_CHANGE_MODES, type CleanupChange, type ImportWarning, type RefusalCode, type WordReport } from '../import/types';
import { MAX_IMPORT_BYTES } from '../limits';
import type { Release } from '../model';
import { call } from './call';
import { id, MAX_IMPORT_BASE64 } from './schemas';

export const EXPORT_FORMATS = ['html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { MAX_IMPORT_BYTES };

export type ImportOutcome = { fileName: string } & (
  | { status: 'imported'; release: Release; warnings: ImportWarning[]; changes: CleanupChange[] }
  | { status: 'duplicate'; duplicateOf: { id: number; title: string } }
  | { status: 'refused'; reason: { code: RefusalCode; message: string } }
);

export interface ImportRecord {
  releaseId: number;
  fileName: string;
  format: string;
  changes: CleanupChange[];
  skipped: string[];
  warnings: ImportWarning[];
  importedAt: number;
  /** Whether the cleaner can run again with other changes undone (plain text only). */
  reapplicable: boolean;
  /** Word files: tracked changes, comments, header and footer text, and what was done with the changes. */
  word?: WordReport;
}

export interface ExportedFile {
  path: string;
  fileName: string;
  bytes: number;
}

export const importExportCalls = {
  /**
   * One file the officer dropped or picked, its bytes in base64 (JSON carries no binary). A file
   * whose text was imported before comes back as `duplicate` unless `force` is set.
   */
  importFile: call(
    z.strictObject({
      fileName: z.string().min(1).max(255),
      data: z.string().max(MAX_IMPORT_BASE64),
      force: z.boolean().default(false),
      /** Word files: what to do with tracked changes (default: keep them as marks to resolve). */
      trackedChanges: z.enum(TRACKED_CHANGE_MODES).optional(),
    }),
  ).returns<ImportOutcome>(),
  getImportRecord: call(z.strictObject({ releaseId: id })).returns<ImportRecord | null>(),
  /**
   * Runs the plain-text cleaner again over the kept source with the listed changes undone, or reads
   * a kept Word file again with another choice about its tracked changes.
   */
  reapplyImport: call(
    z.strictObject({
      releaseId: id,
      revision: z.number().int().min(1),
      skip: z.array(z.string().min(1).max(64)).max(10_000),
      trackedChanges: z.enum(TRACKED_CHANGE_MODES).optional(),
    }),
  ).returns<Release>(),
  /** Writes the release as a file into `folder` (default: the export settings' folder) and names the file. */
  exportRelease: call(
    z.strictObject({
      id,
      format: z.enum(EXPORT_FORMATS),
      folder: ExportFolderPath.optional(),
      /** A translated version with QA errors is exported only when the officer consciously overrides them. */
      overrideQa: z.boolean().default(false),
    }),
  ).returns<ExportedFile>(),
  /**
   * A file exported in this session opened with the system's default application, or shown in its
   * folder. Any other path is refused (`invalid`): the page cannot make the host open arbitrary files.
   */
  openExport: call(z.strictObject({ path: z.string().min(1).max(4096), how: z.enum(['open', 'reveal']) })).returns<{ path: string }>(),
  /**
   * The article as an HTML fragment for the website's CMS, and as plain text for clipboards without
   * HTML. Asked for only to copy it, so it is logged as a publication ("copy HTML").
   */
  getHtmlFragment: call(z.strictObject({ id })).returns<{ html: string; text: string }>(),
};
