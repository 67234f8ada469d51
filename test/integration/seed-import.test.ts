// The five real releases copied from a news site, imported as plain text. What is expected of each
// (title, date, broken words, boilerplate) was read off the files by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docToText } from '../../core/doc-text';
import { tokenize } from '../../core/fold';
import { decodeText } from '../../core/import/decode';
import { importPlainText } from '../../core/import/plain-text';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const seeds = join(corpus, 'seeds');
if (!existsSync(seeds)) console.warn(`seed-import: ${seeds} is absent, so importing the seed releases is not checked`);

const JAVASCRIPT = 'You must enable Javascript on your browser for the site to work optimally and display sections completely.';

interface Expected {
  title: string;
  releaseDate: string | null;
  /**
   * Whether the first paragraph is the headline (taken out of the body: a headline line, or an opening
   * paragraph of one sentence) or the title is proposed from the lead's first sentence.
   */
  headline: boolean;
  /** Only a headline line without a full stop is certain; every other title is marked for review. */
  reviewTitle: boolean;
  /** Every "x-" at a line end in the file is a word broken by the layout; these are the words. */
  joined: string[];
  /** Paragraphs the copy broke mid-sentence, as they read once mended. */
  mended: string[];
  boilerplate: string[];
}

const EXPECTED: Record<string, Expected> = {
  '000_7a9cc6367f323bbc.txt': {
    title: 'Ümumdünya prokurorlarının növbəti iclası Bakıda keçiriləcək',
    releaseDate: '2023-09-01',
    headline: true,
    reviewTitle: true,
    joined: [],
    mended: [],
    boilerplate: [JAVASCRIPT],
  },
  '001_2e0fb5ac75755237.txt': {
    title:
      'BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyasının Tərəflər Konfransının 29-cu sessiyasında (COP29) iştirak etmək ' +
      'məqsədilə ölkəmizə səfərə gələn beynəlxalq təşkilat və xarici dövlətlərin nümayəndə heyətləri ilə silsilə görüşlər keçirilir',
    releaseDate: '2024-11-01',
    headline: true,
    reviewTitle: true,
    joined: [],
    mended: [],
    boilerplate: [],
  },
  '002_2eb23ef7a5cfa1cb.txt': {
    title: 'Baş prokuror beynəlxalq konfrans iştirakçıları ilə görüşüb',
    releaseDate: null,
    headline: true,
    reviewTitle: false,
    joined: ['olunduğu'],
    mended: ['bərpa olunduğu, dövlət', 'arasında əməkdaşlığı', 'əhəmiyyətini dikkətə'],
    boilerplate: [],
  },
  '003_700814745b7d764e.txt': {
    title:
      'Qazaxıstan Baş prokurorunun müavini Jandos Umiraliyevin rəhbərlik etdiyi nümayəndə heyəti Baş prokuror Kamran Əliyevin ' +
      'dəvətilə Azərbaycana işgüzar səfərə gəlib',
    releaseDate: '2024-04-01',
    headline: true,
    reviewTitle: true,
    joined: [],
    mended: [],
    boilerplate: [],
  },
  '004_849d74e800bb3d0b.txt': {
    title:
      'Mayın 15-də Azərbaycan Respublikasının Baş prokuroru Kamran Əliyevin rəhbərliyi ilə Baş Prokurorluğun, Baş prokuror yanında ' +
      'Korrupsiyaya qarşı Mübarizə Baş İdarəsinin, Respublika Hərbi, Naxçıvan Muxtar Respublikası və Bakı şəhər prokurorluqlarının ' +
      'məsul şəxslərinin iştirakı ilə əməliyyat müşavirəsi keçirilib',
    // "date 2025-05" over "Mayın 15-də …": the day comes from the text.
    releaseDate: '2025-05-15',
    headline: true,
    reviewTitle: true,
    joined: [],
    mended: [],
    boilerplate: [],
  },
};

const BROKEN_WORD = /(\p{L}+)-\n\s*(\p{Ll}+)/gu;
const words = (text: string) => tokenize(text).map((token) => token.folded);

describe.skipIf(!existsSync(seeds))('importing the seed releases as plain text', () => {
  const annotations = JSON.parse(readFileSync(join(corpus, 'seeds-annotations.json'), 'utf8')).releases as Record<string, { date: string }>;

  describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const bytes = readFileSync(join(seeds, file));
    const decoded = decodeText(bytes).text;
    const raw = decoded.normalize('NFC');
    const draft = importPlainText(decoded);
    const body = docToText(draft.body);
    const codes = draft.warnings.map((w) => w.code);

    it('has the expected title and date', () => {
      expect(draft.title).toBe(expected.title);
      expect(draft.releaseDate).toBe(expected.releaseDate);
      expect(draft.language).toBe('az');
      if (expected.releaseDate === null) expect(codes).toContain('date-missing');
      else expect(codes).toContain('date-partial');
      expect(codes.includes('title-proposed')).toBe(expected.reviewTitle);
    });

    it('agrees with the annotated month', () => {
      const month = annotations[file].date;
      if (/^\d{4}-\d{2}$/.test(month)) expect(draft.releaseDate?.slice(0, 7)).toBe(month);
      else expect(draft.releaseDate).toBeNull();
    });

    it('joins the words the layout broke at a hyphen', () => {
      const broken = [...raw.matchAll(BROKEN_WORD)].map((m) => m[1] + m[2]);
      expect(broken).toEqual(expected.joined);
      for (const word of broken) expect(body).toContain(word);
      expect(body).not.toMatch(/\p{L}-(\n|$)/u);
      expect(draft.changes.filter((c) => c.kind === 'hyphen-join').map((c) => c.after)).toEqual(expected.joined);
    });

    it('mends paragraphs broken mid-sentence and keeps the rest apart', () => {
      const paragraphs = body.split('\n\n');
      for (const phrase of expected.mended)
        expect(
          paragraphs.some((p) => p.includes(phrase)),
          phrase,
        ).toBe(true);
      expect(paragraphs.filter((p) => /^\p{Ll}/u.test(p))).toEqual([]);
    });

    it('removes the site boilerplate and nothing else', () => {
      for (const line of expected.boilerplate) expect(body).not.toContain(line);
      expect(draft.changes.filter((c) => c.kind === 'boilerplate').map((c) => c.before)).toEqual(expected.boilerplate);
    });

    it('keeps every other word of the source, in order', () => {
      let source = raw.replace(/^\s*date \d{4}-\d{2}/, '');
      for (const line of expected.boilerplate) source = source.replace(line, '');
      source = source.replace(BROKEN_WORD, '$1$2');
      // The lead is the first paragraph, moved out of the body; it is printed once.
      expect(draft.lead).not.toBe('');
      expect(body).not.toContain(draft.lead);
      if (expected.headline) {
        expect(words(`${draft.title}\n\n${draft.lead}\n\n${body}`)).toEqual(words(source));
        expect(body).not.toContain(expected.title);
      } else {
        expect(words(`${draft.lead}\n\n${body}`)).toEqual(words(source));
        const title = words(draft.title);
        expect(words(draft.lead).slice(0, title.length)).toEqual(title);
      }
    });
  });
});
