// The termbase: officers' terms in three languages with notes and forbidden variants. The
// registry's names and titles join them where terms are looked up (see host/translation-files.ts).
import type { Term, TermInput } from '../core/translate/termbase';
import { NotFoundError } from './errors';
import type { Db } from './open';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';

interface TermRow {
  id: number;
  az: string;
  en: string;
  ru: string;
  note: string | null;
  forbidden_json: string;
}

function toTerm(row: TermRow): Term {
  const forbidden = JSON.parse(row.forbidden_json) as Term['forbidden'];
  return {
    id: String(row.id),
    az: row.az,
    en: row.en,
    ru: row.ru,
    ...(row.note && { note: row.note }),
    ...(forbidden && Object.keys(forbidden).length && { forbidden }),
    source: 'termbase',
  };
}

export function listTerms(db: Db): Term[] {
  return (stmt(db, 'SELECT * FROM terms ORDER BY az COLLATE NOCASE, id').all() as TermRow[]).map(toTerm);
}

export function saveTerm(db: Db, term: TermInput, id?: number, now = Date.now()): Term {
  const values = [term.az, term.en, term.ru, term.note ?? null, JSON.stringify(term.forbidden ?? {}), now];
  if (id === undefined) {
    const { lastInsertRowid } = stmt(db, 'INSERT INTO terms (az, en, ru, note, forbidden_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(...values);
    id = Number(lastInsertRowid);
  } else if (stmt(db, 'UPDATE terms SET az = ?, en = ?, ru = ?, note = ?, forbidden_json = ?, updated_at = ? WHERE id = ?').run(...values, id).changes === 0) {
    throw new NotFoundError('term', id);
  }
  return toTerm(stmt(db, 'SELECT * FROM terms WHERE id = ?').get(id) as TermRow);
}

export function deleteTerm(db: Db, id: number): void {
  if (stmt(db, 'DELETE FROM terms WHERE id = ?').run(id).changes === 0) throw new NotFoundError('term', id);
}

/** Adds imported terms, skipping ones the termbase already has in all three languages. */
export function addTerms(db: Db, terms: readonly TermInput[], now = Date.now()): { added: number; skipped: number } {
  return writeTransaction(db, () => {
    let added = 0;
    const exists = stmt(db, 'SELECT 1 FROM terms WHERE az = ? AND en = ? AND ru = ?').pluck();
    for (const term of terms) {
      if (exists.get(term.az, term.en, term.ru)) continue;
      saveTerm(db, term, undefined, now);
      added++;
    }
    return { added, skipped: terms.length - added };
  });
}
