import { describe, expect, it } from 'vitest';
import { countChars, countWords } from '../../core/text-stats';

describe('countWords', () => {
  it('counts Azerbaijani, Russian and English words', () => {
    expect(countWords('Baş prokuror xarici nümayəndə heyəti ilə görüşüb.')).toBe(7);
    expect(countWords('Генеральный прокурор встретился с делегацией.')).toBe(5);
    expect(countWords('The Prosecutor General met the delegation.')).toBe(6);
  });

  it('counts a hyphenated or apostrophised word once', () => {
    expect(countWords('hüquq-mühafizə orqanları')).toBe(2);
    expect(countWords("Qur’an, don't, из-за")).toBe(3);
  });

  it('counts numbers and ignores punctuation standing alone', () => {
    expect(countWords('2025-ci il 12 may — 3.5 faiz')).toBe(6);
    expect(countWords('— – - … « » , . ! ? •')).toBe(0);
    expect(countWords('«Bakı» (Azərbaycan)')).toBe(2);
  });

  it('treats every kind of whitespace as a separator', () => {
    expect(countWords('bir\u00a0iki\tüç\ndörd\u2009beş')).toBe(5);
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\n  ')).toBe(0);
  });
});

describe('countChars', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(countChars('ə')).toBe(1);
    expect(countChars('Şəkili')).toBe(6);
    expect(countChars('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(countChars('a 😀 b')).toBe(5);
    expect(countChars('')).toBe(0);
  });
});
