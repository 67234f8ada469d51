import { createHash } from 'node:crypto';
import type { ImportRecord, Release } from '../core/api';
import { docToText } from '../core/doc-text';
import type { CleanupChange, ImportedDraft, ImportWarning, WordReport } from '../core/import/types';
import type { Db } from './open';
import { createRelease, getRelease } from './releases';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';

export interface ImportSource {
  fileName: string;
  format: string;
  /** The decoded source of a plain-text import, kept so undone cleaner changes can be re-applied. */
  sourceText: string | null;
  /** A Word file as it came, kept so its tracked changes can be accepted or rejected later. */
  sourceBytes?: Uint8Array | null;
}

/** "Same text": the title and body text after import, so a file re-saved under another name is still caught. */
export function contentHash(draft: Pick<ImportedDraft, 'title' | 'body'>): string {
  const text = `${draft.title}\n${docToText(draft.body)}`.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text).digest('hex');
}

/** A release outside the trash that was imported from the same text, if any. */
export function findImportedCopy(db: Db, hash: string): { id: number; title: string } | undefined {
  return stmt(
    db,
    `SELECT releases.id, releases.title FROM imports JOIN releases ON releases.id = imports.release_id
     WHERE imports.content_hash = ? AND releases.deleted_at IS NULL ORDER BY releases.id LIMIT 1`,
  ).get(hash) as { id: number; title: string } | undefined;
}

export function createImportedRelease(db: Db, draft: ImportedDraft, source: ImportSource, now = Date.now()): Release {
  return writeTransaction(db, () => {
    const release = createRelease(
      db,
      { title: draft.title, lead: draft.lead, dateline: draft.dateline ?? '', releaseDate: draft.releaseDate, language: draft.language, body: draft.body },
      now,
    );
    stmt(
      db,
      `INSERT INTO imports (release_id, file_name, format, content_hash, source_text, source_bytes, word_json, changes_json, warnings_json, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      release.id,
      source.fileName,
      source.format,
      contentHash(draft),
      source.sourceText,
      source.sourceBytes ? Buffer.from(source.sourceBytes.buffer, source.sourceBytes.byteOffset, source.sourceBytes.byteLength) : null,
      draft.word ? JSON.stringify(draft.word) : null,
      JSON.stringify(draft.changes),
      JSON.stringify(draft.warnings),
      now,
    );
    return release;
  });
}

interface ImportRow {
  release_id: number;
  file_name: string;
  format: string;
  source_text: string | null;
  source_bytes: Buffer | null;
  word_json: string | null;
  changes_json: string;
  skipped_json: string;
  warnings_json: string;
  imported_at: number;
}

function readRow(db: Db, releaseId: number): ImportRow | undefined {
  return stmt(db, 'SELECT * FROM imports WHERE release_id = ?').get(releaseId) as ImportRow | undefined;
}

export function getImportRecord(db: Db, releaseId: number): ImportRecord | null {
  getRelease(db, releaseId);
  const row = readRow(db, releaseId);
  if (!row) return null;
  return {
    releaseId,
    fileName: row.file_name,
    format: row.format,
    changes: JSON.parse(row.changes_json) as CleanupChange[],
    skipped: JSON.parse(row.skipped_json) as string[],
    warnings: JSON.parse(row.warnings_json) as ImportWarning[],
    importedAt: row.imported_at,
    reapplicable: row.source_text !== null,
    ...(row.word_json !== null && { word: JSON.parse(row.word_json) as WordReport }),
  };
}

export function importSourceText(db: Db, releaseId: number): string | null {
  return readRow(db, releaseId)?.source_text ?? null;
}

/** The Word file a release was imported from, and the report of its first reading. */
export function importSourceWord(db: Db, releaseId: number): { bytes: Uint8Array; word: WordReport } | null {
  const row = readRow(db, releaseId);
  if (!row?.source_bytes || !row.word_json) return null;
  return { bytes: new Uint8Array(row.source_bytes), word: JSON.parse(row.word_json) as WordReport };
}

/** After the Word file was read again with another choice about its tracked changes. */
export function recordWordReapply(db: Db, releaseId: number, draft: ImportedDraft): void {
  stmt(db, 'UPDATE imports SET warnings_json = ?, word_json = ? WHERE release_id = ?').run(
    JSON.stringify(draft.warnings),
    JSON.stringify(draft.word ?? null),
    releaseId,
  );
}

/**
 * After a re-clean with some changes undone. The list of changes stays the first import's: ids are
 * stable for the same source, so an undone change can be listed and made again.
 */
export function recordReapply(db: Db, releaseId: number, draft: ImportedDraft, skipped: string[]): void {
  stmt(db, 'UPDATE imports SET skipped_json = ?, warnings_json = ? WHERE release_id = ?').run(
    JSON.stringify(skipped),
    JSON.stringify(draft.warnings),
    releaseId,
  );
}
