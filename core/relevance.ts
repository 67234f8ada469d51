// The order of a search "by relevance": releases that name the searched words in their title first,
// then those naming them in their lead, each counted per hit; the rest, and ties, newest first.
// FTS5's bm25 ranked before, but it counts every hit of every searched word in the whole library on
// each search (for its IDF) and reads each ranked row's column sizes: a common word cost 20-30 ms at
// 100,000 releases. This reads only the window's titles and leads, which the search already joins.
import { fold, nextToken, tokenAt } from './fold';
import type { HitPattern } from './search-query';

const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;

/** Hits of the patterns in `text`: found with indexOf in the folded text, confirmed as whole tokens there. */
function hits(text: string, patterns: HitPattern[]): number {
  const folded = fold(text);
  let count = 0;
  for (const { tokens: wanted, prefix } of patterns) {
    const last = wanted.length - 1;
    for (let at = folded.indexOf(wanted[0]); at >= 0; at = folded.indexOf(wanted[0], at + 1)) {
      let token = tokenAt(folded, at);
      let k = 0;
      for (; token && k <= last; k++, token = k <= last ? nextToken(folded, token.end) : token) {
        if (!(k === last && prefix ? token.folded.startsWith(wanted[k]) : token.folded === wanted[k])) break;
      }
      if (k > last) count++;
    }
  }
  return count;
}

function headlineScore(title: string, lead: string, patterns: HitPattern[]): number {
  return TITLE_WEIGHT * hits(title, patterns) + LEAD_WEIGHT * hits(lead, patterns);
}

/** `rows` newest first; the same rows by relevance, newest first among equals (the sort is stable). */
export function byRelevance<T extends { title: string; lead: string }>(rows: T[], patterns: HitPattern[]): T[] {
  const scored = rows.map((row) => ({ row, score: headlineScore(row.title, row.lead, patterns) }));
  return scored.sort((a, b) => b.score - a.score).map(({ row }) => row);
}
