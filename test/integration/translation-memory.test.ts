import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { segmentDoc } from '../../core/translate/segment';
import { readTmx, writeTmx } from '../../core/translate/tmx';
import { openDatabase, type Db } from '../../db/open';
import { addUnit, addUnits, allUnits, lookup, prefill, TmPairError, type TmPair } from '../../db/translation-memory';
import { tempDbPath } from '../helpers/temp-dir';

const AZ_EN = { sourceLang: 'az', targetLang: 'en' } as const;
const pair = (source: string, target: string, releaseId = 1): TmPair => ({ ...AZ_EN, source, target, origin: `release:${releaseId}` });

function freshDb(): Db {
  return openDatabase(tempDbPath());
}

const joined = (parts: { segment: string; memory: string }[], side: 'segment' | 'memory') => parts.map((part) => part[side]).join('');

describe('translation memory: exact matches', () => {
  it('finds a stored pair by its source, in the same file after reopening', () => {
    const file = tempDbPath();
    let db = openDatabase(file);
    addUnit(db, pair('Görüş Bakıda keçirilib.', 'The meeting was held in Baku.'));
    db.close();
    db = openDatabase(file);
    const [match, ...rest] = lookup(db, { ...AZ_EN, text: 'Görüş Bakıda keçirilib.' });
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ exact: true, score: 100, target: 'The meeting was held in Baku.', origin: 'release:1' });
    db.close();
  });

  it('treats case, diacritics, spacing and Unicode normal form as the same source, scored 99', () => {
    const db = freshDb();
    addUnit(db, pair('Görüş Bakıda keçirilib.', 'The meeting was held in Baku.'));
    // Decomposed ö (o + U+0308), capitals, dotless ı written as i, a double space.
    const text = 'GO\u0308RU\u0308Ş  bakida keçirilib.';
    const [match] = lookup(db, { ...AZ_EN, text });
    expect(match).toMatchObject({ exact: true, score: 99, target: 'The meeting was held in Baku.' });
    db.close();
  });

  it('keeps placeholders in the key: a sentence with other formatting is no exact match', () => {
    const db = freshDb();
    addUnit(db, pair('{1}Kamran Əliyev{/1} çıxış edib.', '{1}Kamran Aliyev{/1} made a speech.'));
    const [match] = lookup(db, { ...AZ_EN, text: 'Kamran Əliyev çıxış edib.' });
    expect(match.exact).toBe(false);
    expect(match.score).toBeLessThan(100);
    expect(lookup(db, { ...AZ_EN, text: '{1}Kamran Əliyev{/1} çıxış edib.' })[0].exact).toBe(true);
    db.close();
  });
});

describe('translation memory: fuzzy matches', () => {
  const ONE = 'Görüşdə 12 nəfər iştirak edib və əməkdaşlıq məsələləri müzakirə olunub.';
  const TWO = 'Görüşdə 15 nəfər iştirak edib və təhlükəsizlik məsələləri müzakirə olunub.';
  const QUERY = 'Görüşdə 15 nəfər iştirak edib və əməkdaşlıq məsələləri müzakirə olunub.';

  it('ranks a changed number above a changed word, with the stated scores and the differences marked', () => {
    const db = freshDb();
    addUnits(db, [
      pair(ONE, 'The meeting was attended by 12 people and cooperation was discussed.'),
      pair(TWO, 'The meeting was attended by 15 people and security was discussed.'),
      pair('Tədbirdə Qazaxıstan nümayəndə heyəti də iştirak edib.', 'A delegation of Kazakhstan also attended.'),
    ]);
    const matches = lookup(db, { ...AZ_EN, text: QUERY });
    expect(matches.map((m) => m.source)).toEqual([ONE, TWO]);
    // By hand from the formula: the query weighs 9 words·1 + 1 number·0.5 + '.'·0.25 = 9.75;
    // a number changed costs 0.5 → ⌊100·(1 − 0.5/9.75)⌋ = 94; a word changed costs 1 → ⌊89.7⌋ = 89.
    expect(matches.map((m) => [m.exact, m.score])).toEqual([
      [false, 94],
      [false, 89],
    ]);
    const [number, word] = matches;
    expect(number.diff.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'changed', segment: '15 ', memory: '12 ' }]);
    expect(word.diff.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'changed', segment: 'əməkdaşlıq ', memory: 'təhlükəsizlik ' }]);
    for (const match of matches) {
      expect(joined(match.diff, 'segment')).toBe(QUERY);
      expect(joined(match.diff, 'memory')).toBe(match.source);
    }
    db.close();
  });

  it('marks added and removed words and placeholders', () => {
    const db = freshDb();
    const stored = 'Baş prokuror {1}Kamran Əliyev{/1} Özbəkistan nümayəndə heyətini qəbul edib.';
    addUnit(db, pair(stored, 'Prosecutor General {1}Kamran Aliyev{/1} received a delegation of Uzbekistan.'));
    const query = 'Baş prokuror Kamran Əliyev Özbəkistan nümayəndə heyətini bu gün qəbul edib.';
    const [match] = lookup(db, { ...AZ_EN, text: query });
    expect(match.source).toBe(stored);
    const changes = match.diff.filter((part) => part.kind !== 'same');
    expect(changes.map((part) => part.kind)).toEqual(['removed', 'removed', 'added']);
    expect(changes[0].memory).toBe('{1}');
    expect(changes[1].memory).toBe('{/1} ');
    expect(changes[2].segment).toBe('bu gün ');
    expect(joined(match.diff, 'segment')).toBe(query);
    expect(joined(match.diff, 'memory')).toBe(stored);
    db.close();
  });

  it('leaves out matches under minScore and returns at most `limit`, best first', () => {
    const db = freshDb();
    const base = ['Nümayəndə', 'heyəti', 'Bakıda', 'Baş', 'Prokurorluğun', 'rəhbərliyi', 'ilə', 'görüşüb', 'və', 'məsələləri', 'müzakirə', 'edib'];
    // Variant k has its last k words replaced: similarity falls as k grows.
    const variants = [1, 2, 3, 4, 6, 9].map((k) => [...base.slice(0, base.length - k), ...Array.from({ length: k }, (_, i) => `söz${i}`)].join(' ') + '.');
    addUnits(
      db,
      variants.map((source, i) => pair(source, `Translation ${i}.`)),
    );
    const query = base.join(' ') + '.';
    const all = lookup(db, { ...AZ_EN, text: query, limit: 10, minScore: 0 });
    expect(all.map((m) => m.source)).toEqual(variants);
    const scores = all.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const good = lookup(db, { ...AZ_EN, text: query, limit: 10, minScore: 75 });
    expect(good.map((m) => m.score)).toEqual(scores.filter((s) => s >= 75));
    expect(good.length).toBeGreaterThan(0);
    expect(good.length).toBeLessThan(variants.length);
    expect(lookup(db, { ...AZ_EN, text: query, limit: 2, minScore: 0 }).map((m) => m.source)).toEqual(variants.slice(0, 2));
    db.close();
  });
});

describe('translation memory: language pairs and storing', () => {
  it('keeps language pairs apart, for exact and fuzzy matches', () => {
    const db = freshDb();
    const source = 'Baş prokuror Türkiyə nümayəndə heyəti ilə görüşüb.';
    addUnit(db, pair(source, 'The Prosecutor General met a delegation of Turkey.'));
    addUnit(db, { sourceLang: 'az', targetLang: 'ru', source, target: 'Генеральный прокурор встретился с делегацией Турции.', origin: 'release:2' });
    addUnit(db, { sourceLang: 'en', targetLang: 'az', source: 'The meeting was held in Baku.', target: 'Görüş Bakıda keçirilib.', origin: 'release:3' });

    expect(lookup(db, { ...AZ_EN, text: source }).map((m) => m.target)).toEqual(['The Prosecutor General met a delegation of Turkey.']);
    expect(lookup(db, { sourceLang: 'az', targetLang: 'ru', text: source }).map((m) => m.target)).toEqual([
      'Генеральный прокурор встретился с делегацией Турции.',
    ]);
    const near = 'Baş prokuror Gürcüstan nümayəndə heyəti ilə görüşüb.';
    expect(lookup(db, { sourceLang: 'az', targetLang: 'ru', text: near }).map((m) => m.target)).toEqual([
      'Генеральный прокурор встретился с делегацией Турции.',
    ]);
    expect(lookup(db, { sourceLang: 'en', targetLang: 'ru', text: source })).toEqual([]);
    expect(lookup(db, { sourceLang: 'ru', targetLang: 'az', text: 'The meeting was held in Baku.' })).toEqual([]);
    db.close();
  });

  it('stores a pair once: confirming it again refreshes it, a new translation is a new unit', () => {
    const db = freshDb();
    const first = addUnit(db, pair('Görüş Bakıda keçirilib.', 'The meeting was held in Baku.', 1), 1_000);
    const again = addUnit(db, pair('Görüş  BAKIDA keçirilib.', 'The meeting was held in Baku.', 2), 2_000);
    expect(again).toBe(first);
    expect(allUnits(db)).toEqual([
      expect.objectContaining({ id: first, source: 'Görüş  BAKIDA keçirilib.', origin: 'release:1', createdAt: 1_000, updatedAt: 2_000 }),
    ]);
    const other = addUnit(db, pair('Görüş Bakıda keçirilib.', 'The meeting took place in Baku.', 3), 3_000);
    expect(other).not.toBe(first);
    expect(lookup(db, { ...AZ_EN, text: 'Görüş Bakıda keçirilib.' }).map((m) => [m.target, m.exact])).toEqual([
      ['The meeting took place in Baku.', true],
      ['The meeting was held in Baku.', true],
    ]);
    expect(addUnits(db, [pair('Görüş Bakıda keçirilib.', 'The meeting took place in Baku.'), pair('Yeni cümlə.', 'A new sentence.')])).toEqual({
      added: 1,
      refreshed: 1,
    });
    db.close();
  });

  it('refuses an empty pair or one language on both sides, storing nothing', () => {
    const db = freshDb();
    expect(() => addUnit(db, pair('  ', 'Something.'))).toThrow(TmPairError);
    expect(() => addUnit(db, pair('Bir şey.', ' '))).toThrow(TmPairError);
    expect(() => addUnit(db, { ...pair('Bir şey.', 'Bir şey.'), targetLang: 'az' })).toThrow(/both in az/);
    expect(() => addUnits(db, [pair('Bir.', 'One.'), pair('', 'Two.')])).toThrow(TmPairError);
    expect(allUnits(db)).toEqual([]);
    db.close();
  });
});

describe('pre-filling a release from memory', () => {
  const sentence = (i: number) => `Görüşün ${i}-ci hissəsində ${['Qazaxıstan', 'Türkiyə', 'Gürcüstan', 'İtaliya'][i % 4]} tərəfi çıxış edib.`;

  it('fills every segment of a 40-segment release that has an exact match, and only those', () => {
    // Ten paragraphs of four sentences; some sentences bold a country, as the editor would.
    const doc: DocNode = {
      type: 'doc',
      content: Array.from({ length: 10 }, (_, p) => ({
        type: 'paragraph',
        content: Array.from({ length: 4 }, (_, s) => {
          const i = p * 4 + s;
          return { type: 'text', text: `${sentence(i)} `, ...(i % 5 === 0 ? { marks: [{ type: 'bold' }] } : {}) };
        }),
      })),
    };
    const segments = segmentDoc(doc, 'az');
    expect(segments).toHaveLength(40);

    const db = freshDb();
    // An earlier release translated 30 of these sentences; 5 of the rest were stored with another number.
    const stored = segments.filter((_, i) => i % 4 !== 3 || i >= 20);
    addUnits(
      db,
      stored.map((segment) => pair(segment.text, `EN ${segment.id}`, 7)),
    );
    addUnits(
      db,
      segments.filter((_, i) => i % 4 === 3 && i < 20).map((segment) => pair(segment.text.replace(/\d+/, '99'), 'EN other', 7)),
    );

    const filled = prefill(
      db,
      segments.map(({ id, text }) => ({ id, text })),
      AZ_EN,
    );
    expect(filled.map((f) => f.segmentId)).toEqual(stored.map((segment) => segment.id));
    for (const { segmentId, match, alternatives } of filled) {
      expect(match).toMatchObject({ exact: true, score: 100, target: `EN ${segmentId}` });
      expect(alternatives).toBe(0);
    }
    db.close();
  });
});

describe('memory through TMX', () => {
  it('hands the memory over as TMX and takes it in again in another database', () => {
    const db = freshDb();
    addUnits(db, [
      pair('Baş prokuror {1}Kamran Əliyev{/1} nümayəndə heyətini qəbul edib.', 'Prosecutor General {1}Kamran Aliyev{/1} received the delegation.'),
      { sourceLang: 'az', targetLang: 'ru', source: 'Görüş «Bakı» şəhərində keçirilib.', target: 'Встреча прошла в городе «Баку».', origin: 'release:4' },
    ]);
    const xml = writeTmx(allUnits(db), { srcLang: 'az', adminLang: 'en', creationTool: 'Pressdesk', creationToolVersion: '0.1.0' });
    db.close();

    const other = freshDb();
    const read = readTmx(xml);
    expect(read.warnings).toEqual([]);
    addUnits(
      other,
      read.units.map((unit) => ({ ...unit, origin: 'tmx:memory.tmx' })),
    );
    expect(lookup(other, { sourceLang: 'az', targetLang: 'ru', text: 'Görüş «Bakı» şəhərində keçirilib.' })[0]).toMatchObject({
      exact: true,
      target: 'Встреча прошла в городе «Баку».',
      origin: 'tmx:memory.tmx',
    });
    other.close();
  });
});
