import { describe, expect, it } from 'vitest';
import { azOrdinal } from '../../core/ordinal-az';

describe('Azerbaijani ordinals', () => {
  it('follow the vowel of the number as read aloud', () => {
    const expected: Record<number, string> = {
      1: '1-ci',
      2: '2-ci',
      3: '3-cü',
      4: '4-cü',
      5: '5-ci',
      6: '6-cı',
      7: '7-ci',
      8: '8-ci',
      9: '9-cu',
      10: '10-cu',
      20: '20-ci',
      30: '30-cu',
      40: '40-cı',
      50: '50-ci',
      60: '60-cı',
      70: '70-ci',
      80: '80-ci',
      90: '90-cı',
      100: '100-cü',
      1000: '1000-ci',
    };
    for (const [n, text] of Object.entries(expected)) expect(azOrdinal(Number(n))).toBe(text);
  });

  it('takes the last spoken word of compound numbers', () => {
    expect(azOrdinal(21)).toBe('21-ci');
    expect(azOrdinal(46)).toBe('46-cı');
    expect(azOrdinal(99)).toBe('99-cu');
    expect(azOrdinal(110)).toBe('110-cu');
    expect(azOrdinal(300)).toBe('300-cü');
    expect(azOrdinal(2000)).toBe('2000-ci');
    expect(azOrdinal(2024)).toBe('2024-cü');
    expect(azOrdinal(2500)).toBe('2500-cü');
    expect(azOrdinal(1_000_000)).toBe('1000000-cu');
    expect(azOrdinal(0)).toBe('0-cı');
  });
});
