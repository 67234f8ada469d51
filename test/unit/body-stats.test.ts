import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { bodySchema } from '../../core/doc-schema';
import { countChars, countWords } from '../../core/text-stats';
import { bodyStats } from '../../renderer/editor/body-stats';

const text = (value: string): DocNode => ({ type: 'text', text: value });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]) => bodySchema.nodeFromJSON({ type: 'doc', content });

describe('body stats kept per block', () => {
  const body = doc(
    p(text('Baş prokuror K.Əliyev «Bakı» görüşündə — hüquq-mühafizə')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [p(text('birinci'))] },
        { type: 'listItem', content: [p(text('ikinci bənd'))] },
      ],
    },
    p(text('sətir'), { type: 'hardBreak' }, text('yeni sətir 2025')),
    p(),
  );

  it('count as the whole text does: blocks and line breaks separate words, block breaks are no characters', () => {
    const words = countWords(body.textBetween(0, body.content.size, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')));
    const chars = countChars(body.textBetween(0, body.content.size, '', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : '')));
    expect(bodyStats(body)).toEqual({ words, chars });
    expect(words).toBe(13);
  });

  it('count a changed block again and reuse the others', () => {
    const first = bodyStats(body);
    const edited = bodySchema.nodeFromJSON(p(text('Əlavə söz: Baş prokuror K.Əliyev «Bakı» görüşündə — hüquq-mühafizə')));
    const changed = body.copy(body.content.replaceChild(0, edited));
    expect(changed.child(1)).toBe(body.child(1));
    expect(bodyStats(changed)).toEqual({ words: first.words + 2, chars: first.chars + 'Əlavə söz: '.length });
  });
});
