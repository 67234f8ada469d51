// The body as html-to-doc.ts builds it: text runs with their marks collected into the paragraph or
// heading being read, white space folded as a browser does, and finished blocks placed in the
// innermost open container (list, item, quote, table, row, cell) as the schema allows.
import type { DocNode } from '../model';
import { addWordListItem, type ListNode, type OpenWordList } from './word-lists';

type MarkJson = { type: string; attrs?: Record<string, unknown> };

export interface Marks {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  readonly superscript: boolean;
  readonly subscript: boolean;
  readonly href: string | null;
  /** Filled on first use; frames that change no mark share their parent's object, and so the cache. */
  json?: MarkJson[] | undefined;
  key?: string;
}

export const PLAIN: Marks = { bold: false, italic: false, underline: false, strike: false, superscript: false, subscript: false, href: null };

/** What the text of one paragraph or heading is collected for. */
export interface Textblock {
  heading: number;
  /** Word's list paragraph (`mso-list: l0 level2 lfo1`): its level, and the marker Word wrote before it. */
  wordListLevel: number;
  marker: string[];
  capture: 'title' | 'lead' | null;
}

interface Container {
  node: ListNode;
  /** The open lists made from Word's list paragraphs directly in this container, outermost first. */
  wordLists: OpenWordList[] | null;
}

interface InlineItem {
  br: boolean;
  marks: Marks;
  parts: string[];
}

const LISTS = new Set(['bulletList', 'orderedList']);
const HTML_SPACE = /[ \t\n\r\f]+/g;
// C0 and C1 controls but HTML's own white space (folded above), and the byte-order mark.
export const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]/g;
const MAX_NESTING = 48;

export class DocBuilder {
  private readonly root: Container = { node: { type: 'doc', content: [] }, wordLists: null };
  private readonly containers: Container[] = [this.root];
  /** The paragraphs and headings being read, innermost last. */
  private readonly blocks: Textblock[] = [];
  /** Collects text found outside any block element. */
  private rootBlock = newTextblock(0);
  private run: InlineItem[] = [];
  private runBlock: Textblock | null = null;
  /** Where the last text ended, for folding white space as a browser does. */
  private runEdge: 'start' | 'space' | 'text' = 'start';
  /** The text of the blocks taken out of the body as the title and the lead. */
  readonly captured = { title: [] as string[], lead: [] as string[] };

  /** The block text goes to now. */
  get textblock(): Textblock {
    return this.blocks[this.blocks.length - 1] ?? this.rootBlock;
  }

  /** The type of the innermost open container ('doc' at the top). */
  get containerType(): string {
    return this.top().node.type;
  }

  /** Whether nothing has been placed at the top of the body yet. */
  get atStart(): boolean {
    return this.root.node.content.length === 0;
  }

  /** Text as the parser gives it: `marker`, the bullet Word wrote; `pre`, white space kept. */
  text(raw: string, marks: Marks, { marker, pre }: { marker: boolean; pre: boolean }): void {
    const block = this.textblock;
    if (marker) {
      block.marker.push(raw);
      return;
    }
    if (block.capture) {
      this.captured[block.capture].push(raw);
      return;
    }
    const text = raw.replace(CONTROL, '');
    if (pre) {
      const lines = text.replace(/\t/g, ' ').split(/\r\n?|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.lineBreak();
        if (line) this.pushText(line, marks);
      });
      return;
    }
    let folded = text.replace(HTML_SPACE, ' ');
    if (this.runEdge !== 'text' && folded.charCodeAt(0) === 32) folded = folded.slice(1);
    if (!folded) return;
    this.pushText(folded, marks);
    this.runEdge = folded.charCodeAt(folded.length - 1) === 32 ? 'space' : 'text';
  }

  lineBreak(): void {
    const block = this.textblock;
    if (block.capture) {
      this.captured[block.capture].push(' ');
      return;
    }
    this.runBlock ??= block;
    trimTrailingSpace(this.run);
    this.run.push({ br: true, marks: PLAIN, parts: [] });
    this.runEdge = 'start';
  }

  /** A block element opens: the text before it is a block of its own. */
  startBlock(heading: number): Textblock {
    this.flush();
    const block = newTextblock(heading);
    this.blocks.push(block);
    return block;
  }

  /** The block element closes, and with it the container it opened, if any. */
  endBlock(container: boolean): void {
    this.flush();
    this.blocks.pop();
    if (container) this.closeContainer();
  }

  /** Opens a container for what follows; false where nesting is already too deep (it is flattened). */
  openContainer(node: ListNode): boolean {
    // Deeper lists and quotes than anyone writes are flattened, so a hostile nesting cannot
    // exhaust the stack of the recursive code that reads bodies later.
    if (this.containers.length > MAX_NESTING) return false;
    this.containers.push({ node, wordLists: null });
    return true;
  }

  /** The body so far, with the last block ended. */
  finish(): DocNode[] {
    this.flush();
    return this.root.node.content.length ? this.root.node.content : [{ type: 'paragraph' }];
  }

  private top(): Container {
    return this.containers[this.containers.length - 1];
  }

  private pushText(text: string, marks: Marks): void {
    this.runBlock ??= this.textblock;
    const last = this.run[this.run.length - 1];
    if (last && !last.br && markKey(last.marks) === markKey(marks)) last.parts.push(text);
    else this.run.push({ br: false, marks, parts: [text] });
    this.runEdge = 'text';
  }

  /** Ends the current paragraph or heading, placing it in the innermost container. */
  private flush(): void {
    const block = this.runBlock;
    const items = this.run;
    this.run = [];
    this.runBlock = null;
    this.runEdge = 'start';
    this.rootBlock = newTextblock(0);
    if (!block) return;
    while (items.length && items[items.length - 1].br) items.pop();
    while (items.length && items[0].br) items.shift();
    trimTrailingSpace(items);
    const content = inlineNodes(items);
    // Spacer paragraphs (Word's <o:p>&nbsp;</o:p>, Google Docs' <br>) are layout, not text.
    if (!content.some((node) => node.text !== undefined && /\S/.test(node.text))) return;
    const marker = block.marker.join('').trim();
    if (block.wordListLevel > 0) {
      const target = this.blockTarget();
      addWordListItem(target, block.wordListLevel, marker, { type: 'paragraph', content }, (list) => this.place(target, list));
      return;
    }
    // A numbered heading keeps its number as text: it is part of what the heading says.
    if (marker) content.unshift({ type: 'text', text: `${marker} ` });
    this.place(this.blockTarget(), block.heading ? { type: 'heading', attrs: { level: block.heading }, content } : { type: 'paragraph', content });
  }

  /** Tables hold only rows and rows only cells: text found between them goes before the table, as in a browser. */
  private blockTarget(): Container {
    for (let i = this.containers.length - 1; i > 0; i--) {
      const type = this.containers[i].node.type;
      if (type !== 'table' && type !== 'tableRow') return this.containers[i];
    }
    return this.root;
  }

  private place(target: Container, node: DocNode): void {
    target.wordLists = null;
    const content = target.node.content;
    if (!LISTS.has(target.node.type)) {
      content.push(node);
      return;
    }
    const last = content[content.length - 1];
    if (node.type === 'listItem') content.push(node);
    // <ul><li>a</li><ul>…</ul></ul>, which editors write for nesting: the inner list belongs to the item before it.
    else if (LISTS.has(node.type) && last?.type === 'listItem') last.content!.push(node);
    else content.push(listItem([node])!);
  }

  private closeContainer(): void {
    const { node } = this.containers.pop()!;
    const parent = this.top();
    switch (node.type) {
      case 'listItem': {
        const item = listItem(node.content);
        if (item) this.place(parent, item);
        break;
      }
      case 'tableCell':
      case 'tableHeader':
        if (!node.content.length) node.content.push({ type: 'paragraph' });
        parent.node.content.push(node);
        break;
      case 'tableRow':
        if (node.content.length) parent.node.content.push(node);
        break;
      default:
        if (node.content.length) this.place(this.blockTarget(), node);
    }
  }
}

function newTextblock(heading: number): Textblock {
  return { heading, wordListLevel: 0, marker: [], capture: null };
}

function trimTrailingSpace(items: InlineItem[]): void {
  const last = items[items.length - 1];
  if (!last || last.br) return;
  const end = last.parts.length - 1;
  if (last.parts[end].endsWith(' ')) last.parts[end] = last.parts[end].slice(0, -1);
}

/** A list item as the schema wants it, starting with a paragraph; null when it holds nothing. */
function listItem(content: DocNode[]): DocNode | null {
  if (!content.length) return null;
  const first = content[0];
  if (first.type === 'heading') content[0] = { type: 'paragraph', content: first.content };
  else if (first.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

function markKey(marks: Marks): string {
  marks.key ??= `${+marks.bold}${+marks.italic}${+marks.underline}${+marks.strike}${+marks.superscript}${+marks.subscript}${marks.href ?? ''}`;
  return marks.key;
}

function markJson(marks: Marks): MarkJson[] | undefined {
  if (marks.json !== undefined || marks === PLAIN) return marks.json;
  const json: MarkJson[] = [];
  if (marks.bold) json.push({ type: 'bold' });
  if (marks.italic) json.push({ type: 'italic' });
  if (marks.underline) json.push({ type: 'underline' });
  if (marks.strike) json.push({ type: 'strike' });
  if (marks.superscript) json.push({ type: 'superscript' });
  if (marks.subscript) json.push({ type: 'subscript' });
  if (marks.href) json.push({ type: 'link', attrs: { href: marks.href } });
  marks.json = json.length ? json : undefined;
  return marks.json;
}

function inlineNodes(items: InlineItem[]): DocNode[] {
  const nodes: DocNode[] = [];
  for (const item of items) {
    if (item.br) {
      nodes.push({ type: 'hardBreak' });
      continue;
    }
    const text = item.parts.join('').normalize('NFC');
    if (!text) continue;
    const marks = markJson(item.marks);
    nodes.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  }
  return nodes;
}
