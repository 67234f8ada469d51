import { describe, expect, it } from 'vitest';
import { datelineText, isoInZone, publishedAt, releaseDescription, settingBlocks } from '../../core/export/input';
import { body } from '../helpers/docs';

const release = (fields: Partial<Parameters<typeof releaseDescription>[0]> = {}) => ({
  id: 1,
  title: 'Görüş',
  lead: '',
  dateline: 'Bakı',
  releaseDate: '2024-04-03' as string | null,
  language: 'az' as const,
  body: body('Birinci abzas.\n\nİkinci abzas.'),
  createdAt: Date.UTC(2024, 3, 1, 20, 30, 0),
  updatedAt: Date.UTC(2024, 3, 3, 11, 20, 11),
  ...fields,
});

describe('export dates', () => {
  it('tells instants in the office time zone with its offset', () => {
    expect(isoInZone(Date.UTC(2024, 3, 3, 11, 20, 11), 'Asia/Baku')).toBe('2024-04-03T15:20:11+04:00');
    expect(isoInZone(Date.UTC(2024, 0, 15, 12, 0, 0), 'Europe/Berlin')).toBe('2024-01-15T13:00:00+01:00');
    expect(isoInZone(Date.UTC(2024, 6, 15, 12, 0, 0), 'Europe/Berlin')).toBe('2024-07-15T14:00:00+02:00');
    expect(isoInZone(Date.UTC(2024, 6, 15, 12, 0, 0), 'Asia/Kathmandu')).toBe('2024-07-15T17:45:00+05:45');
  });

  it('publishes on the start of the release date, or when created without one', () => {
    expect(publishedAt(release(), 'Asia/Baku')).toBe('2024-04-03T00:00:00+04:00');
    expect(publishedAt(release({ releaseDate: '2024-07-15' }), 'Europe/Berlin')).toBe('2024-07-15T00:00:00+02:00');
    expect(publishedAt(release({ releaseDate: null }), 'Asia/Baku')).toBe('2024-04-02T00:30:00+04:00');
  });

  it('writes the dateline with the date in the release language', () => {
    expect(datelineText(release())).toBe('Bakı, 3 aprel 2024');
    expect(datelineText(release({ language: 'ru', dateline: 'Баку' }))).toBe('Баку, 3 апреля 2024 г.');
    expect(datelineText(release({ dateline: '', releaseDate: null }))).toBe('');
  });
});

describe('export description', () => {
  it('is the lead, or the first paragraph without one', () => {
    expect(releaseDescription(release({ lead: 'Qısa\u000Bxülasə.' }))).toBe('Qısa xülasə.');
    expect(releaseDescription(release())).toBe('Birinci abzas.');
  });

  it('is cut at a word near 300 characters', () => {
    const description = releaseDescription(release({ lead: 'söz '.repeat(200) }));
    expect(description.length).toBeLessThanOrEqual(301);
    expect(description).toMatch(/^(söz )+söz…$/);
  });
});

describe('settings text as paragraphs', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(settingBlocks('Ad Soyad\n+994 12\n\n  \n\nE-poçt')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Ad Soyad' }, { type: 'hardBreak' }, { type: 'text', text: '+994 12' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'E-poçt' }] },
    ]);
    expect(settingBlocks('  ')).toEqual([]);
  });
});
