import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { releaseSegments, versionFields } from '../../core/translate/version-text';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (text: string): DocNode => ({ type: 'listItem', content: [p(text)] });

describe('a half-translated version', () => {
  it('leaves out the blocks not translated yet instead of printing them empty', () => {
    const body: DocNode = {
      type: 'doc',
      content: [p('Birinci abzas.'), p('İkinci abzas.'), { type: 'bulletList', content: [item('Bənd bir.'), item('Bənd iki.')] }],
    };
    const segments = releaseSegments({ title: 'Başlıq', lead: '', body, language: 'az' });
    const english: Record<string, string> = { Başlıq: 'Title', 'İkinci abzas.': 'Second paragraph.', 'Bənd iki.': 'Item two.' };
    const translated = segments.map((s) => ({ id: s.id, target: english[s.text] ?? '', marks: s.marks }));
    expect(versionFields(body, translated).body).toEqual({
      type: 'doc',
      content: [p('Second paragraph.'), { type: 'bulletList', content: [item('Item two.')] }],
    });
    expect(
      versionFields(
        body,
        translated.map((s) => ({ ...s, target: '' })),
      ).body,
    ).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
