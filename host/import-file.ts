import type { ImportOutcome, Release } from '../core/api';
import { importFileBytes, type ImportedFile } from '../core/import/import-file';
import { importPlainText } from '../core/import/plain-text';
import { ImportRefusedError } from '../core/import/types';
import { NotFoundError } from '../db/errors';
import * as imports from '../db/imports';
import type { Db } from '../db/open';
import * as releases from '../db/releases';
import { writeRelease } from '../db/write-release';

/** Imports one file; a refusal is an outcome to report, not an error. */
export async function importFile(db: Db, fileName: string, bytes: Uint8Array, force: boolean): Promise<ImportOutcome> {
  let file: ImportedFile;
  try {
    file = await importFileBytes(fileName, bytes);
  } catch (error) {
    if (error instanceof ImportRefusedError) return { fileName, status: 'refused', reason: { code: error.code, message: error.message } };
    throw error;
  }
  const { draft } = file;
  if (!force) {
    const copy = imports.findImportedCopy(db, imports.contentHash(draft));
    if (copy) return { fileName, status: 'duplicate', duplicateOf: copy };
  }
  const release = imports.createImportedRelease(db, draft, { fileName, format: file.format, sourceText: file.sourceText });
  return { fileName, status: 'imported', release, warnings: draft.warnings, changes: draft.changes };
}

/**
 * The kept source cleaned again with the listed changes undone. The replaced text stays in the
 * history and the translated versions' changed sentences are marked outdated, as for any save.
 */
export function reapplyImport(db: Db, releaseId: number, revision: number, skip: string[]): Release {
  const source = imports.importSourceText(db, releaseId);
  if (source === null) throw new NotFoundError('plain-text import of release', releaseId);
  const current = releases.getRelease(db, releaseId);
  const draft = importPlainText(source, { skip, language: current.language });
  return writeRelease(db, releaseId, {
    expected: revision,
    fields: { title: draft.title, lead: draft.lead, releaseDate: draft.releaseDate ?? current.releaseDate, body: draft.body },
    keepReplaced: 'explicit',
    snapshot: 'auto',
    alongside: () => imports.recordReapply(db, releaseId, draft, skip),
  });
}
