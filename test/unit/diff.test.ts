import { describe, expect, it } from 'vitest';
import { diffWords, tokenize, type DiffPart } from '../../core/diff';

const side = (parts: DiffPart[], keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === keep)
    .map((p) => p.text)
    .join('');

/** Every diff must rebuild both inputs exactly. */
function expectFaithful(a: string, b: string, parts = diffWords(a, b)) {
  expect(side(parts, 'removed')).toBe(a);
  expect(side(parts, 'added')).toBe(b);
  for (const part of parts) expect(part.text).not.toBe('');
  return parts;
}

describe('tokenize', () => {
  it('keeps hyphenated words whole and loses no character', () => {
    const text = 'Hüquq-mühafizə orqanları, 3.5 faiz — «Bakı».\n\nYeni abzas';
    const tokens = tokenize(text);
    expect(tokens).toContain('Hüquq-mühafizə');
    expect(tokens).toContain('3.5');
    expect(tokens.join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('reports identical texts as one unchanged part', () => {
    expect(diffWords('bir iki üç', 'bir iki üç')).toEqual([{ kind: 'same', text: 'bir iki üç' }]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'yeni mətn')).toEqual([{ kind: 'added', text: 'yeni mətn' }]);
    expect(diffWords('köhnə mətn', '')).toEqual([{ kind: 'removed', text: 'köhnə mətn' }]);
  });

  it('finds a replaced word', () => {
    expect(diffWords('Baş prokuror görüşüb.', 'Baş prokuror görüşmüşdür.')).toEqual([
      { kind: 'same', text: 'Baş prokuror ' },
      { kind: 'removed', text: 'görüşüb' },
      { kind: 'added', text: 'görüşmüşdür' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('finds inserted and deleted words', () => {
    expect(diffWords('görüş keçirilib', 'görüş bu gün keçirilib')).toEqual([
      { kind: 'same', text: 'görüş ' },
      { kind: 'added', text: 'bu gün ' },
      { kind: 'same', text: 'keçirilib' },
    ]);
    expect(diffWords('a b c d', 'a d')).toEqual([
      { kind: 'same', text: 'a ' },
      { kind: 'removed', text: 'b c ' },
      { kind: 'same', text: 'd' },
    ]);
  });

  it('joins a rewritten phrase into one removal and one addition', () => {
    const parts = expectFaithful('Görüş səmimi şəraitdə keçib.', 'Görüş işgüzar və konstruktiv mühitdə keçib.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Görüş ' },
      { kind: 'removed', text: 'səmimi şəraitdə' },
      { kind: 'added', text: 'işgüzar və konstruktiv mühitdə' },
      { kind: 'same', text: ' keçib.' },
    ]);
  });

  it('finds a minimal set of changes', () => {
    const parts = expectFaithful('a b c a b b a', 'c b a b a c');
    const changedTokens = parts.filter((p) => p.kind !== 'same').reduce((sum, p) => sum + tokenize(p.text).filter((t) => t.trim()).length, 0);
    // Classic Myers example: 5 edits over the words.
    expect(changedTokens).toBe(5);
  });

  it('rebuilds both sides for random edits', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const words = ['prokuror', 'görüş', 'hüquq-mühafizə', 'və', 'ilə', '2025', '.', ',', 'delegasiya', 'Bakı'];
    for (let round = 0; round < 200; round++) {
      const make = () => Array.from({ length: Math.floor(random() * 40) }, () => words[Math.floor(random() * words.length)]).join(random() < 0.2 ? '\n' : ' ');
      expectFaithful(make(), make());
    }
  });

  it('compares two 5,000-word texts with scattered edits exactly', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `söz${i % 997}`);
    const edited = [...words];
    for (let i = 0; i < 5000; i += 50) edited[i] = `dəyişdi${i}`;
    const a = words.join(' ');
    const b = edited.join(' ');
    const parts = expectFaithful(a, b);
    expect(parts.filter((p) => p.kind === 'added')).toHaveLength(100);
    expect(parts.filter((p) => p.kind === 'removed')).toHaveLength(100);
  });

  it('stays correct when the work budget runs out', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    expectFaithful(a, b, diffWords(a, b, 1000));
    expectFaithful('x y z w', 'y x w z', diffWords('x y z w', 'y x w z', 1));
  });
});
