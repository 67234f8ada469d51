import { describe, expect, it } from 'vitest';
import { acceptLink } from '../../renderer/editor/link';

describe('acceptLink', () => {
  it('keeps web and mail addresses', () => {
    expect(acceptLink('https://prosecutor.gov.az/az/news')).toBe('https://prosecutor.gov.az/az/news');
    expect(acceptLink('http://example.org')).toBe('http://example.org');
    expect(acceptLink('mailto:press@prosecutor.gov.az')).toBe('mailto:press@prosecutor.gov.az');
  });

  it('adds the scheme people leave out', () => {
    expect(acceptLink(' prosecutor.gov.az ')).toBe('https://prosecutor.gov.az');
    expect(acceptLink('press@prosecutor.gov.az')).toBe('mailto:press@prosecutor.gov.az');
  });

  it('refuses every other scheme', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://example.org', 'vbscript:x']) {
      expect(acceptLink(bad), bad).toBeNull();
    }
  });
});
