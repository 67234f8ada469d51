import { describe, expect, it } from 'vitest';
import { declaredLanguage, guessLanguage, languageOfText } from '../../core/import/guess-language';

const AZ = 'Baş prokuror Gürcüstan nümayəndə heyətini qəbul edib. Görüşdə tərəflər qarşılıqlı maraq doğuran məsələləri müzakirə ediblər.';
const EN = 'The Prosecutor General received a delegation from Georgia in Baku. The sides discussed cooperation in Şəki and Gəncə regions.';
const RU = 'Генеральный прокурор принял делегацию Грузии. Стороны обсудили вопросы сотрудничества.';

describe('guessLanguage', () => {
  it('tells the three languages apart', () => {
    expect(guessLanguage(AZ)).toBe('az');
    expect(guessLanguage(EN)).toBe('en');
    expect(guessLanguage(RU)).toBe('ru');
    expect(guessLanguage('Prokurorluq orqanlarında islahatlar davam etdirilir')).toBe('az');
  });

  it('counts a Russian text with Latin names as Russian', () => {
    expect(guessLanguage(`${RU} OSCE, UNODC, Council of Europe.`)).toBe('ru');
  });

  it('takes a text without letters as Azerbaijani', () => {
    expect(guessLanguage('12.05.2024 — 3 / 4')).toBe('az');
  });
});

describe('declaredLanguage', () => {
  it('reads the primary language of a tag', () => {
    expect(declaredLanguage('az-Latn-AZ')).toBe('az');
    expect(declaredLanguage('ru_RU')).toBe('ru');
    expect(declaredLanguage('EN')).toBe('en');
    expect(declaredLanguage('AZ-LATIN')).toBe('az');
    expect(declaredLanguage('de-DE')).toBeNull();
    expect(declaredLanguage('')).toBeNull();
    expect(declaredLanguage(undefined)).toBeNull();
  });
});

describe('languageOfText', () => {
  it('keeps the declared language for a short text in the same script', () => {
    expect(languageOfText('The meeting', 'az')).toBe('az');
  });

  it('prefers the text when its script contradicts the declaration', () => {
    expect(languageOfText('Генеральный прокурор принял делегацию.', 'en-US')).toBe('ru');
  });

  it('prefers the text when it is long enough to tell', () => {
    expect(languageOfText(`${AZ} ${AZ}`, 'en-US')).toBe('az');
  });

  it('guesses when nothing is declared', () => {
    expect(languageOfText(EN, undefined)).toBe('en');
  });
});
