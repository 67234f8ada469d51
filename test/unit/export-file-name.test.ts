import { describe, expect, it } from 'vitest';
import type { Language } from '../../core/api';
import { exportFileName, uniqueFileName } from '../../core/export/file-name';

const release = (title: string, language: Language = 'az', releaseDate: string | null = '2024-04-03') => ({
  id: 12,
  title,
  language,
  releaseDate,
});

/** What Windows refuses in a file name, checked here independently of the code under test. */
function windowsProblem(name: string): string | null {
  if (/[<>:"/\\|?*\u0000-\u001f]/.test(name)) return 'forbidden character';
  if (/[. ]$/.test(name)) return 'trailing dot or space';
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name)) return 'reserved device name';
  if (name.length > 255) return 'too long';
  return null;
}

describe('exportFileName', () => {
  it('puts the date before the title in its own letters', () => {
    expect(exportFileName(release('Qazaxıstan nümayəndə heyəti'), 'docx')).toBe('2024-04-03-qazaxıstan-nümayəndə-heyəti.docx');
    expect(exportFileName(release('Встреча с делегацией: Ёлки и ёжики', 'ru'), 'html')).toBe('2024-04-03-встреча-с-делегацией-ёлки-и-ёжики.html');
  });

  it('lowercases dotted and dotless I the Azerbaijani way only in Azerbaijani', () => {
    expect(exportFileName(release('İNTERPOL İLƏ GÖRÜŞ BAKIDA'), 'pdf')).toBe('2024-04-03-interpol-ilə-görüş-bakıda.pdf');
    expect(exportFileName(release('INTERPOL in İstanbul', 'en'), 'pdf')).toBe('2024-04-03-interpol-in-istanbul.pdf');
  });

  it('turns punctuation and characters Windows forbids into single hyphens', () => {
    const name = exportFileName(release('a<b>c:d"e/f\\g|h?i*j... '), 'docx');
    expect(name).toBe('2024-04-03-a-b-c-d-e-f-g-h-i-j.docx');
    expect(windowsProblem(name)).toBeNull();
  });

  it('composes decomposed letters and drops emoji', () => {
    expect(exportFileName(release('🇦🇿 nu\u0308mayəndə — heyəti 😀'), 'docx')).toBe('2024-04-03-nümayəndə-heyəti.docx');
  });

  it('says undated when there is no date and names untitled releases by id', () => {
    expect(exportFileName(release('Görüş', 'az', null), 'docx')).toBe('undated-görüş.docx');
    expect(exportFileName(release('  «—» !!! '), 'html')).toBe('2024-04-03-release-12.html');
    expect(exportFileName(release(''), 'html')).toBe('2024-04-03-release-12.html');
  });

  it('never yields a reserved device name', () => {
    for (const title of ['CON', 'nul', 'COM1', 'lpt9', 'aux.txt']) {
      expect(windowsProblem(exportFileName(release(title, 'en', null), 'docx'))).toBeNull();
      expect(windowsProblem(exportFileName(release(title, 'en'), 'docx'))).toBeNull();
    }
  });

  it('caps a long title at a word boundary', () => {
    const words = Array.from({ length: 40 }, (_, i) => `söz${i}`);
    const name = exportFileName(release(words.join(' ')), 'docx');
    const slug = name.slice('2024-04-03-'.length, -'.docx'.length);
    expect(Array.from(slug).length).toBeLessThanOrEqual(80);
    expect(Array.from(slug).length).toBeGreaterThan(60);
    const full = words.join('-');
    expect(full.startsWith(slug)).toBe(true);
    expect(full[slug.length]).toBe('-');
  });

  it('cuts a single overlong word at the cap', () => {
    const name = exportFileName(release('ə'.repeat(200)), 'docx');
    expect(name).toBe(`2024-04-03-${'ə'.repeat(80)}.docx`);
  });

  it('refuses an extension that is not one', () => {
    expect(() => exportFileName(release('x'), '../docx')).toThrow();
    expect(() => exportFileName(release('x'), '')).toThrow();
  });
});

describe('uniqueFileName', () => {
  it('keeps a free name', () => {
    expect(uniqueFileName('2024-04-03-görüş.docx', new Set(['other.docx']))).toBe('2024-04-03-görüş.docx');
  });

  it('numbers a taken name before its extension, ignoring case', () => {
    const taken = new Set(['2024-04-03-GÖRÜŞ.docx', '2024-04-03-görüş-2.DOCX']);
    expect(uniqueFileName('2024-04-03-görüş.docx', taken)).toBe('2024-04-03-görüş-3.docx');
    expect(taken.size).toBe(2);
  });

  it('sees a name macOS lists decomposed as taken', () => {
    const decomposed = '2024-04-03-görüş.docx'.normalize('NFD');
    expect(decomposed).not.toBe('2024-04-03-görüş.docx');
    expect(uniqueFileName('2024-04-03-görüş.docx', new Set([decomposed]))).toBe('2024-04-03-görüş-2.docx');
  });

  it('numbers a name without an extension', () => {
    expect(uniqueFileName('notes', new Set(['notes']))).toBe('notes-2');
  });
});
