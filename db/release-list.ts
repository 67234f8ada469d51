import type Database from 'better-sqlite3';
import type { ParsedArgs, ReleaseList, ReleaseSummary } from '../core/api';
import { makeSnippet } from '../core/snippet';
import { parseQuery, toFtsMatch, type ParsedQuery } from '../core/search-query';
import { stmt } from './statements';

type Db = Database.Database;
type ListArgs = ParsedArgs<'listReleases'>;

/** Counting every hit of a very common word costs more than the number is worth; past this it shows "1000+". */
export const COUNT_CAP = 1000;

const ORDER: Record<ListArgs['sort'], string> = {
  date: 'r.release_date DESC, r.id DESC',
  title: 'r.title_key, r.id',
  updated: 'r.updated_at DESC, r.id DESC',
  relevance: 's.rank, r.id DESC',
};

interface ListQuery {
  /** Selects the page's ids in order. */
  page: string;
  /** Counts the matches (up to COUNT_CAP + 1 for a search). */
  count: string;
  params: Record<string, unknown>;
  parsed: ParsedQuery | null;
}

/** The SQL behind a library page; exported so tests can hold its query plan to account. */
export function listQuery(args: ListArgs): ListQuery {
  const parsed = args.query ? parseQuery(args.query) : null;
  const match = parsed && toFtsMatch(parsed);
  const where = [args.trash ? 'r.deleted_at IS NOT NULL' : 'r.deleted_at IS NULL'];
  const params: Record<string, unknown> = { limit: args.limit, offset: args.offset };
  for (const [column, key] of [
    ['r.status = @status', 'status'],
    ['r.language = @language', 'language'],
    ['r.release_date >= @dateFrom', 'dateFrom'],
    ['r.release_date <= @dateTo', 'dateTo'],
  ] as const) {
    if (args[key] === undefined) continue;
    where.push(column);
    params[key] = args[key];
  }
  const from = match ? 'release_search s JOIN releases r ON r.id = s.rowid' : 'releases r';
  if (match) {
    where.push('release_search MATCH @match');
    params.match = match;
  }
  const sort = args.trash ? 'r.deleted_at DESC, r.id DESC' : ORDER[!match && args.sort === 'relevance' ? 'date' : args.sort];
  const condition = where.join(' AND ');
  return {
    page: `SELECT r.id FROM ${from} WHERE ${condition} ORDER BY ${sort} LIMIT @limit OFFSET @offset`,
    count: match
      ? `SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${condition} LIMIT ${COUNT_CAP + 1})`
      : `SELECT count(*) FROM ${from} WHERE ${condition}`,
    params,
    parsed: match ? parsed : null,
  };
}

/**
 * The library page: filtered and sorted, or a full-text search when `query` holds words. Ids are
 * found first and only the page's rows are read in full, so sorting many hits never drags their text along.
 */
export function listReleases(db: Db, args: ListArgs): ReleaseList {
  const query = listQuery(args);
  const ids = stmt(db, query.page).pluck().all(query.params) as number[];
  const counted = stmt(db, query.count).pluck().get(query.params) as number;
  return {
    items: ids.map((id) => summary(db, id, query.parsed)),
    total: Math.min(counted, COUNT_CAP),
    totalCapped: counted > COUNT_CAP,
  };
}

interface SummaryRow extends Omit<ReleaseSummary, 'snippet'> {
  bodyText?: string;
}

function summary(db: Db, id: number, query: ParsedQuery | null): ReleaseSummary {
  const row = stmt(
    db,
    `SELECT id, title, substr(lead, 1, 400) AS lead, dateline, release_date AS releaseDate, language, status,
            word_count AS wordCount, updated_at AS updatedAt, deleted_at AS deletedAt
     FROM releases WHERE id = ?`,
  ).get(id) as SummaryRow;
  if (!query) return { ...row, snippet: null };
  const bodyText = stmt(db, 'SELECT body_text FROM releases WHERE id = ?').pluck().get(id) as string;
  return { ...row, snippet: makeSnippet(row.lead, query) ?? makeSnippet(bodyText, query) };
}
