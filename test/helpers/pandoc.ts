// Reads a DOCX back with pandoc and boils its AST, and a TipTap body, down to one comparable shape:
// blocks with their structure, and text runs with their marks and link targets.
import type { DocNode } from '../../core/api';
import { runTool } from './tools';

export type Mark = 'strong' | 'emph' | 'underline' | 'strikeout' | 'superscript' | 'subscript';
export interface Run {
  text: string;
  marks: Mark[];
  href?: string;
}
export type Block =
  | { kind: 'para'; runs: Run[] }
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'bullets'; items: Block[][] }
  /** `style` only for lettered and Roman lists: a, A, i, I as HTML names them. */
  | { kind: 'ordered'; start: number; style?: string; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'table'; head: string[][]; body: string[][] };

interface PandocNode {
  t: string;
  c?: unknown;
}
export interface PandocDoc {
  meta: Record<string, PandocNode>;
  blocks: PandocNode[];
}

/** pandoc's reading of a DOCX; `options` such as --track-changes=accept. */
export function pandocRead(path: string, options: string[] = []): PandocDoc {
  return JSON.parse(runTool('pandoc', ['-f', 'docx', '-t', 'json', ...options, path])) as PandocDoc;
}

/** Adjacent runs with the same marks and link are one run, however either side split them. */
function merged(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.href === run.href && last.marks.join() === run.marks.join()) last.text += run.text;
    else if (run.text) out.push({ ...run, marks: [...run.marks] });
  }
  return out;
}

const MARK_OF: Record<string, Mark> = {
  Strong: 'strong',
  Emph: 'emph',
  Underline: 'underline',
  Strikeout: 'strikeout',
  Superscript: 'superscript',
  Subscript: 'subscript',
};
const PANDOC_LIST_STYLES: Record<string, string> = { LowerAlpha: 'a', UpperAlpha: 'A', LowerRoman: 'i', UpperRoman: 'I' };

function pandocInlines(nodes: PandocNode[], marks: Mark[] = [], href?: string): Run[] {
  const runs: Run[] = [];
  const run = (text: string) => runs.push({ text, marks: [...marks].sort(), ...(href && { href }) });
  for (const node of nodes) {
    if (node.t === 'Str') run(node.c as string);
    else if (node.t === 'Space' || node.t === 'SoftBreak') run(' ');
    else if (node.t === 'LineBreak') run('\n');
    else if (MARK_OF[node.t]) runs.push(...pandocInlines(node.c as PandocNode[], [...marks, MARK_OF[node.t]], href));
    else if (node.t === 'Link') {
      const [, content, [target]] = node.c as [unknown, PandocNode[], [string, string]];
      runs.push(...pandocInlines(content, marks, target));
    } else if (node.t === 'Span') runs.push(...pandocInlines((node.c as [unknown, PandocNode[]])[1], marks, href));
    else throw new Error(`unexpected pandoc inline ${node.t}`);
  }
  return runs;
}

function pandocRuns(nodes: PandocNode[]): Run[] {
  return merged(pandocInlines(nodes));
}

function runsText(runs: Run[]): string {
  return runs.map((run) => run.text).join('');
}

type PandocRow = [unknown, [unknown, unknown, number, number, PandocNode[]][]];

function rowTexts(rows: PandocRow[]): string[][] {
  return rows.map(([, cells]) => cells.map(([, , , , blocks]) => pandocBlocks(blocks).map(blockText).join('\n')));
}

function blockText(block: Block): string {
  return 'runs' in block ? runsText(block.runs) : '';
}

export function pandocBlocks(nodes: PandocNode[]): Block[] {
  return nodes.map((node): Block => {
    switch (node.t) {
      case 'Para':
      case 'Plain':
        return { kind: 'para', runs: pandocRuns(node.c as PandocNode[]) };
      case 'Header': {
        const [level, , inlines] = node.c as [number, unknown, PandocNode[]];
        return { kind: 'heading', level, runs: pandocRuns(inlines) };
      }
      case 'BulletList':
        return { kind: 'bullets', items: (node.c as PandocNode[][]).map(pandocBlocks) };
      case 'OrderedList': {
        const [[start, style], items] = node.c as [[number, PandocNode], PandocNode[][]];
        const type = PANDOC_LIST_STYLES[style.t];
        return { kind: 'ordered', start, ...(type && { style: type }), items: items.map(pandocBlocks) };
      }
      case 'BlockQuote':
        return { kind: 'quote', blocks: pandocBlocks(node.c as PandocNode[]) };
      case 'Table': {
        const [, , , [, headRows], bodies] = node.c as [unknown, unknown, unknown, [unknown, PandocRow[]], [unknown, unknown, PandocRow[], PandocRow[]][]];
        return { kind: 'table', head: rowTexts(headRows), body: bodies.flatMap(([, , inter, rows]) => rowTexts([...inter, ...rows])) };
      }
      default:
        throw new Error(`unexpected pandoc block ${node.t}`);
    }
  });
}

/** The title pandoc found (from the DOCX "Title" paragraph style), as plain text. */
export function pandocMetaText(doc: PandocDoc, key: string): string | undefined {
  const value = doc.meta[key];
  return value && value.t === 'MetaInlines' ? runsText(pandocRuns(value.c as PandocNode[])) : undefined;
}

const MARK_FROM_TIPTAP: Record<string, Mark> = {
  bold: 'strong',
  italic: 'emph',
  underline: 'underline',
  strike: 'strikeout',
  superscript: 'superscript',
  subscript: 'subscript',
};

function docInlines(nodes: DocNode[]): Run[] {
  return merged(
    nodes.map((node) => {
      const link = node.marks?.find((mark) => mark.type === 'link');
      const marks = (node.marks ?? []).flatMap((mark) => MARK_FROM_TIPTAP[mark.type] ?? []).sort();
      return {
        text: node.type === 'hardBreak' ? '\n' : (node.text ?? ''),
        marks,
        ...(link && { href: String(link.attrs?.href) }),
      };
    }),
  );
}

function docRowTexts(rows: DocNode[]): string[][] {
  return rows.map((row) =>
    (row.content ?? []).map((cell) =>
      docBlocks(cell.content ?? [])
        .map(blockText)
        .join('\n'),
    ),
  );
}

/** The same shape from a TipTap body, written independently of the exporter. */
export function docBlocks(nodes: DocNode[]): Block[] {
  return nodes.map((node): Block => {
    const content = node.content ?? [];
    switch (node.type) {
      case 'paragraph':
        return { kind: 'para', runs: docInlines(content) };
      case 'heading':
        return { kind: 'heading', level: Number(node.attrs?.level), runs: docInlines(content) };
      case 'bulletList':
        return { kind: 'bullets', items: content.map((item) => docBlocks(item.content ?? [])) };
      case 'orderedList':
        return {
          kind: 'ordered',
          start: Number(node.attrs?.start ?? 1),
          ...(['a', 'A', 'i', 'I'].includes(String(node.attrs?.type)) && { style: String(node.attrs?.type) }),
          items: content.map((item) => docBlocks(item.content ?? [])),
        };
      case 'blockquote':
        return { kind: 'quote', blocks: docBlocks(content) };
      case 'table': {
        const header = content[0]?.content?.every((cell) => cell.type === 'tableHeader') ? 1 : 0;
        return { kind: 'table', head: docRowTexts(content.slice(0, header)), body: docRowTexts(content.slice(header)) };
      }
      default:
        throw new Error(`no comparable shape for ${node.type}`);
    }
  });
}
