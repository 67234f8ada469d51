import { describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../core/api';
import { timeline } from '../../renderer/entities/timeline';

const release = (id: number, releaseDate: string | null): ReleaseSummary => ({
  id,
  title: `#${id}`,
  lead: '',
  dateline: '',
  releaseDate,
  language: 'az',
  status: 'draft',
  wordCount: 0,
  updatedAt: 0,
  deletedAt: null,
  snippet: null,
  translationOf: null,
  versions: [],
  embargoUntil: null,
  embargoZone: null,
  publishAt: null,
});

describe('timeline', () => {
  it('groups by year and month, newest first, with undated releases last', () => {
    const groups = timeline([release(1, '2024-12-30'), release(2, null), release(3, '2025-03-02'), release(4, '2025-03-20'), release(5, '2025-01-10')]);
    expect(groups.map((year) => [year.year, year.months.map((month) => [month.month, month.releases.map((r) => r.id)])])).toEqual([
      [
        '2025',
        [
          ['2025-03', [4, 3]],
          ['2025-01', [5]],
        ],
      ],
      ['2024', [['2024-12', [1]]]],
      [null, [[null, [2]]]],
    ]);
  });
});
