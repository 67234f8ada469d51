// A release with everything an export or an import has to carry (headings, bullet and numbered
// lists, bold, italic, links, a table), its words taken from the synthetic library's text, and the
// same release as Markdown for pandoc to turn into the DOCX files the import bench reads.
import type { DocNode } from '../../core/api';
import { mulberry32 } from '../helpers/prng';
import { syntheticRelease } from './synthetic-text';

export interface RichRelease {
  title: string;
  body: DocNode;
  words: number;
}

const LIBRARY = 1_000_000;

/** Azerbaijani sentences of the synthetic library, from release `first` on, without end. */
function* sentences(seed: number, first: number): Generator<string> {
  for (let i = first; ; i++) {
    const { fields } = syntheticRelease(seed, i, LIBRARY);
    if (fields.language !== 'az') continue;
    for (const node of fields.body.content ?? []) {
      if (node.type !== 'paragraph') continue;
      for (const sentence of node.content![0].text!.split(/(?<=\.) /)) yield sentence;
    }
  }
}

const text = (value: string, ...marks: NonNullable<DocNode['marks']>): DocNode => ({ type: 'text', text: value, ...(marks.length && { marks }) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const item = (value: string): DocNode => ({ type: 'listItem', content: [paragraph(text(value))] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): DocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [paragraph(text(value))],
});

function countWords(value: string): number {
  return value.split(' ').filter(Boolean).length;
}

/** About `targetWords` words (a sentence or a section over), the same for the same (seed, first). */
export function richRelease(seed: number, first: number, targetWords: number): RichRelease {
  const random = mulberry32(seed ^ first);
  const source = sentences(seed, first);
  let words = 0;
  const next = (): string => {
    const sentence = source.next().value as string;
    words += countWords(sentence);
    return sentence;
  };
  const shortPhrase = (): string => next().replace(/\.$/, '').split(' ').slice(0, 5).join(' ');

  // A paragraph whose opening words are bold, with an italic phrase and a link inside.
  const markedParagraph = (): DocNode => {
    const [opening, ...rest] = next().split(' ');
    const middle = next().split(' ');
    const at = 1 + Math.floor(random() * Math.max(1, middle.length - 3));
    return paragraph(
      text(`${opening} ${rest.slice(0, 2).join(' ')}`, { type: 'bold' }),
      text(` ${rest.slice(2).join(' ')} ${middle.slice(0, at).join(' ')} `),
      text(middle.slice(at, at + 2).join(' '), { type: 'italic' }),
      text(` ${middle.slice(at + 2).join(' ')} `),
      text('rəsmi saytda', { type: 'link', attrs: { href: `https://genprosecutor.gov.az/az/news/${first + words}` } }),
      text(` ${next()}`),
    );
  };

  const title = shortPhrase();
  const content: DocNode[] = [];
  let section = 0;
  while (words < targetWords) {
    content.push({ type: 'heading', attrs: { level: section % 3 === 2 ? 3 : 2 }, content: [text(shortPhrase())] });
    content.push(markedParagraph(), paragraph(text([next(), next(), next()].join(' '))));
    if (section % 2 === 0) content.push({ type: 'bulletList', content: [item(next()), item(next()), item(next())] });
    else content.push({ type: 'orderedList', attrs: { start: 1, type: null }, content: [item(next()), item(next()), item(next())] });
    content.push(paragraph(text([next(), next()].join(' '))));
    if (section === 1) {
      const rows = [
        ['Ölkə', 'Görüşlər', 'Sənədlər'],
        ...Array.from({ length: 4 }, () => [shortPhrase(), String(1 + Math.floor(random() * 9)), String(Math.floor(random() * 5))]),
      ];
      content.push({
        type: 'table',
        content: rows.map((row, r) => ({ type: 'tableRow', content: row.map((value) => cell(r === 0 ? 'tableHeader' : 'tableCell', value)) })),
      });
    }
    section++;
  }
  return { title, body: { type: 'doc', content }, words };
}

// --- Markdown ---------------------------------------------------------------------------------

function inline(nodes: DocNode[]): string {
  return nodes
    .map((node) => {
      let value = node.text ?? '';
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') value = `**${value}**`;
        else if (mark.type === 'italic') value = `*${value}*`;
        else if (mark.type === 'link') value = `[${value}](${String(mark.attrs?.href)})`;
      }
      return value;
    })
    .join('');
}

function block(node: DocNode): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(Number(node.attrs?.level))} ${inline(content)}`;
    case 'paragraph':
      return inline(content);
    case 'bulletList':
      return content.map((li) => `- ${inline(li.content![0].content!)}`).join('\n');
    case 'orderedList':
      return content.map((li, i) => `${i + 1}. ${inline(li.content![0].content!)}`).join('\n');
    case 'table': {
      const rows = content.map((row) => `| ${row.content!.map((c) => inline(c.content![0].content!)).join(' | ')} |`);
      return [
        rows[0],
        `|${rows[0]
          .split(' | ')
          .map(() => '---')
          .join('|')}|`,
        ...rows.slice(1),
      ].join('\n');
    }
    default:
      throw new Error(`no Markdown for ${node.type}`);
  }
}

/** Pandoc's Markdown: the title as the first heading, then the body. */
export function richMarkdown(release: RichRelease): string {
  return [`# ${release.title}`, ...(release.body.content ?? []).map(block)].join('\n\n') + '\n';
}
