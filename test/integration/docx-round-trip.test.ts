// Export to DOCX, import that file, export again: the structure and the text must survive both
// trips. The comparison is made twice: on our own documents (what the officer would see in the
// editor) and on pandoc's reading of both DOCX files (what another program sees).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { exportDocx } from '../../core/export/docx';
import { importDocx } from '../../core/import/docx-import';
import { FIXTURES, fixtureInput } from '../helpers/export-fixtures';
import { docBlocks, pandocBlocks, pandocRead } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';

// What the trip changes on purpose: U+000B and U+000C become a line break and a space on export.
const ROUND_TRIPPABLE = FIXTURES.filter((fixture) => !/[\u000B\u000C]/.test(docToText(fixture.body)));

describe('DOCX round trip: export, import, export', () => {
  it.each(ROUND_TRIPPABLE.map((fixture) => [fixture.name, fixture] as const))('%s keeps its structure and text', async (_, fixture) => {
    const first = await exportDocx(fixtureInput(fixture));
    const imported = await importDocx(first);
    expect(imported.title).toBe(fixture.title);
    expect(imported.language).toBe(fixture.language);
    expect(docBlocks(imported.body.content ?? [])).toEqual(docBlocks(withoutEmptyParagraphs(fixture.body).content ?? []));

    const second = await exportDocx(fixtureInput({ ...fixture, title: imported.title, body: imported.body }));
    const again = await importDocx(second);
    expect(again.body).toEqual(imported.body);
  });

  it.skipIf(missingTools('pandoc'))('pandoc reads the first and the second export alike', async () => {
    const dir = tempDir();
    for (const fixture of ROUND_TRIPPABLE) {
      const first = await exportDocx(fixtureInput(fixture));
      const imported = await importDocx(first);
      const second = await exportDocx(fixtureInput({ ...fixture, title: imported.title, body: imported.body }));
      const [a, b] = [first, second].map((bytes, i) => {
        const file = join(dir, `${fixture.name}-${i}.docx`);
        writeFileSync(file, bytes);
        return pandocRead(file);
      });
      expect(pandocBlocks(b.blocks), fixture.name).toEqual(pandocBlocks(a.blocks));
    }
  });
});

/** Empty paragraphs carry no text and the importer drops them; everything else must come back. */
function withoutEmptyParagraphs(node: DocNode): DocNode {
  if (!node.content) return node;
  const content = node.content.filter((child) => !(child.type === 'paragraph' && !child.content?.length && node.type === 'doc')).map(withoutEmptyParagraphs);
  return { ...node, content };
}
