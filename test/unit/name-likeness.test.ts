// Spellings of one foreign person that Azerbaijani press varies, with invented variants.
import { describe, expect, it } from 'vitest';
import { azFromRussian, personBySpelling, sameNameSpelling } from '../../core/registry/name-likeness';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { reconstructName } from '../../core/translate/foreign-names';
import { translitName } from '../../core/translate/translit-cli';

describe('one name, several Azerbaijani spellings', () => {
  it('reads a Russian form the way the press writes it', () => {
    expect(azFromRussian('Джорджа Мелони')).toBe('Corca Meloni');
    expect(azFromRussian('Юрий Чайка')).toBe('Yuriy Çayka');
    expect(azFromRussian('Валентина Матвиенко')).toBe('Valentina Matviyenko');
  });

  it('takes vowels, q/g, x/h, doubled letters and a dropped y for the same name', () => {
    expect(sameNameSpelling('Kubanıçbek Ömürəliyev', 'Kubanıçbek Omuraliev')).toBe(true);
    expect(sameNameSpelling('Ralf Horleman', 'Ralf Horlemann')).toBe(true);
    expect(sameNameSpelling('Mixail Şvıdkoy', 'Mixayıl Şvıdkoy')).toBe(true);
  });

  it('keeps apart names whose consonants or first letters differ', () => {
    expect(sameNameSpelling('Mehmet Karaca', 'Mehmet Akarca')).toBe(false);
    expect(sameNameSpelling('Ali Məmmədov', 'Ali Mahmudov')).toBe(false);
    expect(sameNameSpelling('Sergey Lavrov', 'Sergey Lavrov Petrov')).toBe(false);
  });

  it('finds a registry person by another spelling, and not by one word', () => {
    expect(personBySpelling(SHIPPED_REGISTRY, 'Niqmatulla Yuldoşev')?.names.en).toBe('Nigmatilla Yuldashev');
    expect(personBySpelling(SHIPPED_REGISTRY, 'Lavrov')).toBeNull();
  });

  it('gives translit the registry spelling of a person written another way, and no one else its own', () => {
    expect(translitName('Yurgen Ştok', 'en')).toBe('Jürgen Stock');
    expect(translitName('Yurgen Ştok', 'ru')).toBe('Юрген Шток');
    expect(translitName('Nikolay Lavrov', 'en', 'RU')).toBe('Nikolay Lavrov');
  });
});

describe('Arabic given names', () => {
  it('take their settled spellings, Mohamed in Egypt and the Emirates', () => {
    expect(reconstructName('Xalid bin Məhəmməd', 'SA', 'en')).toBe('Khalid bin Mohammed');
    expect(reconstructName('Məhəmməd Əli', 'EG', 'en')).toBe('Mohamed Ali');
    expect(reconstructName('Xalid bin Məhəmməd', 'SA', 'ru')).toBe('Халид бен Мухаммед');
  });
});

describe('English, French and German given names', () => {
  it('take their own spelling before a surname, and the rules do the rest', () => {
    expect(reconstructName('Devid Braun', 'GB', 'en')).toBe('David Braun');
    expect(reconstructName('Devid Braun', 'GB', 'ru')).toBe('Дэвид Браун');
    expect(reconstructName('Fransua Leqran', 'FR', 'en')).toBe('François Legran');
    expect(reconstructName('Volfqanq Müller', 'DE', 'en')).toBe('Wolfgang Müller');
    // Not as a surname: Pol is a given name only before another word.
    expect(reconstructName('Anna Pol', 'GB', 'en')).toBe('Anna Pol');
  });
});
