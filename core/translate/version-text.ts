// A release as translation units, and a translated version put back together from them. The title
// is one segment, the lead and every text block of the body are split into sentences; the version's
// body keeps the source's structure (lists, tables, headings) with each block's sentences replaced.
import type { DocNode, Language } from '../model';
import { restoreMarks, segmentDoc, splitSentences, type Placeholder } from './segment';

export interface SourceSegment {
  id: string;
  text: string;
  marks: Record<string, Placeholder>;
}

export interface TranslatedSegment {
  id: string;
  target: string;
  marks: Record<string, Placeholder>;
}

const TITLE = 'title';
const LEAD = 'lead:';

/** What a release gives to translate, in reading order. Plain-text fields carry no placeholders. */
export function releaseSegments(release: { title: string; lead: string; body: DocNode; language: Language }): SourceSegment[] {
  const escape = (text: string) => text.replace(/\{/g, '{{');
  const segments: SourceSegment[] = [];
  if (release.title.trim()) segments.push({ id: TITLE, text: escape(release.title.trim()), marks: {} });
  splitSentences(release.lead, release.language).forEach((span, i) =>
    segments.push({ id: `${LEAD}${i}`, text: escape(release.lead.slice(span.start, span.end)), marks: {} }),
  );
  for (const segment of segmentDoc(release.body, release.language)) segments.push({ id: segment.id, text: segment.text, marks: segment.marks });
  return segments;
}

/** Plain text of a target that may hold placeholders (title and lead are plain fields). */
function plain(segment: TranslatedSegment): string {
  return restoreMarks(segment.target, segment.marks)
    .content.map((node) => node.text ?? '')
    .join('');
}

/**
 * The version's title, lead and body from its translated segments: sentences of one block are
 * joined by a space. A block none of whose sentences is translated yet is left out (with a list
 * item, list or quote it leaves empty), or every export of a half-done version would print empty
 * paragraphs; only a table cell keeps an empty paragraph, which its row needs.
 */
export function versionFields(source: DocNode, segments: TranslatedSegment[]): { title: string; lead: string; body: DocNode } {
  const byBlock = new Map<string, DocNode[][]>();
  let title = '';
  const lead: string[] = [];
  for (const segment of segments) {
    if (!segment.target.trim()) continue;
    if (segment.id === TITLE) title = plain(segment).trim();
    else if (segment.id.startsWith(LEAD)) lead.push(plain(segment).trim());
    else {
      const block = segment.id.slice(0, segment.id.lastIndexOf(':'));
      const list = byBlock.get(block) ?? [];
      list.push(restoreMarks(segment.target.trim(), segment.marks).content);
      byBlock.set(block, list);
    }
  }
  const rebuild = (node: DocNode, path: number[]): DocNode | null => {
    if (isTextblock(node)) {
      const sentences = byBlock.get(path.join('.'));
      if (!sentences) return null;
      const content = sentences.flatMap((inline, i) => (i > 0 ? [{ type: 'text', text: ' ' }, ...inline] : inline));
      return { type: node.type, ...(node.attrs && { attrs: node.attrs }), ...(content.length && { content: mergeText(content) }) };
    }
    if (!node.content) return node;
    const content = node.content.map((child, i) => rebuild(child, [...path, i])).filter((child): child is DocNode => child !== null);
    if (content.length) return { ...node, content };
    // A cell, and a document, hold at least one paragraph.
    return CELLS.has(node.type) || node.type === 'doc' ? { ...node, content: [{ type: 'paragraph' }] } : null;
  };
  return { title, lead: lead.join(' '), body: rebuild(source, [])! };
}

const CELLS = new Set(['tableCell', 'tableHeader']);

function isTextblock(node: DocNode): boolean {
  return node.type === 'paragraph' || node.type === 'heading';
}

/** Neighbouring text with the same marks is one node, as ProseMirror itself would store it. */
function mergeText(content: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const node of content) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      last.text = (last.text ?? '') + (node.text ?? '');
    } else out.push({ ...node });
  }
  return out;
}
