// Word documents: mammoth turns the document into HTML with a style map naming what we keep, and
// htmlToDoc turns that into a body. What mammoth does not read (tracked changes, comments,
// character styles, grid offsets, drop caps, indents, numbering as Word counts it, headers and
// footers) is read from the package's XML around it (docx-word-xml.ts, docx-numbering.ts), and what
// the body cannot hold goes into the import report. Title, author and language come from the
// package's core properties.
import mammoth from 'mammoth';
import type { DocNode, Language } from '../model';
import { docToText } from '../doc-text';
import { languageOfText } from './guess-language';
import { parseBounded } from './bounded-parser';
import { applyWordNumbering, listDefinitions, numberedParagraphs } from './docx-numbering';
import { mammothFile, openWordPackage, type WordPackage } from './docx-package';
import {
  INDENT_QUOTE_STYLE,
  partText,
  readComments,
  rewriteDocument,
  stylesIfRewriteNeeded,
  splitMarkedText,
  stripSentinels,
  type CarriedMark,
} from './docx-word-xml';
import { htmlToDoc } from './html-to-doc';
import { ImportRefusedError, type HeaderFooterText, type ImportWarning, type ImportedDraft, type SourceProperties, type TrackedChangeMode } from './types';

// Title and Subtitle become classes htmlToDoc takes out of the body as the title and the lead.
// Heading names are matched case-insensitively; LibreOffice and custom templates may use local names.
const STYLE_MAP = [
  "p[style-name='Title'] => p.title:fresh",
  "p[style-name='Название'] => p.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Подзаголовок'] => p.subtitle:fresh",
  "p[style-name='Başlıq 1'] => h1:fresh",
  "p[style-name='Başlıq 2'] => h2:fresh",
  "p[style-name='Başlıq 3'] => h3:fresh",
  "p[style-name='Заголовок 1'] => h1:fresh",
  "p[style-name='Заголовок 2'] => h2:fresh",
  "p[style-name='Заголовок 3'] => h3:fresh",
  "p[style-name='Başlıq 4'] => h4:fresh",
  "p[style-name='Başlıq 5'] => h5:fresh",
  "p[style-name='Başlıq 6'] => h6:fresh",
  "p[style-name='Заголовок 4'] => h4:fresh",
  "p[style-name='Заголовок 5'] => h5:fresh",
  "p[style-name='Заголовок 6'] => h6:fresh",
  `p.${INDENT_QUOTE_STYLE} => blockquote > p:fresh`,
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Цитата'] => blockquote > p:fresh",
  // mammoth leaves underline out unless asked.
  'u => u',
  'strike => s',
];

/**
 * Paragraph styles that are body text by another name: their paragraphs are kept as paragraphs and
 * lose nothing, so mammoth's note that it did not recognise them is not passed on.
 */
const PLAIN_STYLES = new Set(
  [
    'Normal',
    'Normal (Web)',
    'Body Text',
    'Text Body',
    'First Paragraph',
    'Compact',
    'List Paragraph',
    'Table Contents',
    'Table Heading',
    'Standard',
    'Default',
    'Plain Text',
    'Author',
    'Date',
    'Abstract',
    'Caption',
    'Image Caption',
    'Table Caption',
    'Captioned Figure',
  ].map((name) => name.toLowerCase()),
);
const UNRECOGNISED_STYLE = /^Unrecognised paragraph style: '([^']*)'/;

// mammoth writes note references as <sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup>,
// and each note, in the list it appends, ends with a link back to its reference.
const NOTE_REFERENCE = /<sup><a href="#(?:foot|end)note-[^"]*" id="(?:foot|end)note-ref-[^"]*">(\[\d+\])<\/a><\/sup>/g;
const NOTE_BACK_LINK = / ?<a href="#(?:foot|end)note-ref-[^"]*">↑<\/a>/g;
const NOTES_LIST = /<ol><li id="(?:foot|end)note-/;

const NOTES_HEADING: Record<Language, string> = { az: 'Qeydlər', en: 'Footnotes', ru: 'Примечания' };

export interface DocxImportOptions {
  /** Word's "accept all", "reject all", or both kept as marks for the officer to resolve (the default). */
  trackedChanges?: TrackedChangeMode;
  /** Comment threads an earlier reading of the same file made, by Word comment id, to be used again. */
  commentThreads?: Record<string, string>;
}

export async function importDocx(bytes: Uint8Array, options: DocxImportOptions = {}): Promise<ImportedDraft> {
  if (bytes.byteLength === 0) throw new ImportRefusedError('empty', 'the file is empty');
  const mode = options.trackedChanges ?? 'keep';
  const pkg = await openWordPackage(bytes);
  const { properties, documentXml, numberingXml, stylesXml, commentsXml } = await readPackage(pkg);
  const styles = stylesIfRewriteNeeded(documentXml, stylesXml);
  const rewritten = styles ? rewriteDocument(documentXml, styles, mode) : null;
  const wordXml = rewritten?.xml ?? documentXml;
  // Read with the depth limit before mammoth, whose own XML reader has none.
  const numberedInOrder = numberedParagraphs(wordXml);
  let converted: { value: string; messages: { message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      // mammoth reads any object with its zip-file shape (exists/read) as the package: the one opened
      // above, with the rewritten document part in place of the original.
      { file: mammothFile(pkg, new Map(rewritten?.xml ? [[pkg.mainPath, rewritten.xml]] : [])) } as unknown as { buffer: Buffer },
      {
        styleMap: STYLE_MAP,
        // Images cannot be kept: an empty <img> with its alt text lets htmlToDoc report each without decoding it.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    throw new ImportRefusedError('damaged', `the Word document cannot be read: ${(error as Error).message}`);
  }

  const warnings: ImportWarning[] = [];
  for (const { message } of converted.messages) {
    const style = UNRECOGNISED_STYLE.exec(message)?.[1];
    if (style !== undefined && PLAIN_STYLES.has(style.toLowerCase())) continue;
    const same = warnings.find((warning) => warning.detail === message);
    if (same) same.count = (same.count ?? 1) + 1;
    else warnings.push({ code: 'not-kept', detail: message });
  }

  const html = converted.value.replace(NOTE_REFERENCE, '$1').replace(NOTE_BACK_LINK, '');
  const notesAt = html.search(NOTES_LIST);
  const main = htmlToDoc(notesAt < 0 ? html : html.slice(0, notesAt), { extractTitle: true });
  warnings.push(...main.warnings);
  const numbered = applyWordNumbering(main.body, numberedInOrder, listDefinitions(numberingXml));
  const comments = readComments(commentsXml, rewritten?.comments ?? new Map(), options.commentThreads);
  let marked = numbered;
  if (rewritten && (rewritten.keptChanges.length || rewritten.anchoredComments.length)) {
    const threads = new Map(comments.map((c) => [c.id, c.threadId]));
    marked = withCarriedMarks(numbered, new Map(), (kind, index): CarriedMark | undefined => {
      if (kind !== 'c') {
        const change = rewritten.keptChanges[index];
        return change && { type: change.kind, attrs: { author: change.author, date: change.date } };
      }
      const id = threads.get(rewritten.anchoredComments[index]);
      return id === undefined ? undefined : { type: 'comment', attrs: { id } };
    });
  }
  const language = languageOfText(docToText(marked), properties.language);
  const body = notesAt < 0 ? marked : withNotes(marked, html.slice(notesAt), language, warnings);

  let title = stripSentinels(main.title ?? '');
  if (!title && properties.title) {
    title = properties.title;
    warnings.push({ code: 'title-proposed', detail: title });
  }
  const trackedChanges = rewritten?.trackedChanges ?? [];
  const headersFooters = await readHeadersFooters(pkg, documentXml);
  // Named by who made them; what was done with them is in the Word report.
  const authors = [...new Set(trackedChanges.map((c) => c.author).filter((a): a is string => !!a))].join(', ');
  if (trackedChanges.length) warnings.push({ code: 'tracked-changes', ...(authors && { detail: authors }), count: trackedChanges.length });
  if (comments.length) warnings.push({ code: 'comments', count: comments.length });
  if (headersFooters.length)
    warnings.push({
      code: 'header-footer',
      detail: headersFooters
        .map((h) => h.text)
        .join(' | ')
        .slice(0, 200),
      count: headersFooters.length,
    });
  if (rewritten?.counts.gridCells)
    warnings.push({ code: 'not-kept', detail: 'table cells left empty for skipped grid columns', count: rewritten.counts.gridCells });
  warnings.push({ code: 'date-missing' });
  return {
    title,
    lead: stripSentinels(main.lead ?? ''),
    releaseDate: null,
    language,
    body,
    changes: [],
    warnings,
    properties,
    word: { trackedChanges, trackedChangeMode: mode, comments, headersFooters },
  };
}

/** Text that carries marks as sentinels (kept tracked changes, comment ranges) becomes marked text. */
function withCarriedMarks(node: DocNode, open: Map<string, CarriedMark>, markOf: Parameters<typeof splitMarkedText>[2]): DocNode {
  if (!node.content) return node;
  const content = node.content.flatMap((child): DocNode[] => {
    if (child.type !== 'text' || !child.text) return [withCarriedMarks(child, open, markOf)];
    return splitMarkedText(child.text, open, markOf).map(({ text, marks }) => ({
      ...child,
      text,
      ...((marks.length || child.marks) && { marks: [...(child.marks ?? []), ...marks] }),
    }));
  });
  return { ...node, content };
}

/** Header and footer text of every section, once per text, in the order Word names them. */
async function readHeadersFooters(pkg: WordPackage, documentXml: string): Promise<HeaderFooterText[]> {
  const rels = new Map((await pkg.relationships(pkg.mainPath)).map((rel) => [rel.id, rel]));
  const found: HeaderFooterText[] = [];
  for (const [, part, attrs] of documentXml.matchAll(/<w:(header|footer)Reference\b([^>]*)>/g)) {
    const id = /\br:id="([^"]*)"/.exec(attrs)?.[1];
    const kind = /\bw:type="([^"]*)"/.exec(attrs)?.[1] ?? 'default';
    const rel = id ? rels.get(id) : undefined;
    if (!rel || rel.external) continue;
    const text = partText(await pkg.part(rel.path));
    if (text && !found.some((h) => h.part === part && h.text === text)) {
      found.push({ part: part as HeaderFooterText['part'], kind: kind === 'first' || kind === 'even' ? kind : 'default', text });
    }
  }
  return found;
}

/** The body with the document's notes after it, under a heading, numbered as their references are. */
function withNotes(body: DocNode, notesHtml: string, language: Language, warnings: ImportWarning[]): DocNode {
  const notes = htmlToDoc(`<h2>${NOTES_HEADING[language]}</h2>${notesHtml}`);
  warnings.push(...notes.warnings, { code: 'footnotes-inlined' });
  return { type: 'doc', content: [...(body.content ?? []), ...(notes.body.content ?? [])] };
}

const CORE_PROPERTIES: Record<string, keyof SourceProperties> = {
  title: 'title',
  creator: 'author',
  language: 'language',
  description: 'description',
};

/**
 * dc:title, dc:creator, dc:language and dc:description from the core properties where present, and
 * the parts the body is read with.
 */
async function readPackage(pkg: WordPackage) {
  const related = (await pkg.relationships(pkg.mainPath)).filter((rel) => !rel.external);
  const partOf = (type: string) => {
    const rel = related.find((r) => r.type === type);
    return rel ? pkg.part(rel.path) : Promise.resolve('');
  };
  const core = (await pkg.relationships('')).find((rel) => rel.type === 'core-properties')?.path ?? 'docProps/core.xml';
  const [xml, documentXml, numberingXml, stylesXml, commentsXml] = await Promise.all([
    pkg.part(core),
    pkg.part(pkg.mainPath),
    partOf('numbering'),
    partOf('styles'),
    partOf('comments'),
  ]);
  const properties: SourceProperties = {};
  let field: keyof SourceProperties | null = null;
  const text: string[] = [];
  parseBounded(
    xml,
    {
      onopentag(name) {
        field = CORE_PROPERTIES[name.slice(name.indexOf(':') + 1)] ?? null;
        text.length = 0;
      },
      ontext(data) {
        if (field) text.push(data);
      },
      onclosetag() {
        const value = text.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
        if (field && value && !properties[field]) properties[field] = value;
        field = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  return { properties, documentXml, numberingXml, stylesXml, commentsXml };
}
