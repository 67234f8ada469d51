import { describe, expect, it } from 'vitest';
import { ListArgs } from '../../core/api';
import { openDatabase, type Db } from '../../db/open';
import { listQuery, listReleases } from '../../db/release-list';
import { createRelease } from '../../db/releases';
import { expandPrefix, MAX_PREFIX_WORDS } from '../../db/search-index';
import { body } from '../helpers/docs';
import { tempDbPath } from '../helpers/temp-dir';

function library(): { db: Db; ids: Record<string, number> } {
  const db = openDatabase(tempDbPath());
  const add = (title: string, text: string, extra: Partial<Parameters<typeof createRelease>[1]> = {}) =>
    createRelease(db, { title, body: body(text), ...extra }).id;
  const ids = {
    baku: add('Bakıda beynəlxalq konfrans', 'Konfrans Bakıda keçirilib.', { releaseDate: '2024-03-01', status: 'published' }),
    aliyev: add('Kamran Əliyevin görüşü', 'Baş prokuror Kamran Əliyev qonaqları qəbul edib.', { releaseDate: '2024-04-03' }),
    uzbek: add('Özbəkistan nümayəndə heyəti', 'Özbəkistan Respublikası Baş Prokurorluğunun nümayəndə heyəti ilə görüş olub.', {
      releaseDate: '2023-11-20',
      status: 'review',
    }),
    russian: add('Встреча в Генеральной прокуратуре', 'ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА провела встречу с делегацией.', {
      language: 'ru',
      releaseDate: '2024-05-10',
    }),
    english: add('Interpol delegation visits', 'The prosecutor met the Interpol delegation in Baku.', {
      language: 'en',
      releaseDate: '2022-01-15',
    }),
  };
  return { db, ids };
}

const find = (db: Db, args: ListArgs) => listReleases(db, ListArgs.parse({ sort: 'relevance', ...args })).items.map((item) => item.id);

describe('full-text search with Azerbaijani folding', () => {
  it('finds words typed without Azerbaijani letters or in any case', () => {
    const { db, ids } = library();
    expect(find(db, { query: 'baki' })).toEqual([ids.baku]);
    expect(find(db, { query: 'bakida' })).toEqual([ids.baku]);
    expect(find(db, { query: 'eliyev' })).toEqual([ids.aliyev]);
    expect(find(db, { query: 'ƏLİYEV' })).toEqual([ids.aliyev]);
    expect(find(db, { query: 'ozbekistan' })).toEqual([ids.uzbek]);
    expect(find(db, { query: 'OZBƏKISTAN' })).toEqual([ids.uzbek]);
    db.close();
  });

  it('finds Russian text regardless of case', () => {
    const { db, ids } = library();
    expect(find(db, { query: 'генеральная' })).toEqual([ids.russian]);
    expect(find(db, { query: 'ПРОКУРАТУРЕ' })).toEqual([ids.russian]);
    db.close();
  });

  it('supports prefixes and phrases', () => {
    const { db, ids } = library();
    expect(find(db, { query: 'prokur*' }).sort()).toEqual([ids.aliyev, ids.uzbek].sort());
    expect(find(db, { query: '"nümayəndə heyəti"' })).toEqual([ids.uzbek]);
    expect(find(db, { query: '"heyəti nümayəndə"' })).toEqual([]);
    expect(find(db, { query: 'bak*' }).sort()).toEqual([ids.baku, ids.english].sort());
    db.close();
  });

  it('combines a query with status, language and date filters', () => {
    const { db, ids } = library();
    expect(find(db, { query: 'prokur*', status: 'review' })).toEqual([ids.uzbek]);
    expect(find(db, { query: 'prokur*', dateFrom: '2024-01-01' })).toEqual([ids.aliyev]);
    expect(find(db, { query: 'bak*', language: 'en' })).toEqual([ids.english]);
    expect(find(db, { query: 'bak*', dateFrom: '2022-01-01', dateTo: '2022-12-31' })).toEqual([ids.english]);
    db.close();
  });

  it('marks the hit in a snippet made from the real text', () => {
    const { db, ids } = library();
    const [item] = listReleases(db, ListArgs.parse({ query: 'eliyev' })).items;
    expect(item.id).toBe(ids.aliyev);
    const hits = item.snippet!.filter((part) => part.hit).map((part) => part.text);
    expect(hits).toEqual(['Əliyev']);
    expect(item.snippet!.map((part) => part.text).join('')).toContain('Baş prokuror Kamran Əliyev');
    db.close();
  });

  it('treats FTS syntax typed by a user as words, never as an error', () => {
    const { db } = library();
    for (const query of ['AND', 'OR OR', '"', '(', 'NEAR(a b)', 'title:x', '*', '^baki', '-', '""']) {
      expect(() => listReleases(db, ListArgs.parse({ query }))).not.toThrow();
    }
    db.close();
  });
});

describe('library listing', () => {
  it('sorts by date, newest first, and by title in Azerbaijani alphabetical order', () => {
    const db = openDatabase(tempDbPath());
    const titles = ['Zəfər', 'Çağırış', 'Cinayət', 'Əməkdaşlıq', 'Elan', 'İclas', 'Işıq', 'Xəbər', 'Həftə', ''];
    titles.forEach((title, index) => createRelease(db, { title, releaseDate: `2024-01-${String(index + 10)}` }));
    const byTitle = listReleases(db, ListArgs.parse({ sort: 'title' })).items.map((item) => item.title);
    expect(byTitle).toEqual(['Cinayət', 'Çağırış', 'Elan', 'Əməkdaşlıq', 'Həftə', 'Xəbər', 'Işıq', 'İclas', 'Zəfər', '']);
    const byDate = listReleases(db, ListArgs.parse({ sort: 'date' })).items.map((item) => item.releaseDate);
    expect(byDate).toEqual([...byDate].sort().reverse());
    db.close();
  });

  it('orders by relevance: the words in the title first, then in the lead, then newest first', () => {
    const db = openDatabase(tempDbPath());
    const add = (title: string, lead: string, text: string, releaseDate: string) => createRelease(db, { title, lead, body: body(text), releaseDate }).id;
    const inBody = add('Görüş keçirilib', 'Qonaqlar qəbul edilib.', 'Baş Prokurorluqdan əməkdaşlar iştirak edib.', '2024-06-01');
    const inLead = add('Görüş', 'Baş Prokurorluqda görüş olub.', 'Mətn.', '2024-05-01');
    const inTitleTwice = add('Prokurorluq və prokurorluqların işi', 'Qısa.', 'Mətn.', '2024-01-01');
    const inTitle = add('Prokurorluqda görüş', 'Qısa.', 'Mətn.', '2024-02-01');
    const olderInBody = add('Tədbir', 'Qısa.', 'Prokurorluq haqqında.', '2023-01-01');
    const search = (offset: number, limit: number) => listReleases(db, ListArgs.parse({ query: 'prokurorluq', sort: 'relevance', offset, limit }));
    expect(search(0, 10).items.map((item) => item.id)).toEqual([inTitleTwice, inTitle, inLead, inBody, olderInBody]);
    expect(search(0, 10).total).toBe(5);
    // Pages are cut from the same order.
    expect(search(2, 2).items.map((item) => item.id)).toEqual([inLead, inBody]);
    db.close();
  });

  it('pages with limit and offset and reports the total', () => {
    const db = openDatabase(tempDbPath());
    for (let i = 0; i < 30; i++) createRelease(db, { title: `Reliz ${i}`, body: body('Bakıda görüş') });
    const first = listReleases(db, ListArgs.parse({ limit: 10 }));
    const second = listReleases(db, ListArgs.parse({ limit: 10, offset: 10 }));
    expect(first.total).toBe(30);
    expect(first.items).toHaveLength(10);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(20);
    expect(listReleases(db, ListArgs.parse({ query: 'baki', limit: 5 })).total).toBe(30);
    db.close();
  });
});

describe('query plans', () => {
  // Every library order must be an index walk, so the first page stays fast at 100,000 releases.
  const plan = (db: Db, args: ListArgs) => {
    const { page, params } = listQuery(db, ListArgs.parse(args));
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${page}`).all(params) as { detail: string }[];
    return rows.map((row) => row.detail).join('; ');
  };

  it.each([
    ['date', 'releases_by_date'],
    ['title', 'releases_by_title'],
    ['updated', 'releases_by_updated'],
  ] as const)('the %s order walks its index without sorting', (sort, index) => {
    const db = openDatabase(tempDbPath());
    const detail = plan(db, { sort });
    expect(detail).toContain(index);
    expect(detail).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('a search walks the index newest first and stops after the page, without sorting', () => {
    const db = openDatabase(tempDbPath());
    for (const args of [{ query: 'baki' }, { query: 'baki', dateFrom: '2024-01-01', dateTo: '2024-12-31', status: 'draft' }] as const) {
      const detail = plan(db, { ...args, sort: 'date' });
      expect(detail).toMatch(/VIRTUAL TABLE INDEX/);
      expect(detail).toContain('releases_by_search_key');
      expect(detail).not.toContain('TEMP B-TREE');
    }
    db.close();
  });

  it('a search by relevance walks the index newest first once, for order and count alike, and ranks nothing in SQL', () => {
    const db = openDatabase(tempDbPath());
    const { page, count, ranked, params } = listQuery(db, ListArgs.parse({ query: 'prokurorluğu', sort: 'relevance' }));
    expect(ranked).toBe(true);
    const detail = (db.prepare(`EXPLAIN QUERY PLAN ${page}`).all(params) as { detail: string }[]).map((row) => row.detail).join('; ');
    expect(detail).toMatch(/VIRTUAL TABLE INDEX/);
    expect(detail).toContain('releases_by_search_key');
    expect(detail).not.toContain('TEMP B-TREE');
    // bm25 (the rank column) counts every hit of every word in the library: it is not asked for.
    expect(`${page} ${count}`).not.toMatch(/\brank\b|bm25/);
    db.close();
  });

  it('the library total is counted from a covering index, with or without filters', () => {
    const db = openDatabase(tempDbPath());
    for (const args of [{}, { status: 'review' }, { language: 'ru', dateFrom: '2024-01-01', dateTo: '2024-12-31' }] as const) {
      const { count, params } = listQuery(db, ListArgs.parse(args));
      const detail = (db.prepare(`EXPLAIN QUERY PLAN ${count}`).all(params) as { detail: string }[]).map((row) => row.detail).join('; ');
      expect(detail).toContain('COVERING INDEX releases_for_counts');
    }
    db.close();
  });

  it('the trash walks its own index', () => {
    const db = openDatabase(tempDbPath());
    expect(plan(db, { trash: true })).toContain('releases_in_trash');
    db.close();
  });
});

describe('word-start search', () => {
  it('lists the indexed words of a stem, and falls back to a full prefix search past the limit', () => {
    const db = openDatabase(tempDbPath());
    const many = Array.from({ length: MAX_PREFIX_WORDS + 5 }, (_, i) => `zaqa${String.fromCharCode(97 + (i % 26))}${i}`);
    const manyId = createRelease(db, { title: 'Çox söz', body: body(many.join(' ')) }).id;
    const bakuId = createRelease(db, { title: 'Bakı', body: body('Bakıda, Bakının, Bakıya və Bakıdan.') }).id;
    expect(expandPrefix(db, 'baki')).toEqual(['baki', 'bakida', 'bakidan', 'bakinin', 'bakiya']);
    expect(expandPrefix(db, 'zaqa')).toBeNull();
    expect(listQuery(db, ListArgs.parse({ query: 'baki' })).params.match).toBe('("baki" OR "bakida" OR "bakidan" OR "bakinin" OR "bakiya")');
    expect(listQuery(db, ListArgs.parse({ query: 'zaqa' })).params.match).toBe('"zaqa"*');
    expect(find(db, { query: 'zaqa' })).toEqual([manyId]);
    expect(find(db, { query: 'bakiy' })).toEqual([bakuId]);
    db.close();
  });
});
