import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../core/registry/types';
import { findTerms, forbiddenUsed, maskPlaceholders, termsFromRegistry, type Term } from '../../core/translate/termbase';

const TERMS: Term[] = [
  { id: 'pg', az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор', forbidden: { en: ['General Prosecutor'], ru: ['генпрокурор'] } },
  { id: 'prosecutor', az: 'prokuror', en: 'prosecutor', ru: 'прокурор', forbidden: { en: ['attorney'] } },
  { id: 'case', az: 'cinayət işi', en: 'criminal case', ru: 'уголовное дело', note: 'not "criminal matter"', forbidden: { en: ['criminal matter'] } },
  { id: 'un', az: 'BMT', en: 'UN', ru: 'ООН' },
  { id: 'ecx', az: 'ekstradisiya', en: 'extradition', ru: 'экстрадиция' },
];

const found = (text: string, language: 'az' | 'en' | 'ru', terms = TERMS) => findTerms(text, language, terms).map((h) => [h.term.id, h.text]);

describe('termsFromRegistry', () => {
  const entries: RegistryEntry[] = [
    {
      key: 'person:kamran-aliyev',
      kind: 'person',
      names: { az: 'Kamran Əliyev', en: 'Kamran Aliyev', ru: 'Кямран Алиев' },
      title: { az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор' },
    },
    {
      key: 'person:someone',
      kind: 'person',
      names: { az: 'Tural Məmmədov', en: 'Tural Mammadov', ru: 'Турал Мамедов' },
      // The same title again gives no second term.
      title: { az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор' },
    },
    // Not named in all three languages: no term.
    { key: 'org:local', kind: 'organization', names: { az: 'Yerli Şura', en: 'Local Council', ru: '' } },
    { key: 'person:untitled', kind: 'person', names: { az: 'Nigar Həsənova', en: 'Nigar Hasanova', ru: 'Нигяр Гасанова' }, title: { az: 'hakim' } },
  ];

  it('gives names complete in three languages and each title once', () => {
    const terms = termsFromRegistry(entries);
    expect(terms.map((t) => [t.id, t.az, t.en, t.ru])).toEqual([
      ['person:kamran-aliyev', 'Kamran Əliyev', 'Kamran Aliyev', 'Кямран Алиев'],
      ['title:Baş prokuror', 'Baş prokuror', 'Prosecutor General', 'Генеральный прокурор'],
      ['person:someone', 'Tural Məmmədov', 'Tural Mammadov', 'Турал Мамедов'],
      ['person:untitled', 'Nigar Həsənova', 'Nigar Hasanova', 'Нигяр Гасанова'],
    ]);
    expect(terms.every((t) => t.source === 'registry')).toBe(true);
  });

  it('keeps a name to its capitals but lets a title match in lower case', () => {
    const terms = termsFromRegistry(entries);
    expect(found('baş prokuror kamran əliyev ilə görüşüb', 'az', terms)).toEqual([['title:Baş prokuror', 'baş prokuror']]);
    expect(found('Baş prokuror Kamran Əliyevin çıxışı', 'az', terms)).toEqual([
      ['title:Baş prokuror', 'Baş prokuror'],
      ['person:kamran-aliyev', 'Kamran Əliyevin'],
    ]);
  });
});

describe('findTerms', () => {
  it('finds Azerbaijani terms under their suffixes, the longest first and without overlaps', () => {
    expect(found('Baş prokurorunun müavini və rayon prokurorları cinayət işinin ekstradisiyasını müzakirə ediblər.', 'az')).toEqual([
      ['pg', 'Baş prokurorunun'],
      ['prosecutor', 'prokurorları'],
      ['case', 'cinayət işinin'],
      ['ecx', 'ekstradisiyasını'],
    ]);
  });

  it('does not take a longer word for a term', () => {
    expect(found('Prokurorluq və prokurorluğun əməkdaşları', 'az')).toEqual([]);
  });

  it('holds abbreviations to capitals and reads their suffixes after a hyphen', () => {
    expect(found('BMT-nin qətnaməsi', 'az')).toEqual([['un', 'BMT-nin']]);
    expect(found('bmt-nin qətnaməsi', 'az')).toEqual([]);
  });

  it('finds Russian terms in their cases and English ones with plurals and the possessive', () => {
    expect(found('Заместитель Генерального прокурора и прокуроры по уголовным делам', 'ru')).toEqual([
      ['pg', 'Генерального прокурора'],
      ['prosecutor', 'прокуроры'],
    ]);
    expect(found('The Prosecutor General’s statement on two criminal cases and an extradition', 'en')).toEqual([
      ['pg', 'Prosecutor General’s'],
      ['case', 'criminal cases'],
      ['ecx', 'extradition'],
    ]);
  });

  it('sees a term through placeholders and gives offsets into the segment text', () => {
    const text = '{1}Baş {2}prokuror{/2}{/1}un müavini';
    const hits = findTerms(text, 'az', TERMS);
    expect(hits.map((h) => h.term.id)).toEqual(['pg']);
    expect(text.slice(hits[0].start, hits[0].end)).toBe(hits[0].text);
    expect(hits[0].text.startsWith('Baş {2}prokuror')).toBe(true);
  });

  it('compiles a terms array once and still sees a new array', () => {
    expect(found('prokuror', 'az')).toEqual([['prosecutor', 'prokuror']]);
    const more = [...TERMS, { id: 'witness', az: 'şahid', en: 'witness', ru: 'свидетель' }];
    expect(found('şahidin ifadəsi', 'az', more)).toEqual([['witness', 'şahidin']]);
    expect(found('şahidin ifadəsi', 'az')).toEqual([]);
  });
});

describe('forbiddenUsed', () => {
  it('reports a forbidden variant, in any case and in its cases', () => {
    const hits = forbiddenUsed('The General Prosecutor met an attorney and genprokuror', 'en', TERMS);
    expect(hits.map((h) => [h.term.id, h.variant, h.text])).toEqual([
      ['pg', 'General Prosecutor', 'General Prosecutor'],
      ['prosecutor', 'attorney', 'attorney'],
    ]);
    expect(forbiddenUsed('Встреча с генпрокурором', 'ru', TERMS).map((h) => h.text)).toEqual(['генпрокурором']);
  });

  it('does not report a variant inside the preferred term, nor in another language', () => {
    const terms: Term[] = [{ id: 'x', az: 'Baş prokuror', en: 'Prosecutor General', ru: 'Генеральный прокурор', forbidden: { en: ['General'] } }];
    expect(forbiddenUsed('The Prosecutor General spoke.', 'en', terms)).toEqual([]);
    expect(forbiddenUsed('General remarks.', 'en', terms).map((h) => h.variant)).toEqual(['General']);
    expect(forbiddenUsed('General remarks.', 'ru', terms)).toEqual([]);
  });
});

describe('maskPlaceholders', () => {
  it('blanks placeholders and reads a doubled brace as one, keeping every offset', () => {
    const text = 'a {1}b{/1} {{c} {2/}';
    const masked = maskPlaceholders(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('a    b     { c}     ');
  });
});
