import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { normalizeDoc } from '../../core/doc-schema';
import { docToText } from '../../core/doc-text';
import { fold } from '../../core/fold';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string): DocNode => ({ type, content: [paragraph(text(value))] });

describe('docToText', () => {
  it('writes raised and lowered digits with their own letters, which search folds back to digits', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'CO' },
            { type: 'text', text: '2', marks: [{ type: 'subscript' }] },
            { type: 'text', text: ' 10' },
            { type: 'text', text: '-3', marks: [{ type: 'superscript' }] },
          ],
        },
      ],
    };
    expect(docToText(body)).toBe('CO₂ 10⁻³');
    expect(fold(docToText(body))).toBe('co2 10⁻3');
  });

  it('puts blocks on lines of their own, hard breaks as line breaks, table cells apart by tabs', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Görüş')] },
        paragraph(text('Bakı, '), { type: 'text', text: 'qalın', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, text('ikinci sətir')),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text('bir'))] },
            { type: 'listItem', content: [paragraph(text('iki'))] },
          ],
        },
        { type: 'blockquote', content: [paragraph(text('sitat'))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Ölkə'), cell('tableHeader', 'Rəhbər')] },
            { type: 'tableRow', content: [cell('tableCell', 'Qazaxıstan'), cell('tableCell', 'Baş prokuror')] },
          ],
        },
      ],
    };
    expect(docToText(normalizeDoc(doc))).toBe('Görüş\n\nBakı, qalın\nikinci sətir\n\nbir\n\niki\n\nsitat\n\nÖlkə\tRəhbər\n\nQazaxıstan\tBaş prokuror');
  });

  it('gives an empty string for an empty body', () => {
    expect(docToText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
