// What the plain-text importer reads from a release's opening: the day of a month left open by the
// date line, the dateline's place, a one-sentence opening that is the headline, and the warnings'
// codes the interface words in its own language.
import { describe, expect, it } from 'vitest';
import { docToText } from '../../core/doc-text';
import { dayInText, leadingPlace } from '../../core/import/dateline';
import { importPlainText } from '../../core/import/plain-text';

describe('the day of a month the date line left open', () => {
  it('is read from the text in the three languages', () => {
    expect(dayInText('Mayın 15-də Baş prokuror görüşüb.', 5)).toBe(15);
    expect(dayInText('İyunun 5-də görüş keçirilib.', 6)).toBe(5);
    expect(dayInText('Görüş 3 aprel tarixində olub.', 4)).toBe(3);
    expect(dayInText('On May 15 the Prosecutor General met…', 5)).toBe(15);
    expect(dayInText('15 мая Генеральный прокурор провёл встречу.', 5)).toBe(15);
  });

  it('counts only the month of the date line', () => {
    expect(dayInText('Aprelin 20-də imzalanmış saziş müzakirə olunub.', 5)).toBeNull();
    expect(dayInText('Mayın 40-da', 5)).toBeNull();
  });

  it('gives the date under "date 2025-05", flagged with where the day came from', () => {
    const draft = importPlainText('date 2025-05 Başlıq\n\nMayın 15-də əməliyyat müşavirəsi keçirilib.\n\nİkinci abzas.');
    expect(draft.releaseDate).toBe('2025-05-15');
    expect(draft.warnings).toContainEqual({ code: 'date-partial', reason: 'day-from-text', params: { month: '2025-05', day: 15 } });
    const unknown = importPlainText('date 2025-05 Başlıq\n\nMüşavirə keçirilib.\n\nİkinci abzas.');
    expect(unknown.releaseDate).toBe('2025-05-01');
    expect(unknown.warnings).toContainEqual({ code: 'date-partial', params: { month: '2025-05' } });
  });
});

describe('the dateline', () => {
  it('is a registered place opening the text', () => {
    expect(leadingPlace('Bakı, 15 may (Report) – Baş prokuror görüşüb.')).toBe('Bakı');
    expect(leadingPlace('Гянджа. Прокуратура сообщает…')).toBe('Гянджа');
    expect(leadingPlace('Baş Prokurorluğun mətbuat xidmətindən verilən xəbərə görə, …')).toBeUndefined();
    expect(leadingPlace('Bakı şəhər prokurorluğu, …')).toBeUndefined();
  });

  it('fills the release field on import', () => {
    const draft = importPlainText('Görüş keçirilib\n\nBakı, 15 may – Baş prokuror qonaqları qəbul edib.\n\nİkinci abzas.');
    expect(draft.dateline).toBe('Bakı');
    expect(importPlainText('Görüş keçirilib\n\nBaş prokuror qonaqları qəbul edib.\n\nİkinci.').dateline).toBeUndefined();
  });
});

describe('an opening paragraph of one sentence', () => {
  it('is the title and not the lead as well', () => {
    const opening =
      'Qazaxıstan Baş prokurorunun müavininin rəhbərlik etdiyi nümayəndə heyəti Baş prokurorun dəvətilə Azərbaycana işgüzar ' +
      'səfərə gəlib, görüşlər keçiriləcəyi və əməkdaşlıq məsələlərinin müzakirə olunacağı bildirilib.';
    const draft = importPlainText(`${opening}\n\nHeyət Bakıda olacaq.\n\nÜçüncü abzas.`);
    expect(draft.title).toBe(opening.slice(0, -1));
    expect(draft.lead).toBe('Heyət Bakıda olacaq.');
    expect(docToText(draft.body)).toBe('Üçüncü abzas.');
    // Undoing the title change keeps the paragraph as the lead.
    const title = draft.changes.find((change) => change.kind === 'title')!;
    expect(importPlainText(`${opening}\n\nHeyət Bakıda olacaq.\n\nÜçüncü abzas.`, { skip: [title.id] }).lead).toBe(opening);
  });
});

describe('import warnings', () => {
  it('carry codes and reasons, never sentences in one language', () => {
    const cases: Array<[string, unknown]> = [
      ['Görüş keçirilib.\n\nBaş prokuror qonaqları qəbul edib.', { code: 'title-proposed', reason: 'final-stop' }],
      ['Görüş keçirilib\nBaş prokuror qonaqları qəbul edib.', { code: 'title-proposed', reason: 'no-blank-line' }],
      ['Baş prokuror qonaqları qəbul edib. Söhbət olub.\n\nİkinci.', { code: 'title-proposed', reason: 'first-sentence' }],
      ['Görüş\n\nBaş prokuror qonaqları qəbul edib.', { code: 'date-missing' }],
    ];
    for (const [source, warning] of cases) {
      const draft = importPlainText(source);
      expect(draft.warnings, source).toContainEqual(warning);
      expect(
        draft.warnings.every((w) => w.detail === undefined),
        source,
      ).toBe(true);
    }
  });
});
