import type { ImportOutcome, Release } from '../core/api';
import type { ImportedFile } from '../core/import/import-file';
import { importPlainText } from '../core/import/plain-text';
import { ImportRefusedError, type ImportedDraft, type TrackedChangeMode } from '../core/import/types';
import * as comments from '../db/comments';
import { NotFoundError } from '../db/errors';
import * as imports from '../db/imports';
import type { Db } from '../db/open';
import * as releases from '../db/releases';
import { writeRelease } from '../db/write-release';
import { writeTransaction } from '../db/write-transaction';
import { parseInWorker } from './parse-in-worker';

/** Imports one file, parsed in the worker; a refusal is an outcome to report, not an error. */
export async function importFile(db: Db, fileName: string, bytes: Uint8Array, force: boolean, trackedChanges?: TrackedChangeMode): Promise<ImportOutcome> {
  let file: ImportedFile;
  try {
    file = await parseInWorker({ kind: 'file', fileName, bytes, options: { trackedChanges } });
  } catch (error) {
    if (error instanceof ImportRefusedError) return { fileName, status: 'refused', reason: { code: error.refusal, message: error.message } };
    throw error;
  }
  const { draft } = file;
  if (!force) {
    const copy = imports.findImportedCopy(db, imports.contentHash(draft));
    if (copy) return { fileName, status: 'duplicate', duplicateOf: copy };
  }
  const release = writeTransaction(db, () => {
    const created = imports.createImportedRelease(db, draft, {
      fileName,
      format: file.format,
      sourceText: file.sourceText,
      sourceBytes: file.format === 'docx' ? bytes : null,
    });
    addWordComments(db, created.id, draft);
    return created;
  });
  return { fileName, status: 'imported', release, warnings: draft.warnings, changes: draft.changes };
}

/** Word comments become the release's comment threads (origin 'word'), dated and signed as in Word. */
function addWordComments(db: Db, releaseId: number, draft: ImportedDraft): void {
  const existing = new Set(comments.listComments(db, releaseId).map((c) => c.id));
  for (const c of draft.word?.comments ?? []) {
    if (existing.has(c.threadId)) continue;
    const at = c.date ? Date.parse(c.date) : Number.NaN;
    comments.addComment(
      db,
      releaseId,
      { id: c.threadId, author: c.author ?? 'Word', text: c.text, quote: c.quote, origin: 'word' },
      Number.isFinite(at) ? at : Date.now(),
    );
  }
}

/** The kept Word file read again with the officer's choice about its tracked changes, its comments in the same threads. */
export async function readWordAgain(db: Db, releaseId: number, trackedChanges: TrackedChangeMode): Promise<ImportedDraft> {
  const source = imports.importSourceWord(db, releaseId);
  if (source === null) throw new NotFoundError('Word import of release', releaseId);
  const threads = Object.fromEntries(source.word.comments.map((c) => [c.id, c.threadId]));
  const read = await parseInWorker({ kind: 'file', fileName: 'source.docx', bytes: source.bytes, options: { trackedChanges, commentThreads: threads } });
  return read.draft;
}

/** The release replaced by a new reading of its Word file; the replaced text stays in the history. */
export function saveWordReapply(db: Db, releaseId: number, revision: number, draft: ImportedDraft): Release {
  const current = releases.getRelease(db, releaseId);
  return writeRelease(db, releaseId, {
    expected: revision,
    fields: { title: draft.title || current.title, lead: draft.lead || current.lead, body: draft.body },
    keepReplaced: 'explicit',
    snapshot: 'auto',
    alongside: () => {
      imports.recordWordReapply(db, releaseId, draft);
      addWordComments(db, releaseId, draft);
    },
  });
}

/** The kept source cleaned again with the listed changes undone; the replaced text stays in the history. */
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
