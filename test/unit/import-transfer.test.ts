// The renderer's file encoding for importFile and the markers that make a cleaner's change visible.
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../renderer/import/base64';
import { visibleText } from '../../renderer/import/visible-text';

describe('bytesToBase64', () => {
  it('matches Node for every byte value and for files many chunks long', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
    // 3 MB: past the size where one String.fromCharCode(...bytes) call overflows the stack.
    const big = new Uint8Array(3 * 1024 * 1024 + 7);
    for (let i = 0; i < big.length; i++) big[i] = Math.imul(i, 2654435761) >>> 24;
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('visibleText', () => {
  it('marks line breaks, tabs, no-break spaces and runs of spaces', () => {
    expect(visibleText('olundu-\nğu')).toBe('olundu-↵ğu');
    expect(visibleText('a\tb\u00a0c')).toBe('a⇥b⍽c');
    expect(visibleText('iki  boşluq ')).toBe('iki··boşluq·');
    expect(visibleText('bir boşluq')).toBe('bir boşluq');
  });

  it('shows control and invisible characters by picture or code', () => {
    expect(visibleText('a\u0000b\u0007')).toBe('a\u2400b\u2407');
    expect(visibleText('\ufeffBakı\u200b')).toBe('⟨U+FEFF⟩Bakı⟨U+200B⟩');
  });

  it('shortens long text in the middle, keeping both ends', () => {
    const shown = visibleText(`${'a'.repeat(100)}${'b'.repeat(100)}`);
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown).toMatch(/^a+ … b+$/);
  });
});
