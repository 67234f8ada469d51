// Translated versions and their segments. A version is an ordinary release linked to its source;
// its title, lead and body are rebuilt from its segments whenever one is saved, and the source's
// saves mark the segments whose sentence changed as outdated.
import type { Language, Release, SegmentStatus, TranslationSegment, TranslationView, VersionState } from '../core/api';
import { releaseSegments, versionFields, type SourceSegment } from '../core/translate/version-text';
import type { Placeholder } from '../core/translate/segment';
import { InvalidRequestError, NotFoundError } from './errors';
import type { Db } from './open';
import { getRelease } from './release-read';
import { insertRelease, writeFields } from './release-rows';
import { stmt } from './statements';
import { addUnit, prefill } from './translation-memory';
import { writeTransaction } from './write-transaction';

interface SegmentRow {
  segment_id: string;
  position: number;
  source_text: string;
  marks_json: string;
  target_text: string;
  status: SegmentStatus;
  outdated_from: string | null;
}

const EMPTY_DOC = { type: 'doc', content: [{ type: 'paragraph' }] };

export function sourceOf(db: Db, targetId: number): number | null {
  return (stmt(db, 'SELECT source_id FROM translation_links WHERE target_id = ?').pluck().get(targetId) as number | undefined) ?? null;
}

/** The version of `sourceId` in `language`, made now with every segment empty if there is none yet. */
export function createVersion(db: Db, sourceId: number, language: Language, now = Date.now()): Release {
  return writeTransaction(db, () => {
    const source = getRelease(db, sourceId);
    if (source.language === language) throw new InvalidRequestError('a release cannot be translated into its own language');
    const existing = stmt(
      db,
      `SELECT l.target_id FROM translation_links l JOIN releases r ON r.id = l.target_id
       WHERE l.source_id = ? AND r.language = ? AND r.deleted_at IS NULL`,
    )
      .pluck()
      .get(sourceId, language) as number | undefined;
    if (existing) return getRelease(db, existing);
    const version = insertRelease(db, { title: '', lead: '', dateline: '', releaseDate: source.releaseDate, language, status: 'draft', body: EMPTY_DOC }, now);
    stmt(db, 'INSERT INTO translation_links (target_id, source_id) VALUES (?, ?)').run(version.id, sourceId);
    const insert = stmt(
      db,
      `INSERT INTO translation_segments (target_id, segment_id, position, source_text, marks_json, status, updated_at)
       VALUES (?, ?, ?, ?, ?, 'empty', ?)`,
    );
    releaseSegments(source).forEach((segment, position) => insert.run(version.id, segment.id, position, segment.text, JSON.stringify(segment.marks), now));
    return rebuild(db, version.id, now);
  });
}

function rows(db: Db, targetId: number): SegmentRow[] {
  return stmt(db, 'SELECT * FROM translation_segments WHERE target_id = ? ORDER BY position').all(targetId) as SegmentRow[];
}

function toSegment(row: SegmentRow): TranslationSegment {
  return {
    id: row.segment_id,
    source: row.source_text,
    target: row.target_text,
    status: row.status,
    outdatedFrom: row.outdated_from,
    marks: JSON.parse(row.marks_json) as Record<string, Placeholder>,
  };
}

/** The version's fields from its segments, over the source's current structure. */
function rebuild(db: Db, targetId: number, now: number): Release {
  const sourceId = sourceOf(db, targetId);
  if (sourceId === null) throw new NotFoundError('translated version', targetId);
  const source = getRelease(db, sourceId);
  const segments = rows(db, targetId).map((row) => ({ id: row.segment_id, target: row.target_text, marks: JSON.parse(row.marks_json) }));
  return writeFields(db, getRelease(db, targetId), versionFields(source.body, segments), now);
}

export function getTranslation(db: Db, targetId: number): TranslationView {
  const sourceId = sourceOf(db, targetId);
  if (sourceId === null) throw new NotFoundError('translated version', targetId);
  return { source: getRelease(db, sourceId), target: getRelease(db, targetId), segments: rows(db, targetId).map(toSegment) };
}

/**
 * Saves one segment's translation. A confirmed one (translated, reviewed) goes into the memory and
 * is no longer outdated: the translator has seen the new source.
 */
export function saveSegment(db: Db, targetId: number, segmentId: string, target: string, status: SegmentStatus, now = Date.now()): TranslationView {
  writeTransaction(db, () => {
    const row = stmt(db, 'SELECT * FROM translation_segments WHERE target_id = ? AND segment_id = ?').get(targetId, segmentId) as SegmentRow | undefined;
    if (!row) throw new NotFoundError(`segment ${segmentId} of version`, targetId);
    const confirmed = status === 'translated' || status === 'reviewed';
    const effective: SegmentStatus = target.trim() ? status : 'empty';
    stmt(
      db,
      `UPDATE translation_segments SET target_text = ?, status = ?, outdated_from = CASE WHEN ? THEN NULL ELSE outdated_from END,
         updated_at = ? WHERE target_id = ? AND segment_id = ?`,
    ).run(target, effective, confirmed ? 1 : 0, now, targetId, segmentId);
    if (confirmed && target.trim()) {
      const source = getRelease(db, sourceOf(db, targetId)!);
      const version = getRelease(db, targetId);
      addUnit(db, { sourceLang: source.language, targetLang: version.language, source: row.source_text, target, origin: `release:${targetId}` }, now);
    }
    rebuild(db, targetId, now);
  });
  return getTranslation(db, targetId);
}

/**
 * After the source was saved: each version's segments follow the source's new sentences. A sentence
 * found unchanged keeps its translation; one changed in place keeps it too but is marked outdated
 * with the sentence it translated; new sentences come empty, removed ones go.
 */
export function syncVersionsOf(db: Db, sourceId: number, now = Date.now()): void {
  const targets = stmt(db, 'SELECT target_id FROM translation_links WHERE source_id = ?').pluck().all(sourceId) as number[];
  if (!targets.length) return;
  const fresh = releaseSegments(getRelease(db, sourceId));
  for (const targetId of targets) syncVersion(db, targetId, fresh, now);
}

function syncVersion(db: Db, targetId: number, fresh: SourceSegment[], now: number): void {
  const old = rows(db, targetId);
  const byText = new Map<string, SegmentRow[]>();
  for (const row of old) byText.set(row.source_text, [...(byText.get(row.source_text) ?? []), row]);
  const byId = new Map(old.map((row) => [row.segment_id, row]));
  const used = new Set<SegmentRow>();
  const take = (row: SegmentRow | undefined) => (row && !used.has(row) ? (used.add(row), row) : undefined);
  const next = fresh.map((segment, position) => {
    const same = take(byText.get(segment.text)?.find((row) => !used.has(row)));
    if (same) return { segment, position, target: same.target_text, status: same.status, outdated: same.outdated_from };
    const moved = take(byId.get(segment.id));
    if (moved && moved.target_text.trim()) {
      return { segment, position, target: moved.target_text, status: moved.status, outdated: moved.outdated_from ?? moved.source_text };
    }
    return { segment, position, target: '', status: 'empty' as SegmentStatus, outdated: null };
  });
  const unchanged =
    next.length === old.length &&
    next.every((n, i) => old[i].segment_id === n.segment.id && old[i].source_text === n.segment.text && old[i].outdated_from === n.outdated);
  if (unchanged) return;
  stmt(db, 'DELETE FROM translation_segments WHERE target_id = ?').run(targetId);
  const insert = stmt(
    db,
    `INSERT INTO translation_segments (target_id, segment_id, position, source_text, marks_json, target_text, status, outdated_from, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const n of next) {
    insert.run(targetId, n.segment.id, n.position, n.segment.text, JSON.stringify(n.segment.marks), n.target, n.status, n.outdated, now);
  }
  rebuild(db, targetId, now);
}

/** Every empty segment with an exact match in the memory gets it, as a draft for the translator to confirm. */
export function prefillFromMemory(db: Db, targetId: number, now = Date.now()): { filled: number; view: TranslationView } {
  const { source, target, segments } = getTranslation(db, targetId);
  const empty = segments.filter((s) => s.status === 'empty').map((s) => ({ id: s.id, text: s.source }));
  const found = prefill(db, empty, { sourceLang: source.language, targetLang: target.language });
  writeTransaction(db, () => {
    const update = stmt(db, `UPDATE translation_segments SET target_text = ?, status = 'draft', updated_at = ? WHERE target_id = ? AND segment_id = ?`);
    for (const { segmentId, match } of found) update.run(match.target, now, targetId, segmentId);
    if (found.length) rebuild(db, targetId, now);
  });
  return { filled: found.length, view: getTranslation(db, targetId) };
}

/** Each version of a release with its progress, for the library and the source's editor. */
export function versionsOf(db: Db, sourceId: number): VersionState[] {
  return (
    stmt(
      db,
      `SELECT r.id, r.language, r.status,
              count(s.segment_id) AS total,
              sum(s.status IN ('translated', 'reviewed')) AS done,
              sum(s.outdated_from IS NOT NULL) AS outdated
       FROM translation_links l JOIN releases r ON r.id = l.target_id
       LEFT JOIN translation_segments s ON s.target_id = l.target_id
       WHERE l.source_id = ? AND r.deleted_at IS NULL GROUP BY r.id ORDER BY r.language`,
    ).all(sourceId) as { id: number; language: Language; status: Release['status']; total: number; done: number | null; outdated: number | null }[]
  ).map((row) => ({ ...row, done: row.done ?? 0, outdated: row.outdated ?? 0 }));
}
