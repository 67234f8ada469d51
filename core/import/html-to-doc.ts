// Turns HTML (pasted from Word, Google Docs or a web page, or made by the DOCX and Markdown
// importers) into a release body. The body is built node by node from what the editor schema holds
// and no attribute is ever copied except a checked link address, so scripts, event handlers,
// styles and remote resources cannot come through; content that cannot be kept is reported.
// It runs in the renderer on paste as well, so it uses a streaming parser and no DOM.
import { MAX_ELEMENT_DEPTH } from '../limits';
import { flattenDeepHtml, parseBounded } from './bounded-parser';
import type { DocNode } from '../model';
import { normalizeDoc } from '../doc-schema';
import { ALLOWED_LINK } from '../editor-extensions';
import type { ImportWarning, SourceProperties } from './types';

export interface HtmlToDocOptions {
  /**
   * Take the first paragraph styled as a title (class "title" or Word's "MsoTitle") out of the body
   * as `title`, and a subtitle before any body text as `lead`. Off for paste, where the pasted text
   * must all land in the body; then they become headings 1 and 2.
   */
  extractTitle?: boolean;
}

export interface HtmlToDocResult {
  body: DocNode;
  warnings: ImportWarning[];
  properties: SourceProperties;
  title?: string;
  lead?: string;
}

type MarkJson = { type: string; attrs?: Record<string, unknown> };

interface Marks {
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

/** What the text of one paragraph or heading is collected for. */
interface Textblock {
  heading: number;
  /** Word's list paragraph (`mso-list: l0 level2 lfo1`): its level, and the marker Word wrote before it. */
  wordListLevel: number;
  marker: string[];
  capture: 'title' | 'lead' | null;
}

interface Container {
  node: DocNode & { content: DocNode[] };
  /** The open lists made from Word's list paragraphs directly in this container, outermost first. */
  wordLists: { list: DocNode & { content: DocNode[] }; level: number; ordered: boolean }[] | null;
}

interface Frame {
  marks: Marks;
  block?: Textblock;
  container?: boolean;
  skip?: boolean;
  marker?: boolean;
  pre?: boolean;
  foreign?: boolean;
  docTitle?: boolean;
}

interface InlineItem {
  br: boolean;
  marks: Marks;
  parts: string[];
}

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'xml', 'o:p', 'textarea', 'select']);
/** Embedded documents: skipped like the above, but they showed something, so they are reported. */
const EMBEDDED = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet']);
/** Blocks whose purpose (a form to fill in) is lost, though their text is kept. */
const FORMS = new Set(['form', 'fieldset', 'legend']);
/** Elements that start and end a block of text; h1-h6 are added below. */
const BLOCKS = new Set([
  'p', 'div', 'pre', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'address', 'article', 'aside', 'center', 'dd', 'details', 'dialog', 'dir', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'section', 'summary',
  'body', 'html', ...FORMS,
]);
/** Elements with nothing to keep beyond their text and the structure handled here, so not reported. */
const KNOWN = new Set([
  ...[...BLOCKS].filter((name) => !FORMS.has(name)),
  'head', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'font', 'a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'br', 'img', 'title', 'meta', 'link', 'base', 'abbr', 'acronym', 'cite', 'code',
  'kbd', 'samp', 'tt', 'var', 'small', 'big', 'sub', 'sup', 'mark', 'q', 'time', 'data', 'dfn', 'bdi',
  'bdo', 'nobr', 'wbr', 'label', 'colgroup', 'col', 'picture', 'source',
]);
const LISTS = new Set(['bulletList', 'orderedList']);

const HTML_SPACE = /[ \t\n\r\f]+/g;
// C0 and C1 controls but HTML's own white space (folded above), and the byte-order mark.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]/g;
const WORD_LIST = /(?:^|;)\s*mso-list\s*:\s*l\d+\s+level(\d+)/i;
const WORD_LIST_MARKER = /(?:^|;)\s*mso-list\s*:\s*ignore/i;
const STYLE_DECLARATION = /(?:^|;)\s*(font-weight|font-style|text-decoration(?:-line)?|vertical-align)\s*:\s*([^;]*)/gi;
// Word writes "1." "a)" "(iv)" "2.1." before numbered items; bullets are single glyphs, "o" included.
const ORDERED_MARKER = /^[(\[]?(?:\d+(?:\.\d+)*[.)\]]?|[a-zA-Z]{1,5}[.)\]])$/;

const MAX_NESTING = 48;

const PLAIN: Marks = { bold: false, italic: false, underline: false, strike: false, superscript: false, subscript: false, href: null };

export function htmlToDoc(html: string, options: HtmlToDocOptions = {}): HtmlToDocResult {
  const warnings: ImportWarning[] = [];
  const reported = new Map<string, ImportWarning>();
  const properties: SourceProperties = {};
  const root: Container = { node: { type: 'doc', content: [] }, wordLists: null };
  const containers: Container[] = [root];
  const frames: Frame[] = [];
  const docTitleParts: string[] = [];
  const captured = { title: [] as string[], lead: [] as string[] };
  let titleTaken = false;
  let leadTaken = false;

  let run: InlineItem[] = [];
  let runBlock: Textblock | null = null;
  /** Where the last text ended, for folding white space as a browser does. */
  let runEdge: 'start' | 'space' | 'text' = 'start';
  let rootBlock = newTextblock(0);
  let skipDepth = 0;
  let markerDepth = 0;
  let preDepth = 0;
  let foreignDepth = 0;
  let docTitleDepth = 0;
  let inSupportLists = false;

  // Each kind of thing not kept is named once, with how many times it was met.
  const report = (code: ImportWarning['code'], detail: string) => {
    const key = `${code}\u0000${detail}`;
    const seen = reported.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else {
      const warning: ImportWarning = { code, detail };
      reported.set(key, warning);
      warnings.push(warning);
    }
  };
  const marks = () => frames[frames.length - 1]?.marks ?? PLAIN;
  const blocks: Textblock[] = [];
  const textblock = () => blocks[blocks.length - 1] ?? rootBlock;
  const top = () => containers[containers.length - 1];

  function appendText(raw: string): void {
    if (docTitleDepth > 0) {
      docTitleParts.push(raw);
      return;
    }
    if (skipDepth > 0) return;
    const block = textblock();
    if (markerDepth > 0) {
      block.marker.push(raw);
      return;
    }
    if (block.capture) {
      captured[block.capture].push(raw);
      return;
    }
    const text = raw.replace(CONTROL, '');
    if (preDepth > 0) {
      const lines = text.replace(/\t/g, ' ').split(/\r\n?|\n/);
      lines.forEach((line, i) => {
        if (i > 0) appendBreak();
        if (line) pushText(line);
      });
      return;
    }
    let folded = text.replace(HTML_SPACE, ' ');
    if (runEdge !== 'text' && folded.charCodeAt(0) === 32) folded = folded.slice(1);
    if (!folded) return;
    pushText(folded);
    runEdge = folded.charCodeAt(folded.length - 1) === 32 ? 'space' : 'text';
  }

  function pushText(text: string): void {
    runBlock ??= textblock();
    const current = marks();
    const last = run[run.length - 1];
    if (last && !last.br && markKey(last.marks) === markKey(current)) last.parts.push(text);
    else run.push({ br: false, marks: current, parts: [text] });
    runEdge = 'text';
  }

  function appendBreak(): void {
    if (skipDepth > 0 || markerDepth > 0) return;
    const block = textblock();
    if (block.capture) {
      captured[block.capture].push(' ');
      return;
    }
    runBlock ??= block;
    trimTrailingSpace(run);
    run.push({ br: true, marks: PLAIN, parts: [] });
    runEdge = 'start';
  }

  /** Ends the current paragraph or heading, placing it in the innermost container. */
  function flush(): void {
    const block = runBlock;
    const items = run;
    run = [];
    runBlock = null;
    runEdge = 'start';
    rootBlock = newTextblock(0);
    if (!block) return;
    while (items.length && items[items.length - 1].br) items.pop();
    while (items.length && items[0].br) items.shift();
    trimTrailingSpace(items);
    const content = inlineNodes(items);
    // Spacer paragraphs (Word's <o:p>&nbsp;</o:p>, Google Docs' <br>) are layout, not text.
    if (!content.some((node) => node.text !== undefined && /\S/.test(node.text))) return;
    const marker = block.marker.join('').trim();
    if (block.wordListLevel > 0) {
      addWordListItem(block.wordListLevel, marker, { type: 'paragraph', content });
      return;
    }
    // A numbered heading keeps its number as text: it is part of what the heading says.
    if (marker) content.unshift({ type: 'text', text: `${marker} ` });
    place(blockTarget(), block.heading ? { type: 'heading', attrs: { level: block.heading }, content } : { type: 'paragraph', content });
  }

  /** Tables hold only rows and rows only cells: text found between them goes before the table, as in a browser. */
  function blockTarget(): Container {
    for (let i = containers.length - 1; i > 0; i--) {
      const type = containers[i].node.type;
      if (type !== 'table' && type !== 'tableRow') return containers[i];
    }
    return root;
  }

  function place(target: Container, node: DocNode): void {
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

  function addWordListItem(level: number, marker: string, paragraph: DocNode): void {
    const target = blockTarget();
    const ordered = ORDERED_MARKER.test(marker);
    const lists = target.wordLists ?? [];
    while (lists.length && lists[lists.length - 1].level > level) lists.pop();
    let open = lists[lists.length - 1];
    if (open && open.level === level && open.ordered !== ordered) {
      lists.pop();
      open = lists[lists.length - 1];
    }
    if (!open || open.level < level) {
      const list = newList(ordered, ordered ? Number(/(\d+)\D*$/.exec(marker)?.[1] ?? 1) : 1);
      if (open) lastItem(open.list).content!.push(list);
      else place(target, list);
      open = { list, level, ordered };
      lists.push(open);
    }
    open.list.content.push({ type: 'listItem', content: [paragraph] });
    target.wordLists = lists;
  }

  function openContainer(frame: Frame, node: DocNode & { content: DocNode[] }): void {
    // Deeper lists and quotes than anyone writes are flattened, so a hostile nesting cannot
    // exhaust the stack of the recursive code that reads bodies later.
    if (containers.length > MAX_NESTING) return;
    containers.push({ node, wordLists: null });
    frame.container = true;
  }

  function closeContainer(): void {
    const { node } = containers.pop()!;
    const parent = top();
    switch (node.type) {
      case 'listItem': {
        const item = listItem(node.content);
        if (item) place(parent, item);
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
        if (node.content.length) place(blockTarget(), node);
    }
  }

  function reportImage(attribs: Record<string, string>): void {
    const src = (attribs.src ?? '').trim();
    if (/^https?:/i.test(src)) {
      let host = src;
      try {
        host = new URL(src).host;
      } catch {
        // An address that does not parse is still reported, as written.
      }
      report('remote-image', host);
    } else {
      // The image's description says what it showed; the report names it so the officer can put it back.
      const alt = (attribs.alt ?? '').replace(/\s+/g, ' ').trim();
      report('not-kept', alt ? `image: ${alt.slice(0, 200)}` : 'image');
    }
  }

  function onOpen(name: string, attribs: Record<string, string>): void {
    const parentMarks = marks();
    const frame: Frame = { marks: parentMarks };
    frames.push(frame);
    if (skipDepth > 0 || SKIPPED.has(name) || EMBEDDED.has(name)) {
      if (EMBEDDED.has(name) && skipDepth === 0) report('not-kept', name);
      frame.skip = true;
      skipDepth++;
      return;
    }
    if (name === 'title' && foreignDepth === 0) {
      frame.docTitle = true;
      docTitleDepth++;
      return;
    }
    // Word gives the language on <body> only.
    if ((name === 'html' || name === 'body') && attribs.lang && !properties.language) properties.language = attribs.lang.trim();
    if (name === 'meta') readMeta(attribs);
    if (!KNOWN.has(name) && !name.includes(':') && foreignDepth === 0) {
      // Namespaced elements are Word's (o:, v:, st1:) and hold plain text; anything else loses its meaning.
      report('not-kept', name);
      frame.foreign = true;
      foreignDepth++;
    } else if (name === 'svg' || name === 'math') {
      frame.foreign = true;
      foreignDepth++;
    }
    frame.marks = markChanges(name, attribs, parentMarks);
    const style = attribs.style;
    if (style && WORD_LIST_MARKER.test(style)) {
      frame.marker = true;
      markerDepth++;
    }
    if (name === 'br') appendBreak();
    else if (name === 'img') reportImage(attribs);
    else if (name === 'hr') report('not-kept', 'hr');
    const heading = /^h([1-6])$/.exec(name);
    if (!heading && !BLOCKS.has(name)) return;
    flush();
    const block = newTextblock(heading ? Number(heading[1]) : 0);
    frame.block = block;
    blocks.push(block);
    if (name === 'p' && style) block.wordListLevel = Number(WORD_LIST.exec(style)?.[1] ?? 0);
    if (name === 'pre') {
      frame.pre = true;
      preDepth++;
    }
    if (name === 'p' || heading) styleByClass(block, attribs.class);
    openBlockContainer(name, frame, attribs);
  }

  function styleByClass(block: Textblock, className: string | undefined): void {
    const classes = className?.toLowerCase().split(/\s+/) ?? [];
    if (classes.includes('title') || classes.includes('msotitle')) {
      if (options.extractTitle && !titleTaken) {
        block.capture = 'title';
        titleTaken = true;
      } else {
        block.heading = 1;
      }
    } else if (classes.includes('subtitle') || classes.includes('msosubtitle')) {
      if (options.extractTitle && !leadTaken && root.node.content.length === 0) {
        block.capture = 'lead';
        leadTaken = true;
      } else {
        block.heading = 2;
      }
    }
  }

  function openBlockContainer(name: string, frame: Frame, attribs: Record<string, string>): void {
    const parent = top().node.type;
    if (name === 'ul') openContainer(frame, { type: 'bulletList', content: [] });
    else if (name === 'ol') openContainer(frame, newList(true, Number.parseInt(attribs.start ?? '1', 10), attribs.type));
    else if (name === 'li' && LISTS.has(parent)) openContainer(frame, { type: 'listItem', content: [] });
    else if (name === 'blockquote') openContainer(frame, { type: 'blockquote', content: [] });
    else if (name === 'table') openContainer(frame, { type: 'table', content: [] });
    else if (name === 'tr' && parent === 'table') openContainer(frame, { type: 'tableRow', content: [] });
    else if ((name === 'td' || name === 'th') && parent === 'tableRow') {
      const attrs: Record<string, number> = {};
      const colspan = span(attribs.colspan);
      const rowspan = span(attribs.rowspan);
      if (colspan > 1) attrs.colspan = colspan;
      if (rowspan > 1) attrs.rowspan = rowspan;
      openContainer(frame, {
        type: name === 'th' ? 'tableHeader' : 'tableCell',
        ...(Object.keys(attrs).length && { attrs }),
        content: [],
      });
    }
  }

  function onClose(): void {
    const frame = frames.pop();
    if (!frame) return;
    if (frame.skip) {
      skipDepth--;
      return;
    }
    if (frame.docTitle) {
      docTitleDepth--;
      if (!properties.title) properties.title = foldTitle(docTitleParts) || undefined;
      docTitleParts.length = 0;
      return;
    }
    if (frame.marker) markerDepth--;
    if (frame.foreign) foreignDepth--;
    if (!frame.block) return;
    // Word closes its marker comment in the same paragraph; what one left open took is text after all.
    if (inSupportLists) {
      onComment('[endif]');
      appendText(frame.block.marker.splice(0).join(''));
    }
    flush();
    blocks.pop();
    if (frame.pre) preDepth--;
    if (frame.container) closeContainer();
  }

  function readMeta(attribs: Record<string, string>): void {
    const name = attribs.name?.toLowerCase();
    const content = attribs.content?.trim();
    if (!content) return;
    if (name === 'description' && !properties.description) properties.description = content.normalize('NFC');
    if (name === 'author' && !properties.author) properties.author = content.normalize('NFC');
  }

  function onComment(data: string): void {
    // Word marks the bullet or number it wrote before a list paragraph with these conditional comments.
    const condition = data.trim().toLowerCase();
    if (condition === '[if !supportlists]' && !inSupportLists) {
      inSupportLists = true;
      markerDepth++;
    } else if (condition === '[endif]' && inSupportLists) {
      inSupportLists = false;
      markerDepth--;
    }
  }

  const bounded = flattenDeepHtml(html);
  if (bounded.flattened) report('not-kept', `nesting deeper than ${MAX_ELEMENT_DEPTH} levels`);
  // The end closes every element left open, so every frame and container is closed after it.
  parseBounded(
    bounded.html,
    {
      onopentag: onOpen,
      onclosetag: onClose,
      ontext: appendText,
      oncomment: onComment,
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  flush();

  const title = foldTitle(captured.title);
  const lead = foldTitle(captured.lead);
  const content = root.node.content.length ? root.node.content : [{ type: 'paragraph' }];
  return {
    body: normalizeDoc({ type: 'doc', content }),
    warnings,
    properties,
    ...(title && { title }),
    ...(lead && { lead }),
  };

  function markChanges(name: string, attribs: Record<string, string>, parent: Marks): Marks {
    let { bold, italic, underline, strike, superscript, subscript, href } = parent;
    if (name === 'sup') [superscript, subscript] = [true, false];
    else if (name === 'sub') [superscript, subscript] = [false, true];
    else if (name === 'b' || name === 'strong') bold = true;
    else if (name === 'i' || name === 'em') italic = true;
    else if (name === 'u' || name === 'ins') underline = true;
    else if (name === 's' || name === 'strike' || name === 'del') strike = true;
    else if (name === 'a' && attribs.href !== undefined) href = safeHref(attribs.href) ?? href;
    const style = attribs.style;
    if (style) {
      for (const [, property, rawValue] of style.matchAll(STYLE_DECLARATION)) {
        const value = rawValue.trim().toLowerCase();
        const weight = Number(value);
        if (property.toLowerCase() === 'font-weight') {
          // Google Docs wraps a whole paste in <b style="font-weight:normal">.
          if (value.startsWith('bold') || weight >= 600) bold = true;
          else if (value === 'normal' || value === 'lighter' || weight > 0) bold = false;
        } else if (property.toLowerCase() === 'vertical-align') {
          // Word's pasted HTML raises text with vertical-align rather than <sup>.
          if (value.startsWith('super')) [superscript, subscript] = [true, false];
          else if (value.startsWith('sub')) [superscript, subscript] = [false, true];
          else if (value === 'baseline') [superscript, subscript] = [false, false];
        } else if (property.toLowerCase() === 'font-style') {
          if (value.startsWith('italic') || value.startsWith('oblique')) italic = true;
          else if (value === 'normal') italic = false;
        } else {
          // Decorations add up in CSS and a child cannot remove them; links are underlined by their
          // own look, which the link mark already carries.
          if (value.includes('underline') && !href) underline = true;
          if (value.includes('line-through')) strike = true;
        }
      }
    }
    if (
      bold === parent.bold &&
      italic === parent.italic &&
      underline === parent.underline &&
      strike === parent.strike &&
      superscript === parent.superscript &&
      subscript === parent.subscript &&
      href === parent.href
    ) {
      return parent;
    }
    return { bold, italic, underline, strike, superscript, subscript, href };
  }

  function safeHref(raw: string): string | null {
    // Browsers ignore tabs and newlines anywhere in an address and controls and spaces around it,
    // so "java\tscript:" is checked the way a browser would read it.
    const href = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    if (ALLOWED_LINK.test(href)) return href;
    // Links to a place in the source document lead nowhere once it is imported.
    if (href && !href.startsWith('#')) report('not-kept', `link ${href.slice(0, 120)}`);
    return null;
  }
}

function trimTrailingSpace(items: InlineItem[]): void {
  const last = items[items.length - 1];
  if (!last || last.br) return;
  const end = last.parts.length - 1;
  if (last.parts[end].endsWith(' ')) last.parts[end] = last.parts[end].slice(0, -1);
}

function newTextblock(heading: number): Textblock {
  return { heading, wordListLevel: 0, marker: [], capture: null };
}

const LIST_TYPES = new Set(['a', 'A', 'i', 'I']);

function newList(ordered: boolean, start: number, type?: string): DocNode & { content: DocNode[] } {
  if (!ordered) return { type: 'bulletList', content: [] };
  const first = Number.isInteger(start) && start >= 0 && start <= 1_000_000 ? start : 1;
  const attrs = { ...(first !== 1 && { start: first }), ...(type && LIST_TYPES.has(type) && { type }) };
  return { type: 'orderedList', ...(Object.keys(attrs).length && { attrs }), content: [] };
}

/** A list item as the schema wants it, starting with a paragraph; null when it holds nothing. */
function listItem(content: DocNode[]): DocNode | null {
  if (!content.length) return null;
  const first = content[0];
  if (first.type === 'heading') content[0] = { type: 'paragraph', content: first.content };
  else if (first.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

function lastItem(list: DocNode & { content: DocNode[] }): DocNode {
  return list.content[list.content.length - 1];
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
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

function foldTitle(parts: string[]): string {
  return parts.join('').replace(CONTROL, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
