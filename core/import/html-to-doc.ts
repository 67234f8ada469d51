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
import { CONTROL, DocBuilder, PLAIN, type Marks, type Textblock } from './doc-builder';
import type { ImportWarning, SourceProperties } from './types';
import { isWordListMarker, newList, supportListsComment, wordListLevel, type ListNode } from './word-lists';

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

/** One open element, and what it started that its end must undo. */
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

/** Elements whose content is never text of the document. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'xml', 'o:p', 'textarea', 'select']);
/** Embedded documents: skipped like the above, but they showed something, so they are reported. */
const EMBEDDED = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet']);
/** Blocks whose purpose (a form to fill in) is lost, though their text is kept. */
const FORMS = new Set(['form', 'fieldset', 'legend']);
/** Elements that start and end a block of text; h1-h6 are added below. */
const BLOCKS = new Set([
  'p',
  'div',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'address',
  'article',
  'aside',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'section',
  'summary',
  'body',
  'html',
  ...FORMS,
]);
/** Elements with nothing to keep beyond their text and the structure handled here, so not reported. */
const KNOWN = new Set([
  ...[...BLOCKS].filter((name) => !FORMS.has(name)),
  'head',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'span',
  'font',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'br',
  'img',
  'title',
  'meta',
  'link',
  'base',
  'abbr',
  'acronym',
  'cite',
  'code',
  'kbd',
  'samp',
  'tt',
  'var',
  'small',
  'big',
  'sub',
  'sup',
  'mark',
  'q',
  'time',
  'data',
  'dfn',
  'bdi',
  'bdo',
  'nobr',
  'wbr',
  'label',
  'colgroup',
  'col',
  'picture',
  'source',
]);
const LISTS = new Set(['bulletList', 'orderedList']);
const STYLE_DECLARATION = /(?:^|;)\s*(font-weight|font-style|text-decoration(?:-line)?|vertical-align)\s*:\s*([^;]*)/gi;

export function htmlToDoc(html: string, options: HtmlToDocOptions = {}): HtmlToDocResult {
  const reader = new HtmlReader(options);
  const bounded = flattenDeepHtml(html);
  if (bounded.flattened) reader.report('not-kept', `nesting deeper than ${MAX_ELEMENT_DEPTH} levels`);
  // The end closes every element left open, so every frame and container is closed after it.
  parseBounded(
    bounded.html,
    {
      onopentag: (name, attribs) => reader.open(name, attribs),
      onclosetag: () => reader.close(),
      ontext: (text) => reader.text(text),
      oncomment: (data) => reader.comment(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return reader.result();
}

/**
 * Follows the parser's events: which elements are open (frames), what they mean for the text in
 * them (skipped, a list marker, preformatted, a title), their marks, and what is reported; the
 * body itself is built by a DocBuilder.
 */
class HtmlReader {
  private readonly doc = new DocBuilder();
  private readonly warnings: ImportWarning[] = [];
  private readonly reported = new Map<string, ImportWarning>();
  private readonly properties: SourceProperties = {};
  private readonly frames: Frame[] = [];
  private readonly docTitleParts: string[] = [];
  private titleTaken = false;
  private leadTaken = false;
  private skipDepth = 0;
  private markerDepth = 0;
  private preDepth = 0;
  private foreignDepth = 0;
  private docTitleDepth = 0;
  private inSupportLists = false;

  constructor(private readonly options: HtmlToDocOptions) {}

  /** Each kind of thing not kept is named once, with how many times it was met. */
  report(code: ImportWarning['code'], detail: string): void {
    const key = `${code}\u0000${detail}`;
    const seen = this.reported.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else {
      const warning: ImportWarning = { code, detail };
      this.reported.set(key, warning);
      this.warnings.push(warning);
    }
  }

  text(raw: string): void {
    if (this.docTitleDepth > 0) {
      this.docTitleParts.push(raw);
      return;
    }
    if (this.skipDepth > 0) return;
    this.doc.text(raw, this.marks(), { marker: this.markerDepth > 0, pre: this.preDepth > 0 });
  }

  open(name: string, attribs: Record<string, string>): void {
    const parentMarks = this.marks();
    const frame: Frame = { marks: parentMarks };
    this.frames.push(frame);
    if (this.skipDepth > 0 || SKIPPED.has(name) || EMBEDDED.has(name)) {
      if (EMBEDDED.has(name) && this.skipDepth === 0) this.report('not-kept', name);
      frame.skip = true;
      this.skipDepth++;
      return;
    }
    if (name === 'title' && this.foreignDepth === 0) {
      frame.docTitle = true;
      this.docTitleDepth++;
      return;
    }
    // Word gives the language on <body> only.
    if ((name === 'html' || name === 'body') && attribs.lang && !this.properties.language) this.properties.language = attribs.lang.trim();
    if (name === 'meta') this.readMeta(attribs);
    if (!KNOWN.has(name) && !name.includes(':') && this.foreignDepth === 0) {
      // Namespaced elements are Word's (o:, v:, st1:) and hold plain text; anything else loses its meaning.
      this.report('not-kept', name);
      frame.foreign = true;
      this.foreignDepth++;
    } else if (name === 'svg' || name === 'math') {
      frame.foreign = true;
      this.foreignDepth++;
    }
    frame.marks = this.markChanges(name, attribs, parentMarks);
    const style = attribs.style;
    if (style && isWordListMarker(style)) {
      frame.marker = true;
      this.markerDepth++;
    }
    if (name === 'br') this.lineBreak();
    else if (name === 'img') this.reportImage(attribs);
    else if (name === 'hr') this.report('not-kept', 'hr');
    const heading = /^h([1-6])$/.exec(name);
    if (!heading && !BLOCKS.has(name)) return;
    const block = this.doc.startBlock(heading ? Number(heading[1]) : 0);
    frame.block = block;
    if (name === 'p' && style) block.wordListLevel = wordListLevel(style);
    if (name === 'pre') {
      frame.pre = true;
      this.preDepth++;
    }
    if (name === 'p' || heading) this.styleByClass(block, attribs.class);
    this.openBlockContainer(name, frame, attribs);
  }

  close(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    if (frame.skip) {
      this.skipDepth--;
      return;
    }
    if (frame.docTitle) {
      this.docTitleDepth--;
      if (!this.properties.title) this.properties.title = foldTitle(this.docTitleParts) || undefined;
      this.docTitleParts.length = 0;
      return;
    }
    if (frame.marker) this.markerDepth--;
    if (frame.foreign) this.foreignDepth--;
    if (!frame.block) return;
    // Word closes its marker comment in the same paragraph; what one left open took is text after all.
    if (this.inSupportLists) {
      this.comment('[endif]');
      this.text(frame.block.marker.splice(0).join(''));
    }
    if (frame.pre) this.preDepth--;
    this.doc.endBlock(frame.container === true);
  }

  comment(data: string): void {
    // Word marks the bullet or number it wrote before a list paragraph with these conditional comments.
    const kind = supportListsComment(data);
    if (kind === 'open' && !this.inSupportLists) {
      this.inSupportLists = true;
      this.markerDepth++;
    } else if (kind === 'close' && this.inSupportLists) {
      this.inSupportLists = false;
      this.markerDepth--;
    }
  }

  result(): HtmlToDocResult {
    const content = this.doc.finish();
    const title = foldTitle(this.doc.captured.title);
    const lead = foldTitle(this.doc.captured.lead);
    return {
      body: normalizeDoc({ type: 'doc', content }),
      warnings: this.warnings,
      properties: this.properties,
      ...(title && { title }),
      ...(lead && { lead }),
    };
  }

  private marks(): Marks {
    return this.frames[this.frames.length - 1]?.marks ?? PLAIN;
  }

  private lineBreak(): void {
    if (this.skipDepth > 0 || this.markerDepth > 0) return;
    this.doc.lineBreak();
  }

  private openContainer(frame: Frame, node: ListNode): void {
    if (this.doc.openContainer(node)) frame.container = true;
  }

  private reportImage(attribs: Record<string, string>): void {
    const src = (attribs.src ?? '').trim();
    if (/^https?:/i.test(src)) {
      let host = src;
      try {
        host = new URL(src).host;
      } catch {
        // An address that does not parse is still reported, as written.
      }
      this.report('remote-image', host);
    } else {
      // The image's description says what it showed; the report names it so the officer can put it back.
      const alt = (attribs.alt ?? '').replace(/\s+/g, ' ').trim();
      this.report('not-kept', alt ? `image: ${alt.slice(0, 200)}` : 'image');
    }
  }

  private styleByClass(block: Textblock, className: string | undefined): void {
    const classes = className?.toLowerCase().split(/\s+/) ?? [];
    if (classes.includes('title') || classes.includes('msotitle')) {
      if (this.options.extractTitle && !this.titleTaken) {
        block.capture = 'title';
        this.titleTaken = true;
      } else {
        block.heading = 1;
      }
    } else if (classes.includes('subtitle') || classes.includes('msosubtitle')) {
      if (this.options.extractTitle && !this.leadTaken && this.doc.atStart) {
        block.capture = 'lead';
        this.leadTaken = true;
      } else {
        block.heading = 2;
      }
    }
  }

  private openBlockContainer(name: string, frame: Frame, attribs: Record<string, string>): void {
    const parent = this.doc.containerType;
    if (name === 'ul') this.openContainer(frame, { type: 'bulletList', content: [] });
    else if (name === 'ol') this.openContainer(frame, newList(true, Number.parseInt(attribs.start ?? '1', 10), attribs.type));
    else if (name === 'li' && LISTS.has(parent)) this.openContainer(frame, { type: 'listItem', content: [] });
    else if (name === 'blockquote') this.openContainer(frame, { type: 'blockquote', content: [] });
    else if (name === 'table') this.openContainer(frame, { type: 'table', content: [] });
    else if (name === 'tr' && parent === 'table') this.openContainer(frame, { type: 'tableRow', content: [] });
    else if ((name === 'td' || name === 'th') && parent === 'tableRow') {
      const attrs: Record<string, number> = {};
      const colspan = span(attribs.colspan);
      const rowspan = span(attribs.rowspan);
      if (colspan > 1) attrs.colspan = colspan;
      if (rowspan > 1) attrs.rowspan = rowspan;
      this.openContainer(frame, {
        type: name === 'th' ? 'tableHeader' : 'tableCell',
        ...(Object.keys(attrs).length && { attrs }),
        content: [],
      });
    }
  }

  private readMeta(attribs: Record<string, string>): void {
    const name = attribs.name?.toLowerCase();
    const content = attribs.content?.trim();
    if (!content) return;
    if (name === 'description' && !this.properties.description) this.properties.description = content.normalize('NFC');
    if (name === 'author' && !this.properties.author) this.properties.author = content.normalize('NFC');
  }

  private markChanges(name: string, attribs: Record<string, string>, parent: Marks): Marks {
    let { bold, italic, underline, strike, superscript, subscript, href } = parent;
    if (name === 'sup') [superscript, subscript] = [true, false];
    else if (name === 'sub') [superscript, subscript] = [false, true];
    else if (name === 'b' || name === 'strong') bold = true;
    else if (name === 'i' || name === 'em') italic = true;
    else if (name === 'u' || name === 'ins') underline = true;
    else if (name === 's' || name === 'strike' || name === 'del') strike = true;
    else if (name === 'a' && attribs.href !== undefined) href = this.safeHref(attribs.href) ?? href;
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

  private safeHref(raw: string): string | null {
    // Browsers ignore tabs and newlines anywhere in an address and controls and spaces around it,
    // so "java\tscript:" is checked the way a browser would read it.
    const href = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    if (ALLOWED_LINK.test(href)) return href;
    // Links to a place in the source document lead nowhere once it is imported.
    if (href && !href.startsWith('#')) this.report('not-kept', `link ${href.slice(0, 120)}`);
    return null;
  }
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n > 1 ? Math.min(n, 1000) : 1;
}

function foldTitle(parts: string[]): string {
  return parts.join('').replace(CONTROL, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
