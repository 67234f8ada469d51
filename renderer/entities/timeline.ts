// An entity's releases as a timeline: grouped by year, then month, newest first (the host
// orders them the same way; grouping needs it to). Releases without a date come last, on their own.
import type { ReleaseSummary } from '../../core/api';

export interface MonthGroup {
  /** YYYY-MM, or null for undated releases. */
  month: string | null;
  releases: ReleaseSummary[];
}

export interface YearGroup {
  year: string | null;
  months: MonthGroup[];
}

export function timeline(releases: ReleaseSummary[]): YearGroup[] {
  const years: YearGroup[] = [];
  const sorted = [...releases].sort((a, b) => (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') || b.id - a.id);
  for (const release of sorted) {
    const month = release.releaseDate?.slice(0, 7) ?? null;
    const year = month?.slice(0, 4) ?? null;
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) years.push((yearGroup = { year, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) yearGroup.months.push((monthGroup = { month, releases: [] }));
    monthGroup.releases.push(release);
  }
  return years;
}
