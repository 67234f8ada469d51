// Sentence segmentation of the five real releases. What must stay whole (initials, suffixed
// abbreviations and numbers, dates) is found in the files by pattern; the sentences checked by name
// were read off the files by hand.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentDoc, splitSentences, type Span } from '../../core/translate/segment';
import { body } from '../helpers/docs';

const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds', import.meta.url));
if (!existsSync(seeds)) console.warn(`seed-segmentation: ${seeds} is absent, so the seed releases are not segmented`);

const MONTHS = 'yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr';
/** Pieces of text that a sentence break must never cut. */
const WHOLE: Record<string, RegExp> = {
  initial: /\p{Lu}\.\s?\p{Lu}\p{Ll}+/gu,
  suffixed: /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*-\p{Ll}+/gu,
  ordinal: /\d+-(?:ci|cı|cu|cü) \p{L}+/gu,
  date: /\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}(?:-\d{2})?/gu,
  dayMonth: new RegExp(`\\d{1,2}(?:-\\d{1,2})? (?:${MONTHS})\\p{L}*`, 'gu'),
};

/** Hand-read sentences of each file, each of which must come out as one segment. */
const SENTENCES: Record<string, string[]> = {
  '000_7a9cc6367f323bbc.txt': [
    'Daha sonra ölkəmizin, o cümlədən paytaxtımızın milli-mədəni və tarixi abidələrini əks etdirən videoçarx tədbir iştirakçılarına nümayiş etdirilməklə broşürlər, eləcə də, məlumat kitabçaları paylanılıb.',
    'Səfər çərçivəsində Baş prokuror Britaniyanın Kral Prokurorluq Xidmətinin rəhbəri Maks Hill ilə görüşüb.',
    'Baş Prokurorluğun nümayəndə heyətinin Londona işgüzar səfəri başa çatıb.',
  ],
  '001_2e0fb5ac75755237.txt': [
    'Bu barədə Metbuat.az-a Baş Prokurorluğun mətbuat xidmətindən məlumat verilib.',
    'O, Prezident İlham Əliyevin bilavasitə rəhbərliyi altında COP29-un ən yüksək səviyyədə təşkil olunduğunu vurğulayıb.',
  ],
  '002_2eb23ef7a5cfa1cb.txt': ['Baş prokuror beynəlxalq konfrans iştirakçıları ilə görüşüb', 'Sonda xatirə fotosu çəkililib.'],
  '003_700814745b7d764e.txt': [
    'Cari ilin 11-12 mart tarixlərində Qazaxıstan Prezidentinin ölkəmizə dövlət səfəri çərçivəsində işğaldan azad edilmiş Füzuli rayonunda Kurmanqazı adına Uşaq Yaradıcılıq Mərkəzinin istifadəyə verilməsi xalqlarımızın qardaşlığının daha bir göstəricisi olduğu qeyd edilib.',
  ],
  '004_849d74e800bb3d0b.txt': [
    'Metbuat.az xəbər verir ki, müşavirədə çıxış edən Baş prokuror 2025-ci ilin 4 ayı ərzində prokurorluq orqanlarının fəaliyyəti və görülmüş işləri təhlil edərək qarşıda duran vəzifələrə dair bir sıra tapşırıqlar verib.',
  ],
};

describe.skipIf(!existsSync(seeds))('sentence segmentation of the seed releases', () => {
  const files = existsSync(seeds)
    ? readdirSync(seeds)
        .filter((name) => name.endsWith('.txt'))
        .sort()
    : [];
  const read = (file: string) => readFileSync(join(seeds, file), 'utf8');

  it('finds the five seeds', () => expect(files).toEqual(Object.keys(SENTENCES)));

  it.each(files)('%s: every non-space character lies in exactly one trimmed segment', (file) => {
    const text = read(file);
    const spans = splitSentences(text, 'az');
    let covered = '';
    let last = 0;
    for (const { start, end } of spans) {
      expect(start).toBeGreaterThanOrEqual(last);
      expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
      covered += text.slice(start, end);
      last = end;
    }
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('never breaks inside an initial, a suffixed abbreviation or number, or a date', () => {
    const found: Record<string, string[]> = Object.fromEntries(Object.keys(WHOLE).map((kind) => [kind, []]));
    for (const file of files) {
      const text = read(file);
      const spans = splitSentences(text, 'az');
      for (const [kind, pattern] of Object.entries(WHOLE)) {
        for (const match of text.matchAll(pattern)) {
          const from = match.index;
          const to = from + match[0].length;
          const inside = (span: Span) => span.start <= from && to <= span.end;
          expect(spans.some(inside), `${file}: "${match[0]}" is cut`).toBe(true);
          found[kind].push(match[0]);
        }
      }
    }
    // The forms the issue names occur in the seeds, so the check above is not empty.
    expect(found.suffixed).toEqual(expect.arrayContaining(['BMT-nin', 'Metbuat.az-a', 'COP29-un', '28-ci', '2024-cü']));
    expect(found.ordinal).toEqual(expect.arrayContaining(['2024-cü ilin', '28-ci illik']));
    expect(found.date).toEqual(expect.arrayContaining(['2023-09', '2024-11']));
    expect(found.dayMonth).toEqual(expect.arrayContaining(['11-12 mart', '29 sentyabr']));
  });

  it.each(files)('%s: hand-read sentences come out whole and the count is plausible', (file) => {
    const text = read(file);
    const spans = splitSentences(text, 'az');
    const segments = spans.map(({ start, end }) => text.slice(start, end));
    expect(segments).toEqual(expect.arrayContaining(SENTENCES[file]));
    // At least one segment per line, at most one more per sentence mark that has a space after it.
    const lines = text.split('\n').filter((line) => line.trim()).length;
    const marks = text.match(/[.!?…]["'»”)]*[ \t]/g)?.length ?? 0;
    expect(segments.length).toBeGreaterThanOrEqual(lines);
    expect(segments.length).toBeLessThanOrEqual(lines + marks);
    // A segment that does not end its line ends with a sentence mark.
    for (const { start, end } of spans) {
      if (!/^[ \t\r]*(\n|$)/.test(text.slice(end))) expect(text.slice(start, end), file).toMatch(/[.!?…]["'»”)]*$/);
    }
  });

  it.each(files)('%s: segments of the release as a document are the sentences of its paragraphs', (file) => {
    const text = read(file);
    const segments = segmentDoc(body(text), 'az');
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean);
    expect(segments.map((segment) => segment.text)).toEqual(
      paragraphs.flatMap((paragraph) => splitSentences(paragraph, 'az').map(({ start, end }) => paragraph.slice(start, end))),
    );
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(segments.length);
    expect(segments.every((segment) => Object.keys(segment.marks).length === 0)).toBe(true);
  });
});
