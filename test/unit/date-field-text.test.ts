// Date and date-time fields show and read days as the interface language writes them, whatever the
// browser's own locale: the catalogue's format, not Intl's.
import { describe, expect, it } from 'vitest';
import { az } from '../../renderer/i18n/az';
import { en } from '../../renderer/i18n/en';
import { ru } from '../../renderer/i18n/ru';
import { dateFieldText, dateTimeFieldText, parseDateField, parseDateTimeField } from '../../renderer/i18n/format';

describe('date fields', () => {
  it('show a day and a moment in the language’s digit order', () => {
    expect(dateFieldText(az, '2024-05-15')).toBe('15.05.2024');
    expect(dateFieldText(ru, '2024-05-15')).toBe('15.05.2024');
    expect(dateFieldText(en, '2024-05-15')).toBe('15/05/2024');
    expect(dateTimeFieldText(az, '2099-02-01T10:30')).toBe('01.02.2099 10:30');
    expect(dateTimeFieldText(en, '2099-02-01T09:05')).toBe('01/02/2099 09:05');
    expect(dateTimeFieldText(ru, '')).toBe('');
  });

  it('read a moment typed day first, or pasted as ISO, and refuse what is no moment', () => {
    expect(parseDateTimeField('1.2.2099 9:05')).toBe('2099-02-01T09:05');
    expect(parseDateTimeField(' 01/02/2099   10:30 ')).toBe('2099-02-01T10:30');
    expect(parseDateTimeField('2099-02-01T10:30')).toBe('2099-02-01T10:30');
    expect(parseDateTimeField('')).toBe('');
    for (const wrong of ['01.02.2099', '01.02.2099 24:00', '01.02.2099 10:60', '30.02.2099 10:00', '10:00', '01.02.2099 10:0']) {
      expect(parseDateTimeField(wrong), wrong).toBeNull();
    }
    expect(parseDateField('30.02.2024')).toBeNull();
  });
});
