import { describe, expect, it } from 'vitest';
import { decodeText } from '../../core/import/decode';
import { ImportRefusedError } from '../../core/import/types';

const AZ = 'Baş prokuror Kamran Əliyev İnterpolun nümayəndə heyəti ilə görüşüb. Hüquq-mühafizə orqanları.';
const RU = 'Генеральный прокурор Камран Алиев встретился с делегацией Интерпола. Ёлка, «ёж» — №5.';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i ^ 1]);
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((part) => Array.from(part)));

// Windows-1251 written out by hand from the code page, so the test does not lean on the decoder it checks.
const CP1251: Record<string, number> = {
  Г: 0xc3,
  К: 0xca,
  П: 0xcf,
  А: 0xc0,
  И: 0xc8,
  Ё: 0xa8,
  а: 0xe0,
  б: 0xe1,
  в: 0xe2,
  г: 0xe3,
  д: 0xe4,
  е: 0xe5,
  ё: 0xb8,
  ж: 0xe6,
  з: 0xe7,
  и: 0xe8,
  й: 0xe9,
  к: 0xea,
  л: 0xeb,
  м: 0xec,
  н: 0xed,
  о: 0xee,
  п: 0xef,
  р: 0xf0,
  с: 0xf1,
  т: 0xf2,
  у: 0xf3,
  ц: 0xf6,
  ы: 0xfb,
  ь: 0xfc,
  я: 0xff,
  '«': 0xab,
  '»': 0xbb,
  '—': 0x97,
  '№': 0xb9,
};
const cp1251 = (text: string) =>
  new Uint8Array(
    [...text].map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
      const byte = CP1251[ch];
      if (byte === undefined) throw new Error(`no Windows-1251 byte for ${ch} in the test table`);
      return byte;
    }),
  );

function refusal(bytes: Uint8Array): ImportRefusedError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof ImportRefusedError) return error;
    throw error;
  }
  throw new Error('the bytes were decoded, not refused');
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM as stated, not guessed', () => {
    expect(decodeText(utf8(AZ))).toEqual({ text: AZ, encoding: 'utf-8', guessed: false });
  });

  it('drops the UTF-8 BOM', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(AZ)))).toEqual({ text: AZ, encoding: 'utf-8', guessed: false });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(concat([0xff, 0xfe], utf16le(AZ)))).toEqual({ text: AZ, encoding: 'utf-16le', guessed: false });
    expect(decodeText(concat([0xfe, 0xff], utf16be(RU)))).toEqual({ text: RU, encoding: 'utf-16be', guessed: false });
  });

  it('recognises UTF-16 without a BOM from where the NUL bytes fall, and says it guessed', () => {
    expect(decodeText(utf16le(AZ))).toEqual({ text: AZ, encoding: 'utf-16le', guessed: true });
    expect(decodeText(utf16be(AZ))).toEqual({ text: AZ, encoding: 'utf-16be', guessed: true });
    expect(decodeText(utf16le(RU))).toEqual({ text: RU, encoding: 'utf-16le', guessed: true });
  });

  it('reads Russian in Windows-1251 and says it guessed', () => {
    const text = 'Генеральный прокурор Камран Алиев встретился с делегацией. «Ёлка» и ёж — №5.';
    expect(decodeText(cp1251(text))).toEqual({ text, encoding: 'windows-1251', guessed: true });
  });

  it('reads English whose only non-ASCII bytes are Windows quotes and dashes', () => {
    // “Joint statement” – signed… in Windows-1252 (the same bytes in Windows-1251).
    const bytes = new Uint8Array([0x93, ...utf8('Joint statement'), 0x94, 0x20, 0x96, 0x20, ...utf8('signed'), 0x85]);
    expect(decodeText(bytes)).toEqual({ text: '“Joint statement” – signed…', encoding: 'windows-1252', guessed: true });
  });

  it('refuses Western text in a legacy code page instead of reading it as Cyrillic', () => {
    // "Café del Mar, résumé" in Windows-1252: é is 0xE9, which is й in Windows-1251.
    const bytes = new Uint8Array([...'Caf\xe9 del Mar, r\xe9sum\xe9'].map((ch) => ch.charCodeAt(0)));
    const error = refusal(bytes);
    expect(error.refusal).toBe('encoding');
    expect(error.message).toMatch(/UTF-8/);
  });

  it('refuses Russian in KOI8-R rather than read it as Windows-1251 gibberish', () => {
    // "Привет, мир" in KOI8-R, whose lower-case letters sit where Windows-1251 has capitals.
    const bytes = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x2c, 0x20, 0xcd, 0xc9, 0xd2]);
    expect(refusal(bytes).refusal).toBe('encoding');
  });

  it('refuses bytes that are no text encoding at all', () => {
    expect(refusal(new Uint8Array([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0x42])).refusal).toBe('encoding');
  });

  it('turns CRLF and lone CR into LF in every encoding', () => {
    const source = 'Başlıq\r\n\r\nBirinci sətir\rikinci sətir\r\n';
    const expected = 'Başlıq\n\nBirinci sətir\nikinci sətir\n';
    expect(decodeText(utf8(source)).text).toBe(expected);
    expect(decodeText(concat([0xff, 0xfe], utf16le(source))).text).toBe(expected);
    expect(decodeText(cp1251('Привет\r\nмир\r')).text).toBe('Привет\nмир\n');
  });

  it('names the format of files that are not text', () => {
    const pdf = refusal(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf.refusal).toBe('binary');
    expect(pdf.message).toMatch(/PDF/);
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])).message).toMatch(/ZIP|DOCX/);
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).message).toMatch(/PNG/);
  });

  it('refuses other binary data by its NUL bytes', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256));
    expect(refusal(bytes).refusal).toBe('binary');
    expect(refusal(concat(utf8('Mətn'), [0], utf8('davamı'))).refusal).toBe('binary');
  });

  it('refuses damaged UTF-16, UTF-32 and empty files', () => {
    // A lone high surrogate.
    expect(refusal(concat([0xff, 0xfe], utf16le('Bakı'), [0x3d, 0xd8], utf16le('x'))).refusal).toBe('encoding');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])).message).toMatch(/UTF-32/);
    expect(refusal(new Uint8Array(0)).refusal).toBe('empty');
  });
});
