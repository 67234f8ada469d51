import { describe, expect, it } from 'vitest';
import { docToText } from '../../core/doc-text';
import { normalizeDoc } from '../../core/doc-schema';
import { importMarkdown } from '../../core/import/markdown-import';
import { docBlocks, type Block, type Run } from '../helpers/pandoc';

const plain = (text: string): Run => ({ text, marks: [] });
const para = (...runs: Run[]): Block => ({ kind: 'para', runs });

describe('importMarkdown', () => {
  it('takes the opening heading as the title and keeps the structure', () => {
    const draft = importMarkdown(`# Baş prokurorun görüşü

Görüşdə **tərəflər** *qarşılıqlı* maraq doğuran
məsələləri ~~müzakirə~~ etdilər: https://prosecutor.gov.az və [sayt](https://example.org/az).

## Gündəlik

- Əməkdaşlıq
  - Təlimlər
- Məlumat mübadiləsi

3. Üçüncü
4. Dördüncü

> Sitat.

| Ölkə | Say |
|------|----:|
| Gürcüstan | 2 |
`);
    expect(draft.title).toBe('Baş prokurorun görüşü');
    expect(draft.language).toBe('az');
    expect(draft.releaseDate).toBeNull();
    expect(draft.warnings).toEqual([{ code: 'date-missing' }]);
    expect(normalizeDoc(draft.body)).toEqual(draft.body);
    expect(docBlocks(draft.body.content ?? [])).toEqual<Block[]>([
      para(
        plain('Görüşdə '),
        { text: 'tərəflər', marks: ['strong'] },
        plain(' '),
        { text: 'qarşılıqlı', marks: ['emph'] },
        plain(' maraq doğuran məsələləri '),
        { text: 'müzakirə', marks: ['strikeout'] },
        plain(' etdilər: '),
        { text: 'https://prosecutor.gov.az', marks: [], href: 'https://prosecutor.gov.az' },
        plain(' və '),
        { text: 'sayt', marks: [], href: 'https://example.org/az' },
        plain('.'),
      ),
      { kind: 'heading', level: 2, runs: [plain('Gündəlik')] },
      { kind: 'bullets', items: [[para(plain('Əməkdaşlıq')), { kind: 'bullets', items: [[para(plain('Təlimlər'))]] }], [para(plain('Məlumat mübadiləsi'))]] },
      { kind: 'ordered', start: 3, items: [[para(plain('Üçüncü'))], [para(plain('Dördüncü'))]] },
      { kind: 'quote', blocks: [para(plain('Sitat.'))] },
      { kind: 'table', head: [['Ölkə', 'Say']], body: [['Gürcüstan', '2']] },
    ]);
  });

  it('keeps a first heading that comes after text in the body', () => {
    const draft = importMarkdown('Giriş mətni.\n\n# Başlıq\n');
    expect(draft.title).toBe('');
    expect(docBlocks(draft.body.content ?? [])).toEqual<Block[]>([para(plain('Giriş mətni.')), { kind: 'heading', level: 1, runs: [plain('Başlıq')] }]);
  });

  it('reads title, date and language from front matter', () => {
    const draft = importMarkdown(`---
title: "Delegation visit"
date: 2024-05-12
lang: en-GB
author: Press Service
---
# Delegation visit

Text of the release.
`);
    expect(draft.title).toBe('Delegation visit');
    expect(draft.releaseDate).toBe('2024-05-12');
    expect(draft.language).toBe('en');
    expect(draft.properties).toEqual({ title: 'Delegation visit', author: 'Press Service', language: 'en-GB' });
    // The heading repeats the front matter's title, so it is not kept twice.
    expect(docToText(draft.body)).toBe('Text of the release.');
    expect(draft.warnings).toEqual([]);
  });

  it('keeps an opening heading that differs from the front matter title, and reports a date it cannot read', () => {
    const draft = importMarkdown('---\ntitle: Rəsmi ad\ndate: 2024-02-30\n---\n# Başqa başlıq\n\nMətn.\n');
    expect(draft.title).toBe('Rəsmi ad');
    expect(draft.releaseDate).toBeNull();
    expect(draft.warnings).toEqual([{ code: 'date-missing', detail: '2024-02-30' }]);
    expect(docBlocks(draft.body.content ?? [])[0]).toEqual({ kind: 'heading', level: 1, runs: [plain('Başqa başlıq')] });
  });

  it('guesses the language from the text when the file does not say', () => {
    expect(importMarkdown('Генеральный прокурор принял делегацию.').language).toBe('ru');
    expect(importMarkdown('The Prosecutor General received the delegation.').language).toBe('en');
  });

  it('shows raw HTML as text and never turns it into markup or links', () => {
    const draft = importMarkdown(
      '<script>alert(1)</script>\n\nMətn <img src=x onerror="alert(2)"> [klik](javascript:alert(3)) [nisbi](/yol) ![şəkil](https://cdn.example.org/a.png)\n',
    );
    const json = JSON.stringify(draft.body);
    expect(docToText(draft.body)).toBe('<script>alert(1)</script>\n\nMətn <img src=x onerror="alert(2)"> [klik](javascript:alert(3)) nisbi');
    expect(json).not.toContain('"link"');
    expect(draft.warnings).toContainEqual({ code: 'not-kept', detail: 'link /yol' });
    expect(draft.warnings).toContainEqual({ code: 'remote-image', detail: 'cdn.example.org' });
  });
});
