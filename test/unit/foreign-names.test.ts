import { describe, expect, it } from 'vitest';
import { nameFamily, reconstructName } from '../../core/translate/foreign-names';

const both = (az: string, country: string) => [reconstructName(az, country, 'en'), reconstructName(az, country, 'ru')];

describe('foreign names rebuilt from their Azerbaijani spelling', () => {
  it('keeps Turkish letters and writes Russian from the Turkish form', () => {
    expect(both('Bekir Bozdağ', 'TR')).toEqual(['Bekir Bozdağ', 'Бекир Боздаг']);
    expect(both('Rəcəb Tayyib Ərdoğan', 'TR')).toEqual(['Recep Tayyip Erdoğan', 'Реджеп Тайип Эрдоган']);
  });

  it('follows Italian, French and German orthography', () => {
    expect(both('Corca Meloni', 'IT')).toEqual(['Giorgia Meloni', 'Джорджа Мелони']);
    expect(both('Cerald Darmanen', 'FR')).toEqual(['Gérald Darmanin', 'Жеральд Дарманен']);
    expect(both('Olaf Şolts', 'DE')).toEqual(['Olaf Scholz', 'Олаф Шольц']);
  });

  it('goes through Russian for the former Soviet states, and keeps Georgian and Lithuanian letters apart', () => {
    expect(both('Aleksandr Bastrıkin', 'RU')).toEqual(['Aleksandr Bastrykin', 'Александр Бастрыкин']);
    expect(both('Nikol Paşinyan', 'AM')).toEqual(['Nikol Pashinyan', 'Никол Пашинян']);
    expect(reconstructName('Andrey Şved', 'BY', 'en')).toBe('Andrei Shved');
    expect(reconstructName('Jozep Roka', 'ES', 'en')).toBe('Josep Roca');
    expect(both('İrakli Kobaxidze', 'GE')).toEqual(['Irakli Kobakhidze', 'Иракли Кобахидзе']);
    expect(both('Qitanas Nauseda', 'LT')).toEqual(['Gitanas Nauseda', 'Гитанас Науседа']);
  });

  it('takes a country by its code or registry key, and an unknown one generically', () => {
    expect(nameFamily('country:FR')).toBe(nameFamily('fr'));
    expect(reconstructName('Ceyms Şarp', 'ZZ', 'en')).toBe('Jeyms Sharp');
  });
});

describe('particles and sounds by language', () => {
  it("writes Arabic bin and the article as each language does, with Russian's sun letters", () => {
    expect(both('Əbdül Fəttah əs-Sisi', 'EG')).toEqual(['Abdul Fattah El-Sisi', 'Абдуль Фаттах ас-Сиси']);
    expect(reconstructName('Feysəl bin Fərhan', 'SA', 'en')).toBe('Faisal bin Farhan');
    expect(reconstructName('Valid bin Xalid', 'KW', 'en')).toBe('Walid bin Khalid');
  });

  it('follows Tajik and Uzbek Latin in English, and Russian l as each language has it', () => {
    expect(both('Sirojiddin Muhriddin', 'TJ')).toEqual(['Sirojiddin Muhriddin', 'Сироджиддин Мухриддин']);
    expect(reconstructName('Yılmaz Tunç', 'TR', 'ru')).toBe('Йылмаз Тунч');
    expect(reconstructName('Mişel Lebren', 'FR', 'ru')).toBe('Мишель Лебрен');
  });

  it('keeps in English a name copied in its own Latin spelling, which Azerbaijani letters never give', () => {
    expect(reconstructName('Fernando Henriques', 'PT', 'en')).toBe('Fernando Henriques');
    expect(reconstructName('Hans Schwarz', 'DE', 'en')).toBe('Hans Schwarz');
    // Written the Azerbaijani way, it is rebuilt as before.
    expect(reconstructName('Jozep Roka', 'ES', 'en')).toBe('Josep Roca');
  });
});
