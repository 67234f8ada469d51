// Sanity of the shipped countries and places: every entry named in all three languages, in the right
// script, and no name that could point to two entries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../core/registry/countries';
import { PLACES } from '../../core/registry/places';
import type { Names, RegistryEntry } from '../../core/registry/types';

const LANGS: (keyof Names)[] = ['az', 'en', 'ru'];
const ALL = [...COUNTRIES, ...PLACES];

function namesOf(entry: RegistryEntry, lang: keyof Names): string[] {
  return [entry.names[lang], ...(entry.aliases?.[lang] ?? [])];
}

/** How a tagger would compare names: NFC, case folded by the language's own rules (İ/ı in Azerbaijani). */
function fold(name: string, lang: keyof Names): string {
  return name.normalize('NFC').toLocaleLowerCase(lang);
}

function entryNamed(entries: RegistryEntry[], lang: keyof Names, name: string): RegistryEntry | undefined {
  return entries.find((e) => namesOf(e, lang).some((n) => fold(n, lang) === fold(name, lang)));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
// Russian names are Cyrillic words with the punctuation country names need (Кот-д'Ивуар; Бонайре, Синт-Эстатиус и Саба).
const RUSSIAN_NAME = /^[\p{Script=Cyrillic}0-9 \-–—(),.']+$/u;

describe('shipped countries and places', () => {
  it('has unique keys of the right shape for each kind', () => {
    const keys = ALL.map((e) => e.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const c of COUNTRIES) {
      expect(c.kind).toBe('country');
      expect(c.key).toMatch(/^country:([A-Z]{2}|TRNC)$/);
    }
    for (const p of PLACES) {
      expect(p.kind).toBe('place');
      expect(p.key).toMatch(/^place:[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('covers every country and territory', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(240);
  });

  it('names every entry in all three languages, trimmed and in NFC', () => {
    const bad: string[] = [];
    for (const e of ALL) {
      for (const lang of LANGS) {
        for (const name of namesOf(e, lang)) {
          if (!name || name !== name.trim() || /\s{2}/.test(name) || name !== name.normalize('NFC')) {
            bad.push(`${e.key} ${lang}: ${JSON.stringify(name)}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes Azerbaijani and English names in Latin script and Russian names in Cyrillic', () => {
    const bad: string[] = [];
    for (const e of ALL) {
      for (const lang of ['az', 'en'] as const) {
        for (const name of namesOf(e, lang)) {
          if (CYRILLIC.test(name) || !LATIN.test(name)) bad.push(`${e.key} ${lang}: ${name}`);
        }
      }
      for (const name of namesOf(e, 'ru')) {
        if (!RUSSIAN_NAME.test(name) || !CYRILLIC.test(name)) bad.push(`${e.key} ru: ${name}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives no name or alias to two entries in the same language, nor twice to one', () => {
    const clashes: string[] = [];
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const e of ALL) {
        for (const name of namesOf(e, lang)) {
          const folded = fold(name, lang);
          const previous = owner.get(folded);
          if (previous !== undefined) clashes.push(`${lang} "${name}": ${previous} and ${e.key}`);
          owner.set(folded, e.key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('places each place in a listed country, except Jerusalem whose status is disputed', () => {
    const countryKeys = new Set(COUNTRIES.map((c) => c.key));
    const unplaced = PLACES.filter((p) => p.country === undefined).map((p) => p.key);
    expect(unplaced).toEqual(['place:jerusalem']);
    const dangling = PLACES.filter((p) => p.country !== undefined && !countryKeys.has(p.country));
    expect(dangling.map((p) => `${p.key} -> ${p.country}`)).toEqual([]);
  });

  it('has the names the press uses for a sample of countries and places', () => {
    const expected: [key: string, az: string, en: string, ru: string][] = [
      ['country:AZ', 'Azərbaycan', 'Azerbaijan', 'Азербайджан'],
      ['country:KZ', 'Qazaxıstan', 'Kazakhstan', 'Казахстан'],
      ['country:UZ', 'Özbəkistan', 'Uzbekistan', 'Узбекистан'],
      ['country:KG', 'Qırğızıstan', 'Kyrgyzstan', 'Кыргызстан'],
      ['country:TR', 'Türkiyə', 'Türkiye', 'Турция'],
      ['country:TRNC', 'Şimali Kipr Türk Cümhuriyyəti', 'Turkish Republic of Northern Cyprus', 'Турецкая Республика Северного Кипра'],
      ['country:GE', 'Gürcüstan', 'Georgia', 'Грузия'],
      ['country:GB', 'Böyük Britaniya', 'United Kingdom', 'Великобритания'],
      ['country:US', 'Amerika Birləşmiş Ştatları', 'United States', 'Соединённые Штаты Америки'],
      ['country:AE', 'Birləşmiş Ərəb Əmirlikləri', 'United Arab Emirates', 'Объединённые Арабские Эмираты'],
      ['country:HU', 'Macarıstan', 'Hungary', 'Венгрия'],
      ['country:ME', 'Monteneqro', 'Montenegro', 'Черногория'],
      ['country:CZ', 'Çexiya', 'Czechia', 'Чехия'],
      ['country:SA', 'Səudiyyə Ərəbistanı', 'Saudi Arabia', 'Саудовская Аравия'],
      ['country:DZ', 'Əlcəzair', 'Algeria', 'Алжир'],
      ['country:MA', 'Mərakeş', 'Morocco', 'Марокко'],
      ['country:KR', 'Koreya Respublikası', 'South Korea', 'Республика Корея'],
      ['country:NL', 'Niderland', 'Netherlands', 'Нидерланды'],
      ['country:CH', 'İsveçrə', 'Switzerland', 'Швейцария'],
      ['country:SE', 'İsveç', 'Sweden', 'Швеция'],
      ['country:MN', 'Monqolustan', 'Mongolia', 'Монголия'],
      ['country:XK', 'Kosovo', 'Kosovo', 'Косово'],
      ['place:baku', 'Bakı', 'Baku', 'Баку'],
      ['place:ganja', 'Gəncə', 'Ganja', 'Гянджа'],
      ['place:sumgait', 'Sumqayıt', 'Sumgait', 'Сумгайыт'],
      ['place:shusha', 'Şuşa', 'Shusha', 'Шуша'],
      ['place:khankendi', 'Xankəndi', 'Khankendi', 'Ханкенди'],
      ['place:nakhchivan', 'Naxçıvan', 'Nakhchivan', 'Нахчыван'],
      ['place:karabakh', 'Qarabağ', 'Karabakh', 'Карабах'],
      ['place:east-zangezur', 'Şərqi Zəngəzur', 'East Zangezur', 'Восточный Зангезур'],
      ['place:the-hague', 'Haaqa', 'The Hague', 'Гаага'],
      ['place:geneva', 'Cenevrə', 'Geneva', 'Женева'],
      ['place:vienna', 'Vyana', 'Vienna', 'Вена'],
      ['place:tashkent', 'Daşkənd', 'Tashkent', 'Ташкент'],
    ];
    const byKey = new Map(ALL.map((e) => [e.key, e]));
    for (const [key, az, en, ru] of expected) {
      expect(byKey.get(key)?.names, key).toEqual({ az, en, ru });
    }
  });

  it('knows the abbreviations and old names officers write', () => {
    const expected: [lang: keyof Names, name: string, key: string][] = [
      ['az', 'ABŞ', 'country:US'],
      ['en', 'USA', 'country:US'],
      ['ru', 'США', 'country:US'],
      ['az', 'BƏƏ', 'country:AE'],
      ['ru', 'ОАЭ', 'country:AE'],
      ['az', 'ŞKTC', 'country:TRNC'],
      ['az', 'Şimali Kipr Türk Respublikası', 'country:TRNC'],
      ['en', 'Turkey', 'country:TR'],
      ['ru', 'РФ', 'country:RU'],
      ['az', 'Rusiya Federasiyası', 'country:RU'],
      ['en', 'UK', 'country:GB'],
      ['az', 'Britaniya', 'country:GB'],
      ['en', 'Czech Republic', 'country:CZ'],
      ['en', 'Swaziland', 'country:SZ'],
      ['en', 'Burma', 'country:MM'],
      // Case folding follows Azerbaijani: İ and i are one letter, I and ı another.
      ['az', 'İSVEÇRƏ', 'country:CH'],
      ['az', 'qırğızıstan', 'country:KG'],
    ];
    const found = expected.map(([lang, name]) => [lang, name, entryNamed(ALL, lang, name)?.key]);
    expect(found).toEqual(expected.map(([lang, name, key]) => [lang, name, key]));
    expect(entryNamed(ALL, 'az', 'QIRĞIZISTAN')?.key).toBe('country:KG');
  });
});

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const annotationsFile = join(corpus, 'seeds-annotations.json');
if (!existsSync(annotationsFile)) {
  console.warn(`registry-data: ${annotationsFile} is absent, so the seed releases' countries and places are not checked`);
}

interface Annotated {
  az: string;
  en: string;
}

describe.skipIf(!existsSync(annotationsFile))('the countries and places annotated in the seed releases', () => {
  it.each([
    ['countries', COUNTRIES],
    ['places', PLACES],
  ] as const)('finds every one of the annotated %s by its English and its Azerbaijani name', (field, entries) => {
    const releases = Object.values(
      JSON.parse(readFileSync(annotationsFile, 'utf8')).releases as Record<string, { countries?: Annotated[]; places?: Annotated[] }>,
    );
    const annotated = releases.flatMap((r) => r[field] ?? []);
    expect(annotated.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { az, en } of annotated) {
      const byEn = entryNamed(entries, 'en', en);
      const byAz = entryNamed(entries, 'az', az);
      if (!byEn || byEn !== byAz) missing.push(`${en} / ${az}: ${byEn?.key ?? '-'} vs ${byAz?.key ?? '-'}`);
    }
    expect(missing).toEqual([]);
  });
});
