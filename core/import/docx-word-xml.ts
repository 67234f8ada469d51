// What mammoth does not read in a Word document, read from its XML before mammoth sees it.
// The document part is parsed once into a tree, rewritten where mammoth would lose or invent
// something, and handed to mammoth as the new document part:
// - tracked changes accepted, rejected, or kept as marked text (sentinels in the text that
//   markTrackedText() turns into insertion/deletion marks after conversion);
// - character styles resolved into the run's own formatting (mammoth maps only "Strong", and
//   makes an un-bolded run inside it bold);
// - empty cells for w:gridBefore/w:gridAfter, so a row's cells stay in their columns;
// - a drop cap's frame joined to the paragraph it begins;
// - left-indented body paragraphs given a style the style map turns into a block quote.
// Comments are read with the text they cover; nothing here changes what they say.
import render from 'dom-serializer';
import { Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { TrackedChange, TrackedChangeMode, WordComment } from './types';

/** The paragraph style id the style map turns into a block quote. */
export const INDENT_QUOTE_STYLE = 'PressdeskIndentedQuote';

// Private-use characters that carry marks through mammoth: OPEN kind index END … CLOSE kind index END,
// kind i (insertion), d (deletion) or c (comment), index into keptChanges or the comments.
const OPEN = '\uE000';
const CLOSE = '\uE002';
const END = '\uE001';
type SentinelKind = 'i' | 'd' | 'c';
const SENTINEL = /([\uE000\uE002])([idc])(\d+)\uE001/g;
const sentinel = (edge: typeof OPEN | typeof CLOSE, kind: SentinelKind, index: number) => `${edge}${kind}${index}${END}`;

export interface RunStyles {
  /** Run properties of each character style that sets any the body keeps, its basedOn chain applied (root first). */
  character: Map<string, Map<string, Element>>;
  /** The left indent (twips) and name of each paragraph style, its chain applied. */
  paragraph: Map<string, { indent: number; name: string }>;
}

export interface WordXmlResult {
  /** The rewritten document part, or null when nothing needed rewriting. */
  xml: string | null;
  trackedChanges: TrackedChange[];
  /** The changes kept as marked text, by the index the sentinels carry. */
  keptChanges: { kind: 'insertion' | 'deletion'; author: string | null; date: string | null }[];
  /** The words each comment is on, by Word's comment id. */
  comments: Map<string, string>;
  /** Word comment ids whose range is carried through as sentinels, by sentinel index. */
  anchoredComments: string[];
  /** How many rows got empty cells for their grid offsets, drop caps joined, paragraphs made quotes. */
  counts: { gridCells: number; dropCaps: number; indentQuotes: number };
}

const isElement = (node: ChildNode): node is Element => node instanceof Element;
const children = (node: ParentNode, name: string) => node.children.filter((c): c is Element => isElement(c) && c.name === name);
const child = (node: ParentNode, name: string) => node.children.find((c): c is Element => isElement(c) && c.name === name);

function* descendants(node: ParentNode): Generator<Element> {
  for (const c of node.children) {
    if (!isElement(c)) continue;
    yield c;
    yield* descendants(c);
  }
}

/**
 * Every element in document order, taken before any is changed, so a rewrite that moves or drops
 * nodes neither visits a node twice nor misses one; nodes dropped meanwhile are passed over.
 */
function elementsOf(root: ParentNode): { list: Element[]; attached: (node: Element) => boolean } {
  return {
    list: [...descendants(root)],
    attached: (node) => {
      let at: ParentNode | null = node.parent;
      while (at && at !== root) at = at.parent;
      return at === root;
    },
  };
}

function textOf(node: ParentNode, names = TEXT_ELEMENTS): string {
  let text = '';
  for (const el of descendants(node)) {
    if (names.has(el.name)) text += el.children.map((c) => (c instanceof Text ? c.data : '')).join('');
    else if (el.name === 'w:tab') text += '\t';
    else if (el.name === 'w:br' || el.name === 'w:cr') text += '\n';
  }
  return text;
}
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText']);

function replaceWith(node: Element, replacements: ChildNode[]): void {
  const parent = node.parent!;
  const at = parent.children.indexOf(node);
  for (const r of replacements) r.parent = parent;
  parent.children.splice(at, 1, ...replacements);
  node.parent = null;
}

function remove(node: Element): void {
  replaceWith(node, []);
}

function el(name: string, attribs: Record<string, string> = {}, content: ChildNode[] = []): Element {
  const element = new Element(name, attribs, content);
  for (const c of content) c.parent = element;
  return element;
}

interface StyleEntry {
  type: string;
  name: string;
  basedOn?: string;
  /** The run properties the body keeps, as elements to copy into a run. */
  props: Map<string, Element>;
  indent?: number;
}

const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const attributes = (text: string): Record<string, string> => Object.fromEntries([...text.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2] ?? m[3]]));

/**
 * The character styles that give a run formatting the body keeps, and each paragraph style's left
 * indent. styles.xml is a flat list Word writes the same way every time, so its <w:style> blocks
 * are read with patterns rather than a tree: every import of a styled file reads it.
 */
function readStyles(stylesXml: string): RunStyles {
  const character = new Map<string, Map<string, Element>>();
  const paragraph = new Map<string, { indent: number; name: string }>();
  const styles = new Map<string, StyleEntry>();
  for (const [, head, inner] of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const attrs = attributes(head);
    const id = attrs['w:styleId'];
    if (!id) continue;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(inner)?.[1] ?? '';
    const props = new Map<string, Element>();
    for (const [, name, props_] of rPr.matchAll(/<(w:(?:b|i|strike|vertAlign|u))\b([^>]*?)\/?>/g)) props.set(name, el(name, attributes(props_)));
    const ind = /<w:ind\b([^>]*)>/.exec(/<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '')?.[1];
    const left = ind === undefined ? undefined : (attributes(ind)['w:left'] ?? attributes(ind)['w:start']);
    styles.set(id, {
      type: attrs['w:type'] ?? 'paragraph',
      name: /<w:name\s+w:val="([^"]*)"/.exec(inner)?.[1] ?? id,
      basedOn: /<w:basedOn\s+w:val="([^"]*)"/.exec(inner)?.[1],
      props,
      ...(left !== undefined && { indent: Number(left) || 0 }),
    });
  }
  const chain = (id: string): StyleEntry[] => {
    const found: StyleEntry[] = [];
    for (let style = styles.get(id); style && found.length < 20 && !found.includes(style); style = style.basedOn ? styles.get(style.basedOn) : undefined) {
      found.unshift(style);
    }
    return found;
  };
  for (const [id, style] of styles) {
    if (style.type === 'character') {
      const props = new Map<string, Element>();
      for (const level of chain(id)) for (const [name, prop] of level.props) props.set(name, prop);
      // A link's underline is the link's look, which the link mark carries.
      if (/hyperlink/i.test(style.name)) props.delete('w:u');
      // mammoth maps a style named Strong by itself: its runs are rewritten even when the style sets nothing.
      if (props.size || style.name === 'Strong') character.set(id, props);
    } else if (style.type === 'paragraph') {
      let indent = 0;
      for (const level of chain(id)) if (level.indent !== undefined) indent = level.indent;
      paragraph.set(id, { indent, name: style.name });
    }
  }
  return { character, paragraph };
}

/** The run properties a character style can give that the body keeps. */
const STYLE_PROPS = ['w:b', 'w:i', 'w:strike', 'w:vertAlign', 'w:u'];
// Paragraphs in these styles keep their own meaning even when indented.
const NOT_QUOTES = /heading|title|subtitle|caption|toc|list|footnote|endnote|header|footer|başlıq|заголовок/i;
const MIN_QUOTE_INDENT = 360;

export function rewriteDocument(documentXml: string, styles: RunStyles, mode: TrackedChangeMode): WordXmlResult {
  const root = parseDocument(documentXml, { xmlMode: true });
  let changed = false;
  const trackedChanges: TrackedChange[] = [];
  const keptChanges: WordXmlResult['keptChanges'] = [];
  const counts = { gridCells: 0, dropCaps: 0, indentQuotes: 0 };

  // Comments first, on the text as it stands with every change visible.
  const comments = commentedText(root);

  changed = applyTrackedChanges(root, mode, trackedChanges, keptChanges) || changed;
  const anchoredComments = anchorComments(root);
  changed = anchoredComments.length > 0 || changed;

  const elements = elementsOf(root);
  for (const node of elements.list) {
    if (!elements.attached(node)) continue;
    if (node.name === 'w:r') changed = resolveRunStyle(node, styles) || changed;
    else if (node.name === 'w:tr') {
      const cells = gridCells(node);
      if (cells) {
        counts.gridCells += cells;
        changed = true;
      }
    } else if (node.name === 'w:p') {
      if (joinDropCap(node)) {
        counts.dropCaps++;
        changed = true;
      } else if (markIndentQuote(node, styles)) {
        counts.indentQuotes++;
        changed = true;
      }
    }
  }
  return { xml: changed ? render(root, { xmlMode: true, encodeEntities: 'utf8' }) : null, trackedChanges, keptChanges, comments, anchoredComments, counts };
}

// ---------------------------------------------------------------------------------------------
// Tracked changes

const RUN_CHANGES: Record<string, TrackedChange['kind']> = { 'w:ins': 'insertion', 'w:del': 'deletion', 'w:moveFrom': 'move', 'w:moveTo': 'move' };
const PROPERTY_CHANGES = new Set([
  'w:rPrChange',
  'w:pPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:tblGridChange',
  'w:numberingChange',
]);
const MOVE_RANGES = new Set(['w:moveFromRangeStart', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveToRangeEnd']);

function applyTrackedChanges(root: ParentNode, mode: TrackedChangeMode, report: TrackedChange[], kept: WordXmlResult['keptChanges']): boolean {
  let changed = false;
  const who = (node: Element) => ({ author: node.attribs['w:author'] ?? null, date: node.attribs['w:date'] ?? null });
  let lastNoted: Element | null = null;
  const note = (kind: TrackedChange['kind'], node: Element, text: string) => {
    const last = report[report.length - 1];
    const { author, date } = who(node);
    // Word splits one edit into an element per run: side by side, pieces of one edit are one entry.
    const adjacent = lastNoted !== null && node.prev === lastNoted && kind !== 'paragraph-mark' && kind !== 'formatting';
    if (adjacent && last.kind === kind && last.author === author && last.date === date) last.text += text;
    else report.push({ kind, author, date, text });
    lastNoted = node;
  };
  const elements = elementsOf(root);
  for (const node of elements.list) {
    if (!elements.attached(node)) continue;
    const parentName = (node.parent as Element).name;
    if (MOVE_RANGES.has(node.name)) {
      remove(node);
      changed = true;
    } else if (PROPERTY_CHANGES.has(node.name)) {
      note('formatting', node, '');
      if (mode === 'reject') restoreProperties(node);
      remove(node);
      changed = true;
    } else if ((node.name === 'w:ins' || node.name === 'w:del') && parentName === 'w:rPr' && (node.parent!.parent as Element | null)?.name === 'w:pPr') {
      // A paragraph mark inserted or deleted: the paragraph joins the next one when the mark goes.
      note('paragraph-mark', node, '');
      const paragraph = node.parent!.parent!.parent as Element;
      remove(node);
      changed = true;
      if (paragraph.name === 'w:p' && ((mode === 'accept' && node.name === 'w:del') || (mode === 'reject' && node.name === 'w:ins')))
        joinNextParagraph(paragraph);
    } else if ((node.name === 'w:ins' || node.name === 'w:del') && parentName === 'w:trPr') {
      const row = node.parent!.parent as Element;
      note(node.name === 'w:ins' ? 'insertion' : 'deletion', node, textOf(row));
      remove(node);
      if ((mode === 'accept' && node.name === 'w:del') || (mode === 'reject' && node.name === 'w:ins')) remove(row);
      changed = true;
    } else if (RUN_CHANGES[node.name] && parentName !== 'w:rPr' && parentName !== 'w:trPr' && parentName !== 'w:tcPr') {
      const removed = node.name === 'w:del' || node.name === 'w:moveFrom';
      note(RUN_CHANGES[node.name], node, textOf(node));
      if ((mode === 'accept' && removed) || (mode === 'reject' && !removed)) remove(node);
      else {
        if (removed) renameDeletedText(node);
        if (mode === 'keep') {
          const index = kept.push({ kind: removed ? 'deletion' : 'insertion', ...who(node) }) - 1;
          wrapText(node, removed ? 'd' : 'i', index);
        }
        replaceWith(node, node.children);
      }
      changed = true;
    }
  }
  return changed;
}

function renameDeletedText(node: Element): void {
  for (const d of descendants(node)) {
    if (d.name === 'w:delText') d.name = 'w:t';
    else if (d.name === 'w:delInstrText') d.name = 'w:instrText';
  }
}

function wrapText(node: Element, kind: SentinelKind, index: number): void {
  for (const t of descendants(node)) {
    if (t.name !== 'w:t') continue;
    const text = t.children.map((c) => (c instanceof Text ? c.data : '')).join('');
    t.children = [new Text(`${sentinel(OPEN, kind, index)}${text}${sentinel(CLOSE, kind, index)}`)];
    t.children[0].parent = t;
    t.attribs['xml:space'] = 'preserve';
  }
}

/** Rejecting a formatting change: the properties recorded inside it become the properties again. */
function restoreProperties(change: Element): void {
  const holder = change.parent as Element;
  const old = change.children.find(isElement);
  if (!old || !(change.name === 'w:rPrChange' || change.name === 'w:pPrChange')) return;
  // A paragraph's own run properties (its mark) and section are not part of the recorded pPr.
  const keep = holder.children.filter((c) => c === change || (isElement(c) && change.name === 'w:pPrChange' && (c.name === 'w:rPr' || c.name === 'w:sectPr')));
  holder.children = [...old.children, ...keep];
  for (const c of holder.children) c.parent = holder;
}

/** The paragraph's content moves to the start of the next paragraph, whose properties the joined one keeps. */
function joinNextParagraph(paragraph: Element): void {
  const parent = paragraph.parent!;
  const siblings = parent.children;
  const next = siblings.slice(siblings.indexOf(paragraph) + 1).find(isElement);
  if (!next || next.name !== 'w:p') return;
  const moved = paragraph.children.filter((c) => !(isElement(c) && c.name === 'w:pPr'));
  const at = next.children.findIndex((c) => isElement(c) && c.name === 'w:pPr') + 1;
  for (const c of moved) c.parent = next;
  next.children.splice(at, 0, ...moved);
  remove(paragraph);
}

export type CarriedMark =
  { type: 'insertion' | 'deletion'; attrs: { author: string | null; date: string | null } } | { type: 'comment'; attrs: { id: string } };

/**
 * Splits text on the sentinels into pieces with the marks open over each. `open` is the state
 * carried from one text node to the next in document order (a comment may span paragraphs).
 */
export function splitMarkedText(
  text: string,
  open: Map<string, CarriedMark>,
  markOf: (kind: SentinelKind, index: number) => CarriedMark | undefined,
): { text: string; marks: CarriedMark[] }[] {
  const pieces: { text: string; marks: CarriedMark[] }[] = [];
  let at = 0;
  const flush = (end: number) => {
    if (end > at) pieces.push({ text: text.slice(at, end), marks: [...open.values()] });
  };
  for (const match of text.matchAll(SENTINEL)) {
    flush(match.index);
    const key = `${match[2]}${match[3]}`;
    const mark = match[1] === OPEN ? markOf(match[2] as SentinelKind, Number(match[3])) : undefined;
    if (mark) open.set(key, mark);
    else open.delete(key);
    at = match.index + match[0].length;
  }
  flush(text.length);
  return pieces;
}

export function stripSentinels(text: string): string {
  return text.replace(SENTINEL, '');
}

// ---------------------------------------------------------------------------------------------
// Comments: the document text between each range start and end

function commentedText(root: ParentNode): Map<string, string> {
  const open = new Set<string>();
  const text = new Map<string, string>();
  if (!documentHas(root, 'w:commentRangeStart')) return text;
  const walk = (node: ParentNode) => {
    for (const c of node.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:commentRangeStart') {
        open.add(c.attribs['w:id']);
        text.set(c.attribs['w:id'], '');
      } else if (c.name === 'w:commentRangeEnd') open.delete(c.attribs['w:id']);
      else if (TEXT_ELEMENTS.has(c.name)) {
        const data = c.children.map((t) => (t instanceof Text ? t.data : '')).join('');
        for (const id of open) text.set(id, text.get(id)! + data);
      } else {
        walk(c);
        if (c.name === 'w:p') for (const id of open) if (text.get(id)) text.set(id, `${text.get(id)}\n`);
      }
    }
  };
  walk(root);
  for (const [id, value] of text) text.set(id, value.trim());
  return text;
}

/**
 * A run with an opening sentinel where each comment's range starts and a closing one where it
 * ends, so the comment can be laid on the same words after conversion. Only ranges whose start and
 * end both sit in paragraphs (and survived the tracked changes) are carried.
 */
function anchorComments(root: ParentNode): string[] {
  const starts = new Map<string, Element>();
  const ends = new Map<string, Element>();
  for (const node of descendants(root)) {
    if (node.name === 'w:commentRangeStart') starts.set(node.attribs['w:id'], node);
    else if (node.name === 'w:commentRangeEnd') ends.set(node.attribs['w:id'], node);
  }
  const anchored: string[] = [];
  const inParagraph = (node: Element) => isInside(node.parent, 'w:p');
  for (const [id, start] of starts) {
    const end = ends.get(id);
    if (!end || !inParagraph(start) || !inParagraph(end)) continue;
    const index = anchored.push(id) - 1;
    const marker = (edge: typeof OPEN | typeof CLOSE) => el('w:r', {}, [el('w:t', {}, [new Text(sentinel(edge, 'c', index))])]);
    replaceWith(start, [marker(OPEN)]);
    replaceWith(end, [marker(CLOSE)]);
  }
  return anchored;
}

function documentHas(root: ParentNode, name: string): boolean {
  for (const node of descendants(root)) if (node.name === name) return true;
  return false;
}

/** Word's comments part: each comment's author, date and text. */
export function readComments(commentsXml: string, ranges: Map<string, string>, threads: Record<string, string> = {}): WordComment[] {
  if (!commentsXml) return [];
  const root = parseDocument(commentsXml, { xmlMode: true });
  const found: WordComment[] = [];
  for (const comment of descendants(root)) {
    if (comment.name !== 'w:comment') continue;
    const id = comment.attribs['w:id'] ?? '';
    const text = children(comment, 'w:p')
      .map((p) => textOf(p))
      .join('\n')
      .trim();
    // A fresh id per import (the thread belongs to the release made from this file), the same one when read again.
    const threadId = threads[id] ?? globalThis.crypto.randomUUID();
    found.push({ id, threadId, author: comment.attribs['w:author'] ?? null, date: comment.attribs['w:date'] ?? null, text, quote: ranges.get(id) ?? '' });
  }
  return found;
}

/** The text of a header or footer part, paragraph by paragraph, without empty lines. */
export function partText(xml: string): string {
  if (!xml) return '';
  const root = parseDocument(xml, { xmlMode: true });
  const lines: string[] = [];
  for (const node of descendants(root)) {
    // Only outermost paragraphs: a text box inside a paragraph is read with it.
    if (node.name === 'w:p' && !(node.parent && isInside(node.parent, 'w:p'))) lines.push(textOf(node).replace(/\s+/g, ' ').trim());
  }
  return lines.filter(Boolean).join('\n');
}

function isInside(node: ParentNode | null, name: string): boolean {
  for (let at: ParentNode | null = node; at; at = at.parent) if (isElement(at as ChildNode) && (at as Element).name === name) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Structure

/** A run's character style written out as its own formatting, its own settings winning. */
function resolveRunStyle(run: Element, styles: RunStyles): boolean {
  const rPr = child(run, 'w:rPr');
  const styleRef = rPr && child(rPr, 'w:rStyle');
  if (!rPr || !styleRef) return false;
  // Note references are styled superscript and mammoth writes them itself.
  if (run.children.some((c) => isElement(c) && (c.name === 'w:footnoteReference' || c.name === 'w:endnoteReference'))) return false;
  const props = styles.character.get(styleRef.attribs['w:val']);
  if (!props) return false;
  const inLink = isInside(run.parent, 'w:hyperlink');
  for (const name of STYLE_PROPS) {
    const prop = props.get(name);
    // A link is underlined by its look; the link mark already says so.
    if (!prop || child(rPr, name) || (name === 'w:u' && inLink)) continue;
    const copy = el(name, { ...prop.attribs });
    copy.parent = rPr;
    rPr.children.push(copy);
  }
  // Without the style, mammoth's own "Strong is bold" rule cannot override the run's settings.
  remove(styleRef);
  return true;
}

/** Empty cells before and after a row's cells, for the grid columns the row skips. */
function gridCells(row: Element): number {
  const trPr = child(row, 'w:trPr');
  if (!trPr) return 0;
  const count = (name: string) => Math.min(63, Math.max(0, Number(child(trPr, name)?.attribs['w:val'] ?? 0) || 0));
  const before = count('w:gridBefore');
  const after = count('w:gridAfter');
  if (!before && !after) return 0;
  const empty = () => {
    const cell = el('w:tc', {}, [el('w:p')]);
    cell.parent = row;
    return cell;
  };
  const first = row.children.findIndex((c) => isElement(c) && c.name !== 'w:trPr' && c.name !== 'w:tblPrEx');
  row.children.splice(first < 0 ? row.children.length : first, 0, ...Array.from({ length: before }, empty));
  row.children.push(...Array.from({ length: after }, empty));
  return before + after;
}

/** A drop cap is a framed paragraph holding the first letter(s); they go back before the rest of the word. */
function joinDropCap(paragraph: Element): boolean {
  const frame = child(child(paragraph, 'w:pPr') ?? paragraph, 'w:framePr');
  const dropCap = frame?.attribs['w:dropCap'];
  if (!dropCap || dropCap === 'none') return false;
  const siblings = paragraph.parent!.children;
  const next = siblings.slice(siblings.indexOf(paragraph) + 1).find(isElement);
  if (!next || next.name !== 'w:p') return false;
  // The letter keeps its text but not the enlarged size or frame.
  const runs = paragraph.children.filter((c): c is Element => isElement(c) && c.name === 'w:r');
  const at = next.children.findIndex((c) => isElement(c) && c.name === 'w:pPr') + 1;
  for (const r of runs) r.parent = next;
  next.children.splice(at, 0, ...runs);
  remove(paragraph);
  return true;
}

/** A body paragraph indented from the left (and not a list item, heading or table text) reads as a quotation. */
function markIndentQuote(paragraph: Element, styles: RunStyles): boolean {
  const pPr = child(paragraph, 'w:pPr');
  if (!pPr || child(pPr, 'w:numPr') || isInside(paragraph.parent, 'w:tc')) return false;
  const styleRef = child(pPr, 'w:pStyle');
  const style = styleRef ? styles.paragraph.get(styleRef.attribs['w:val']) : undefined;
  if (style && NOT_QUOTES.test(style.name)) return false;
  const ind = child(pPr, 'w:ind');
  const direct = ind && (ind.attribs['w:left'] ?? ind.attribs['w:start']);
  const indent = direct !== undefined ? Number(direct) || 0 : (style?.indent ?? 0);
  if (indent < MIN_QUOTE_INDENT || !textOf(paragraph).trim()) return false;
  if (styleRef) styleRef.attribs['w:val'] = INDENT_QUOTE_STYLE;
  else {
    const ref = el('w:pStyle', { 'w:val': INDENT_QUOTE_STYLE });
    ref.parent = pPr;
    pPr.children.unshift(ref);
  }
  return true;
}

/**
 * The styles, when the document part needs the rewrite at all; null when not. Most files hold
 * nothing it changes (their only run style is the link's), and skip its cost.
 */
export function stylesIfRewriteNeeded(documentXml: string, stylesXml: string): RunStyles | null {
  const structural = /<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|gridBefore|gridAfter|framePr|ind|commentRangeStart)\b/.test(documentXml);
  const runStyles = structural ? [] : [...documentXml.matchAll(/<w:rStyle\s+w:val="([^"]*)"/g)].map((m) => m[1]);
  if (!structural && !runStyles.length) return null;
  const styles = readStyles(stylesXml);
  return structural || runStyles.some((id) => styles.character.has(id)) ? styles : null;
}
