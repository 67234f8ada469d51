// The translation memory (schema in migrations/0006-translation-memory.ts): confirmed pairs stored
// once, exact matches by folded key, fuzzy matches through the word index, and the exact matches
// that pre-fill a whole release.
import type { Language } from '../core/api';
import { compareTokens, indexTerms, sourceKey, tmTokens, type TmMatch, type TmToken } from '../core/translate/tm-match';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';
import { CodedError } from '../core/errors';
import type { Db } from './open';

export type { TmMatch };

/** Where a pair came from: confirmed in a release's workspace, or read from a TMX file. */
export type TmOrigin = `release:${number}` | `tmx:${string}`;

export interface LanguagePair {
  sourceLang: Language;
  targetLang: Language;
}

export interface TmPair extends LanguagePair {
  source: string;
  target: string;
  origin: TmOrigin;
}

export interface LookupArgs extends LanguagePair {
  text: string;
  limit?: number;
  minScore?: number;
}

export class TmPairError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'TmPairError';
  }
}

interface UnitRow {
  id: number;
  sourceText: string;
  targetText: string;
  origin: string;
  updatedAt: number;
}

const UNIT_COLUMNS = 'id, source_text AS sourceText, target_text AS targetText, origin, updated_at AS updatedAt';

/** Index terms carry the language pair, so each pair's postings are apart (see the migration). */
function pairTerms({ sourceLang, targetLang }: LanguagePair, tokens: readonly TmToken[]): string[] {
  return indexTerms(tokens).map((term) => `${sourceLang}${targetLang}_${term}`);
}

/**
 * Stores confirmed pairs; a pair already stored (same languages, same source key, same target)
 * keeps its id and origin and gets the newer spelling of the source and `now` as its time.
 */
export function addUnits(db: Db, pairs: readonly TmPair[], now = Date.now()): { added: number; refreshed: number } {
  let added = 0;
  writeTransaction(db, () => {
    for (const pair of pairs) if (storePair(db, pair, now).added) added++;
  });
  return { added, refreshed: pairs.length - added };
}

export function addUnit(db: Db, pair: TmPair, now = Date.now()): number {
  return writeTransaction(db, () => storePair(db, pair, now).id);
}

function normalised(pair: TmPair) {
  if (pair.sourceLang === pair.targetLang) throw new TmPairError(`source and target are both in ${pair.sourceLang}`);
  const source = pair.source.normalize('NFC');
  const target = pair.target.normalize('NFC');
  const key = sourceKey(source);
  if (!key || !target.trim()) throw new TmPairError('a translation pair needs a source and a target');
  return { ...pair, source, target, key };
}

function storePair(db: Db, pair: TmPair, now: number): { id: number; added: boolean } {
  const { sourceLang, targetLang, source, target, key, origin } = normalised(pair);
  const existing = stmt(db, 'SELECT id FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ? AND target_text = ?')
    .pluck()
    .get(sourceLang, targetLang, key, target) as number | undefined;
  if (existing !== undefined) {
    stmt(db, 'UPDATE tm_units SET source_text = ?, updated_at = ? WHERE id = ?').run(source, now, existing);
    return { id: existing, added: false };
  }
  const id = Number(
    stmt(
      db,
      `INSERT INTO tm_units (source_lang, target_lang, source_text, target_text, source_key, origin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(sourceLang, targetLang, source, target, key, origin, now, now).lastInsertRowid,
  );
  const terms = pairTerms(pair, tmTokens(source));
  if (terms.length) stmt(db, 'INSERT INTO tm_fuzzy (rowid, terms) VALUES (?, ?)').run(id, terms.join(' '));
  return { id, added: true };
}

function exactRows(db: Db, { sourceLang, targetLang }: LanguagePair, key: string): UnitRow[] {
  return stmt(
    db,
    `SELECT ${UNIT_COLUMNS} FROM tm_units WHERE source_lang = ? AND target_lang = ? AND source_key = ?
     ORDER BY updated_at DESC, id DESC`,
  ).all(sourceLang, targetLang, key) as UnitRow[];
}

/** A word pair found in this many units or more tells too little to read its postings for. */
const COMMON = 1_000;
/** Units sharing the most (and rarest) word pairs with the segment, scored word by word. */
const CANDIDATES = 20;

/**
 * Units of the pair that share the most of the segment's word pairs, rare pairs counting more.
 * Only when every pair is common are the common ones counted, so a formulaic sentence still
 * finds its kin.
 */
function fuzzyCandidates(db: Db, terms: string[]): number[] {
  const postings = terms.map((term) => stmt(db, 'SELECT rowid FROM tm_fuzzy WHERE tm_fuzzy MATCH ? LIMIT ?').pluck().all(`"${term}"`, COMMON) as number[]);
  const telling = postings.filter((ids) => ids.length > 0 && ids.length < COMMON);
  const counted = telling.length ? telling : postings;
  const shared = new Map<number, number>();
  for (const ids of counted) {
    // Rarer pairs weigh more; a common pair weighs log 2 at the least.
    const weight = Math.log((2 * COMMON) / ids.length);
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + weight);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, CANDIDATES)
    .map(([id]) => id);
}

function unitById(db: Db, id: number): UnitRow | undefined {
  return stmt(db, `SELECT ${UNIT_COLUMNS} FROM tm_units WHERE id = ?`).get(id) as UnitRow | undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function toMatch(row: UnitRow, segmentText: string, segmentTokens: TmToken[], exact: boolean): TmMatch {
  const compared = compareTokens(segmentText, segmentTokens, row.sourceText, tmTokens(row.sourceText));
  const score = exact ? (collapse(segmentText) === collapse(row.sourceText) ? 100 : 99) : compared.score;
  return {
    unitId: row.id,
    source: row.sourceText,
    target: row.targetText,
    score,
    exact,
    diff: compared.diff,
    origin: row.origin,
    updatedAt: row.updatedAt,
  };
}

/** Exact matches first (newest first), then fuzzy matches of at least `minScore`, best first. */
export function lookup(db: Db, { text, limit = 5, minScore = 60, ...pair }: LookupArgs): TmMatch[] {
  const nfc = text.normalize('NFC');
  const key = sourceKey(nfc);
  if (!key) return [];
  const tokens = tmTokens(nfc);
  const exact = exactRows(db, pair, key).map((row) => toMatch(row, nfc, tokens, true));
  if (exact.length >= limit) return exact.slice(0, limit);
  const seen = new Set(exact.map((match) => match.unitId));
  const fuzzy: TmMatch[] = [];
  for (const id of fuzzyCandidates(db, pairTerms(pair, tokens))) {
    const row = seen.has(id) ? undefined : unitById(db, id);
    if (!row) continue;
    const match = toMatch(row, nfc, tokens, false);
    if (match.score >= minScore) fuzzy.push(match);
  }
  fuzzy.sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt || b.unitId - a.unitId);
  return [...exact, ...fuzzy].slice(0, limit);
}

export interface PrefillSegment {
  id: string;
  text: string;
}

export interface Prefilled {
  segmentId: string;
  match: TmMatch;
  /** Other stored translations of the same source: the officer may want to choose. */
  alternatives: number;
}

/** The newest exact match of each segment that has one: what "fill from memory" writes in one action. */
export function prefill(db: Db, segments: readonly PrefillSegment[], pair: LanguagePair): Prefilled[] {
  const filled: Prefilled[] = [];
  for (const segment of segments) {
    const nfc = segment.text.normalize('NFC');
    const key = sourceKey(nfc);
    const rows = key ? exactRows(db, pair, key) : [];
    if (!rows.length) continue;
    filled.push({ segmentId: segment.id, match: toMatch(rows[0], nfc, tmTokens(nfc), true), alternatives: rows.length - 1 });
  }
  return filled;
}

export interface StoredUnit extends TmPair {
  id: number;
  createdAt: number;
  updatedAt: number;
}

/** Every stored pair, oldest first: what a TMX export hands to others. */
export function allUnits(db: Db): StoredUnit[] {
  return stmt(
    db,
    `SELECT id, source_lang AS sourceLang, target_lang AS targetLang, source_text AS source, target_text AS target,
            origin, created_at AS createdAt, updated_at AS updatedAt
     FROM tm_units ORDER BY id`,
  ).all() as StoredUnit[];
}
