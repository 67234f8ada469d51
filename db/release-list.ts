import type { ParsedArgs, ReleaseList, ReleaseSummary } from '../core/api';
import { makeSnippet } from '../core/snippet';
import { byRelevance } from '../core/relevance';
import { highlightTerms, parseQuery, toFtsMatch, type ParsedQuery } from '../core/search-query';
import { expandPrefix, firstKeyOf, nextDayKey } from './search-index';
import { stmt } from './statements';
import { sourceOf, versionsOf } from './translations';
import type { Db } from './open';

type ListArgs = ParsedArgs<'listReleases'>;

/**
 * A search looks at its newest SEARCH_WINDOW hits: it counts up to there ("1000+" beyond) and
 * orders them by relevance, title or last change. Newest-first needs no window: the index yields
 * hits in that order and the page stops the walk. A word found in more releases than this is too
 * common to rank usefully; the officer narrows the search instead.
 */
const SEARCH_WINDOW = 1000;

const LIBRARY_ORDER: Record<Exclude<ListArgs['sort'], 'relevance'>, string> = {
  date: 'r.release_date DESC, r.id DESC',
  title: 'r.title_key, r.id',
  updated: 'r.updated_at DESC, r.id DESC',
};
const TRASH_ORDER = 'r.deleted_at DESC, r.id DESC';

const WINDOW_ORDER: Record<Exclude<ListArgs['sort'], 'relevance'>, string> = {
  date: 'w.key DESC',
  title: 'w.title_key, w.id',
  updated: 'w.updated_at DESC, w.id DESC',
};

interface ListQuery {
  /**
   * Selects the page's ids in order; when `ranked`, the whole window instead (SEARCH_WINDOW + 1 rows
   * of id, title and lead, newest first), which core/relevance.ts orders and the page is cut from.
   */
  page: string;
  ranked: boolean;
  /** Counts the matches (for a search, up to SEARCH_WINDOW + 1). */
  count: string;
  params: Record<string, unknown>;
  parsed: ParsedQuery | null;
}

/** The SQL behind a library page; exported so tests can hold its query plan to account. */
export function listQuery(db: Db, args: ListArgs): ListQuery {
  const parsed = args.query ? parseQuery(args.query) : null;
  const match = parsed && toFtsMatch(parsed, (prefix) => expandPrefix(db, prefix));
  const where = [args.trash ? 'r.deleted_at IS NOT NULL' : 'r.deleted_at IS NULL'];
  const params: Record<string, unknown> = { limit: args.limit, offset: args.offset };
  const filter = (condition: string, key: string, value: unknown) => {
    if (value === undefined) return;
    where.push(condition);
    params[key] = value;
  };
  filter('r.status = @status', 'status', args.status);
  filter('r.language = @language', 'language', args.language);
  if (args.embargo === 'embargoed') filter('r.embargo_until > @now', 'now', Date.now());
  if (args.embargo === 'scheduled') where.push('r.publish_at IS NOT NULL');
  filter(
    `r.id IN (SELECT release_id FROM release_events WHERE kind = 'transition' AND to_status = 'approved' AND actor = @approver)`,
    'approver',
    args.approver,
  );
  filter('r.id IN (SELECT release_id FROM release_tags WHERE entity_id = @entityId)', 'entityId', args.entityId);
  filter('r.id IN (SELECT release_id FROM delegation_releases WHERE delegation_id = @delegationId)', 'delegationId', args.delegationId);

  if (!match) {
    filter('r.release_date >= @dateFrom', 'dateFrom', args.dateFrom);
    filter('r.release_date <= @dateTo', 'dateTo', args.dateTo);
    const condition = where.join(' AND ');
    const order = args.trash ? TRASH_ORDER : LIBRARY_ORDER[args.sort === 'relevance' ? 'date' : args.sort];
    return {
      page: `SELECT r.id FROM releases r WHERE ${condition} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      // Left to itself the planner counts along whichever index it meets first, title keys included.
      count: `SELECT count(*) FROM releases r ${args.trash ? '' : 'INDEXED BY releases_for_counts'} WHERE ${condition}`,
      ranked: false,
      params,
      parsed: null,
    };
  }

  // Dates are ranges of the index's own rowids (the search key), so FTS5 skips the rest itself.
  where.push('release_search MATCH @match');
  params.match = match;
  filter('s.rowid >= @fromKey', 'fromKey', args.dateFrom && firstKeyOf(args.dateFrom));
  filter('s.rowid < @toKey', 'toKey', args.dateTo && nextDayKey(args.dateTo));
  const hits = `FROM release_search s JOIN releases r ON r.search_key = s.rowid WHERE ${where.join(' AND ')}`;
  const newestFirst = args.sort === 'date' && !args.trash;
  const count = `SELECT count(*) FROM (SELECT 1 ${hits} ORDER BY s.rowid DESC LIMIT ${SEARCH_WINDOW + 1})`;
  if (args.sort === 'relevance' && !args.trash) {
    // One walk of the window serves the order and the count alike.
    return { page: `SELECT r.id, r.title, r.lead ${hits} ORDER BY s.rowid DESC LIMIT ${SEARCH_WINDOW + 1}`, ranked: true, count, params, parsed };
  }
  return {
    page: newestFirst
      ? `SELECT r.id ${hits} ORDER BY s.rowid DESC LIMIT @limit OFFSET @offset`
      : `SELECT w.id FROM (
           SELECT r.id, s.rowid AS key, r.title_key, r.updated_at, r.deleted_at
           ${hits} ORDER BY s.rowid DESC LIMIT ${SEARCH_WINDOW}
         ) w ORDER BY ${args.trash ? 'w.deleted_at DESC, w.id DESC' : WINDOW_ORDER[args.sort === 'relevance' ? 'date' : args.sort]} LIMIT @limit OFFSET @offset`,
    count,
    ranked: false,
    params,
    parsed,
  };
}

/**
 * The library page: filtered and sorted, or a full-text search when `query` holds words. Ids are
 * found first and only the page's rows are read in full.
 */
export function listReleases(db: Db, args: ListArgs): ReleaseList {
  const query = listQuery(db, args);
  let ids: number[];
  let counted: number;
  if (query.ranked && query.parsed) {
    const window = stmt(db, query.page).all(query.params) as { id: number; title: string; lead: string }[];
    counted = window.length;
    ids = byRelevance(window.slice(0, SEARCH_WINDOW), highlightTerms(query.parsed))
      .slice(args.offset, args.offset + args.limit)
      .map((row) => row.id);
  } else {
    ids = stmt(db, query.page).pluck().all(query.params) as number[];
    counted = stmt(db, query.count).pluck().get(query.params) as number;
  }
  const capped = query.parsed !== null && counted > SEARCH_WINDOW;
  return {
    items: ids.map((id) => summary(db, id, query.parsed)),
    total: capped ? SEARCH_WINDOW : counted,
    totalCapped: capped,
  };
}

export function summary(db: Db, id: number, query: ParsedQuery | null): ReleaseSummary {
  const row = stmt(
    db,
    `SELECT id, title, lead, dateline, release_date AS releaseDate, language, status,
            word_count AS wordCount, updated_at AS updatedAt, deleted_at AS deletedAt,
            embargo_until AS embargoUntil, embargo_zone AS embargoZone, publish_at AS publishAt
     FROM releases WHERE id = ?`,
  ).get(id) as Omit<ReleaseSummary, 'snippet' | 'translationOf' | 'versions'>;
  const translation = { translationOf: sourceOf(db, id), versions: versionsOf(db, id) };
  if (!query) return { ...row, ...translation, snippet: null };
  const snippet =
    makeSnippet(row.lead, query) ?? makeSnippet(stmt(db, 'SELECT body_text FROM release_bodies WHERE release_id = ?').pluck().get(id) as string, query);
  return { ...row, ...translation, snippet };
}
