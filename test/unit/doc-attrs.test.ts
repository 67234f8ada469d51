// Node and mark attributes are typed before a body is stored or exported, and a hostile depth is
// refused by a flat walk before any recursive code descends into it.
import { describe, expect, it } from 'vitest';
import { apiCalls } from '../../core/api';
import { InvalidDocError, normalizeDoc } from '../../core/doc-schema';
import { MAX_DOC_DEPTH } from '../../core/limits';
import type { DocNode } from '../../core/api';

const text = (t: string): DocNode => ({ type: 'text', text: t });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const saveArgs = (body: unknown) => ({ id: 1, revision: 1, fields: { body } });

function deepQuote(levels: number): DocNode {
  let node: DocNode = { type: 'paragraph', content: [text('dərində')] };
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

const hostile: [string, DocNode][] = [
  ['a heading level "1 onclick"', doc({ type: 'heading', attrs: { level: '1 onclick' }, content: [text('x')] })],
  ['a heading level 9', doc({ type: 'heading', attrs: { level: 9 }, content: [text('x')] })],
  ['an array as href', doc({ type: 'paragraph', content: [{ ...text('x'), marks: [{ type: 'link', attrs: { href: ['https://a.example', 'x'] } }] }] })],
  [
    'an ordered list starting at "5; drop"',
    doc({ type: 'orderedList', attrs: { start: '5; drop' }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }),
  ],
  [
    'a table cell spanning "2" columns',
    doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2' }, content: [{ type: 'paragraph' }] }] }] }),
  ],
  ['a comment id "x onclick=1"', doc({ type: 'paragraph', content: [{ ...text('x'), marks: [{ type: 'comment', attrs: { id: 'x onclick=1' } }] }] })],
  [
    'an object as a tracked change author',
    doc({ type: 'paragraph', content: [{ ...text('x'), marks: [{ type: 'insertion', attrs: { author: { name: 'x' }, date: null } }] }] }),
  ],
  ['an object inside a paragraph attribute', doc({ type: 'paragraph', attrs: { style: { evil: true } }, content: [text('x')] })],
];

describe('typed attributes', () => {
  for (const [what, body] of hostile) {
    it(`refuses ${what} in the API and before storage`, () => {
      const parsed = apiCalls.saveRelease.args.safeParse(saveArgs(body));
      expect(parsed.success).toBe(false);
      expect(() => normalizeDoc(body)).toThrow(InvalidDocError);
    });
  }

  it('lets the attributes the editor writes through', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Başlıq')] },
      { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('bənd')] }] }] },
      {
        type: 'paragraph',
        content: [
          {
            ...text('link'),
            marks: [{ type: 'link', attrs: { href: 'https://gov.az', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }],
          },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [{ type: 'tableCell', attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80], align: null }, content: [{ type: 'paragraph' }] }],
          },
        ],
      },
    );
    expect(apiCalls.saveRelease.args.safeParse(saveArgs(body)).success).toBe(true);
    expect(normalizeDoc(body)).toBeTruthy();
  });
});

describe('nesting of a body', () => {
  it(`is refused past ${MAX_DOC_DEPTH} levels, even 100,000 deep, with the limit named`, () => {
    for (const levels of [600, 100_000]) {
      const parsed = apiCalls.saveRelease.args.safeParse(saveArgs(deepQuote(levels)));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].message).toContain(`${MAX_DOC_DEPTH} levels`);
    }
  });

  it('is accepted within the limit', () => {
    expect(apiCalls.saveRelease.args.safeParse(saveArgs(deepQuote(MAX_DOC_DEPTH - 3))).success).toBe(true);
  });
});
