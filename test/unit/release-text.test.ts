// The tagger reads title, lead and body as one text; the editor marks what it finds by document
// position. These check that every mention the real tagger reports lands on the same letters in
// the document, across blocks, marks, hard breaks and tables.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { bodySchema } from '../../core/doc-schema';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { tagText } from '../../core/tagging/tag-text';
import { docRange, releaseText } from '../../renderer/tagging/release-text';

const text = (value: string, bold = false): DocNode => ({ type: 'text', text: value, ...(bold && { marks: [{ type: 'bold' }] }) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]) => bodySchema.nodeFromJSON({ type: 'doc', content });

describe('releaseText and docRange', () => {
  it('maps every body mention the tagger finds onto the same letters in the document', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Qazaxıstan ilə görüş')] },
      paragraph(text('Baş prokuror '), text('Kamran Əliyev', true), { type: 'hardBreak' }, text('Türkiyənin nümayəndələri ilə görüşüb.')),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [paragraph(text('Özbəkistan'))] },
              { type: 'tableCell', content: [paragraph(text('Gürcüstan'))] },
            ],
          },
        ],
      },
    );
    const release = releaseText('Qazaxıstanın Baş prokuroru', 'Gürcüstan tərəfi iştirak edib.', body);
    const result = tagText(release.text, [...SHIPPED_REGISTRY]);

    const found = new Map<string, string[]>();
    for (const entity of result.entities) {
      for (const mention of entity.mentions) {
        expect(release.text.slice(mention.start, mention.end)).toBe(mention.text);
        const range = docRange(release, mention.start, mention.end);
        if (!range) continue;
        expect(body.textBetween(range.from, range.to)).toBe(mention.text);
        found.set(entity.key ?? '', [...(found.get(entity.key ?? '') ?? []), mention.text]);
      }
    }
    // Title and lead are read but have no place in the body; the body's mentions all map.
    expect(found.get('country:KZ')).toEqual(['Qazaxıstan']);
    expect(found.get('person:kamran-aliyev')).toEqual(['Kamran Əliyev']);
    expect(found.get('country:TR')).toEqual(['Türkiyənin']);
    expect(found.get('country:UZ')).toEqual(['Özbəkistan']);
    expect(found.get('country:GE')).toEqual(['Gürcüstan']);
  });

  it('reads decomposed letters as the tagger does, and marks nothing in a block it cannot map exactly', () => {
    const decomposed = 'Bas\u0327 prokuror Qazaxıstanda olub.';
    const body = doc(paragraph(text(decomposed)), paragraph(text('Özbəkistan tərəfi')));
    // A decomposed title must not shift the body's offsets.
    const release = releaseText('Bas\u0327lıq', '', body);
    expect(release.text).toBe(release.text.normalize('NFC'));
    const result = tagText(release.text, [...SHIPPED_REGISTRY]);
    const kz = result.entities.find((e) => e.key === 'country:KZ')!;
    const uz = result.entities.find((e) => e.key === 'country:UZ')!;
    expect(docRange(release, kz.mentions[0].start, kz.mentions[0].end)).toBeNull();
    const range = docRange(release, uz.mentions[0].start, uz.mentions[0].end)!;
    expect(body.textBetween(range.from, range.to)).toBe('Özbəkistan');
  });
});
