import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { bodySchema } from '../../core/doc-schema';
import { MARK_TYPES, NODE_TYPES, cleanText, textLines, walkDoc, type DocHandlers } from '../../core/export/doc-walker';

function schemaNames(map: { forEach(f: (name: string) => void): void }): string[] {
  const names: string[] = [];
  map.forEach((name) => names.push(name));
  return names.sort();
}

/** A handler set that writes the tree it is walked over as bracketed text. */
const tag = (name: string) => (_: unknown, ctx: null, content: (ctx: null) => string[]) => [`<${name}>${content(ctx).join('')}</${name}>`];
const outline: DocHandlers<string, null> = {
  nodes: {
    doc: (_n, ctx, content) => content(ctx),
    paragraph: tag('p'),
    text: (node) => [node.text ?? ''],
    hardBreak: () => ['/'],
    heading: (node, ctx, content) => [`<h${node.attrs?.level}>${content(ctx).join('')}</h>`],
    blockquote: tag('quote'),
    bulletList: tag('ul'),
    orderedList: tag('ol'),
    listItem: tag('li'),
    table: tag('table'),
    tableRow: tag('tr'),
    tableHeader: tag('th'),
    tableCell: tag('td'),
  },
  marks: {
    link: (mark, ctx, content) => [`<a ${mark.attrs?.href}>${content(ctx).join('')}</a>`],
    bold: tag('b'),
    italic: tag('i'),
    strike: tag('s'),
    underline: tag('u'),
    superscript: tag('sup'),
    subscript: tag('sub'),
    insertion: tag('ins'),
    deletion: tag('del'),
    comment: tag('c'),
  },
};

const text = (value: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): DocNode => ({
  type: 'text',
  text: value,
  ...(marks.length && { marks }),
});
const link = (href: string) => ({ type: 'link', attrs: { href } });

describe('the export walker', () => {
  it('names exactly the node and mark types of the editor schema', () => {
    // An extension added to core/editor-extensions.ts must get an exporter: this fails until it does.
    expect([...NODE_TYPES].sort()).toEqual(schemaNames(bodySchema.spec.nodes));
    expect([...MARK_TYPES].sort()).toEqual(schemaNames(bodySchema.spec.marks));
  });

  it('visits blocks in order and hands each handler its rendered content', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Başlıq')] },
        { type: 'paragraph', content: [text('bir'), { type: 'hardBreak' }, text('iki')] },
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('x')] }] }],
        },
      ],
    };
    expect(walkDoc(doc, outline, null).join('')).toBe('<h2>Başlıq</h><p>bir/iki</p><ul><li><p>x</p></li></ul>');
  });

  it('wraps the longest run of neighbours sharing a mark, links outermost', () => {
    const paragraph: DocNode = {
      type: 'paragraph',
      content: [
        text('a ', { type: 'bold' }),
        text('b', { type: 'bold' }, link('https://x.az')),
        text(' c', link('https://x.az')),
        text(' d', link('https://y.az')),
        text(' e', { type: 'italic' }, { type: 'bold' }),
      ],
    };
    expect(walkDoc(paragraph, outline, null).join('')).toBe('<p><b>a </b><a https://x.az><b>b</b> c</a><a https://y.az> d</a><b><i> e</i></b></p>');
  });

  it('refuses node and mark types it has no handler for', () => {
    expect(() => walkDoc({ type: 'doc', content: [{ type: 'image' }] }, outline, null)).toThrow(/image/);
    expect(() => walkDoc({ type: 'paragraph', content: [text('x', { type: 'highlight' })] }, outline, null)).toThrow(/highlight/);
  });
});

describe('text for export', () => {
  it('makes U+000B and newlines line breaks and U+000C a space', () => {
    expect(textLines('a\u000Bb\nc\r\nd\u000Ce')).toEqual(['a', 'b', 'c', 'd e']);
    expect(cleanText('a\u000Bb\u000Cc')).toBe('a b c');
  });

  it('removes what XML 1.0 and HTML forbid', () => {
    expect(cleanText('a\u0000b\u0008c\u001Fd\u007Fe\u0085f\uFFFEg\uFFFFh\uD800i\uDC00j\uFDD0k')).toBe('abcdefghijk');
  });

  it('keeps NBSP, soft hyphen, tab, combining marks and emoji exactly', () => {
    const kept = 'nb\u00A0sp soft\u00ADhyphen\ttab u\u0308 🇦🇿😀 👩‍⚖️ &<>"\'';
    expect(textLines(kept)).toEqual([kept]);
  });
});
