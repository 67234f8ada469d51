// The translation workspace's files: XLIFF out to an outside translator and back in, and the
// memory as TMX for other tools. Written into the export folder like every other export.
import type { ExportedFile, SegmentStatus, TranslationView } from '../core/api';
import { exportFileName } from '../core/export/file-name';
import { writeTmx, type TmxWarning } from '../core/translate/tmx';
import { writeXliff, type SegmentState, type XliffConflict, type XliffDialect } from '../core/translate/xliff';
import type { Db } from '../db/open';
import { addUnits, allUnits } from '../db/translation-memory';
import { getTranslation, saveSegment } from '../db/translations';
import { writeTransaction } from '../db/write-transaction';
import { writeUniqueFile } from './export-file';
import { parseInWorker } from './parse-in-worker';
import pkg from '../package.json';

const STATE_OF: Record<SegmentStatus, SegmentState> = { empty: 'initial', draft: 'initial', translated: 'translated', reviewed: 'reviewed' };
const STATUS_OF: Record<SegmentState, SegmentStatus> = { initial: 'draft', translated: 'translated', reviewed: 'reviewed', final: 'reviewed' };

export function exportXliff(db: Db, targetId: number, folder: string, version: XliffDialect = '2.0'): Promise<ExportedFile> {
  const { source, target, segments } = getTranslation(db, targetId);
  const xml = writeXliff(
    {
      id: target.id,
      srcLang: source.language,
      trgLang: target.language,
      segments: segments.map((s) => ({ id: s.id, source: s.source, ...(s.target && { target: s.target }), state: STATE_OF[s.status] })),
    },
    version,
  );
  const name = exportFileName({ ...source, language: target.language }, 'xlf').replace(
    /\.xlf$/,
    `-${source.language}-${target.language}${version === '1.2' ? '-xliff12' : ''}.xlf`,
  );
  return writeUniqueFile(folder, name, new TextEncoder().encode(xml));
}

/**
 * Takes the translations of a returned XLIFF file. A segment whose source changed since the file
 * was made, or whose codes do not match, is reported and left as it is: the officer decides.
 * The file is read in the parse worker; the segments are compared again as they are after it.
 */
export async function importXliff(
  db: Db,
  targetId: number,
  bytes: Uint8Array,
): Promise<{ updated: number; conflicts: XliffConflict[]; view: TranslationView }> {
  const before = getTranslation(db, targetId);
  const expected = { srcLang: before.source.language, trgLang: before.target.language, segments: before.segments.map(({ id, source }) => ({ id, source })) };
  const read = await parseInWorker({ kind: 'xliff', bytes, expected });
  const blocked = new Set(read.conflicts.flatMap((c) => (c.kind === 'source-changed' || c.kind === 'placeholders' ? [c.id] : [])));
  const current = new Map(getTranslation(db, targetId).segments.map((s) => [s.id, s]));
  let updated = 0;
  writeTransaction(db, () => {
    for (const t of read.targets) {
      const status = STATUS_OF[t.state];
      const now = current.get(t.id);
      if (blocked.has(t.id) || !now || (now.target === t.text && now.status === status)) continue;
      saveSegment(db, targetId, t.id, t.text, status);
      updated++;
    }
  });
  return { updated, conflicts: read.conflicts, view: getTranslation(db, targetId) };
}

export function exportTmx(db: Db, folder: string): Promise<ExportedFile> {
  const xml = writeTmx(allUnits(db), { srcLang: 'az', adminLang: 'en', creationTool: 'Pressdesk', creationToolVersion: pkg.version });
  const date = new Date().toISOString().slice(0, 10);
  return writeUniqueFile(folder, `${date}-pressdesk-memory.tmx`, new TextEncoder().encode(xml));
}

export async function importTmx(db: Db, fileName: string, bytes: Uint8Array): Promise<{ added: number; refreshed: number; warnings: TmxWarning[] }> {
  const read = await parseInWorker({ kind: 'tmx', bytes });
  const { added, refreshed } = addUnits(
    db,
    read.units.map((unit) => ({ ...unit, origin: `tmx:${fileName}` as const })),
  );
  return { added, refreshed, warnings: read.warnings };
}
