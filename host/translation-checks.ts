// What the translation workspace checks against: the termbase joined with the registry's names and
// titles, and the QA a version must pass before it goes out.
import type { ExportedFile } from '../core/api';
import { asRegistryEntry } from '../core/registry/registry-entry';
import { checkVersion, type QaIssue } from '../core/translate/qa';
import { writeTbx } from '../core/translate/tbx';
import { findTerms, termsFromRegistry, type Term, type TermHit } from '../core/translate/termbase';
import { writeTermsCsv } from '../core/translate/termbase-csv';
import { activeEntities, releaseTags } from '../db/entities';
import { NotFoundError } from '../db/errors';
import type { Db } from '../db/open';
import { addTerms, listTerms } from '../db/terms';
import { getTranslation, sourceOf } from '../db/translations';
import { writeUniqueFile } from './export-file';
import { parseInWorker } from './parse-in-worker';
import { CodedError } from '../core/errors';

/** A version's export refused because QA found errors the officer has not overridden. */
export class QaBlockedError extends CodedError {
  constructor(readonly qaIssues: QaIssue[]) {
    super(
      'blocked',
      `quality checks found ${qaIssues.length} error(s) in this version; fix them or export anyway`,
      qaIssues.map((issue) => `${issue.check}${issue.segmentId ? ` (${issue.segmentId})` : ''}: ${issue.detail}`),
    );
    this.name = 'QaBlockedError';
  }
}

function allTerms(db: Db): Term[] {
  return [...listTerms(db), ...termsFromRegistry(activeEntities(db).map(asRegistryEntry))];
}

export function segmentTerms(db: Db, targetId: number, segmentId: string): TermHit[] {
  const { source, segments } = getTranslation(db, targetId);
  const segment = segments.find((s) => s.id === segmentId);
  if (!segment) throw new NotFoundError(`segment ${segmentId} of version`, targetId);
  return findTerms(segment.source, source.language, allTerms(db));
}

export function runQa(db: Db, targetId: number): QaIssue[] {
  const { source, target, segments } = getTranslation(db, targetId);
  return checkVersion({
    sourceLang: source.language,
    targetLang: target.language,
    segments: segments.map((s) => ({ id: s.id, source: s.source, target: s.target, status: s.status, outdated: s.outdatedFrom !== null })),
    terms: allTerms(db),
    taggedInSource: releaseTags(db, source.id).filter((tag) => tag.kind === 'person' || tag.kind === 'organization'),
  });
}

/** Before a version is exported: its QA errors stop the export unless overridden. Other releases pass. */
export function assertExportable(db: Db, id: number, overrideQa: boolean): void {
  if (overrideQa || sourceOf(db, id) === null) return;
  const errors = runQa(db, id).filter((issue) => issue.severity === 'error');
  if (errors.length) throw new QaBlockedError(errors);
}

/** Terms from a CSV or TBX file, read in the parse worker. */
export async function importTerms(db: Db, format: 'csv' | 'tbx', bytes: Uint8Array) {
  const read = await parseInWorker({ kind: 'terms', format, bytes });
  return { ...addTerms(db, read.terms), problems: read.problems };
}

export function exportTerms(db: Db, format: 'csv' | 'tbx', folder: string): Promise<ExportedFile> {
  const terms = listTerms(db);
  const text = format === 'csv' ? writeTermsCsv(terms) : writeTbx(terms);
  return writeUniqueFile(folder, `${new Date().toISOString().slice(0, 10)}-pressdesk-termbase.${format}`, new TextEncoder().encode(text));
}
