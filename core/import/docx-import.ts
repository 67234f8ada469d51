// Word documents: mammoth turns the document into HTML with a style map naming what we keep, and
// htmlToDoc turns that into a body. Title, author and language come from the package's core
// properties, read with the ZIP library mammoth itself uses.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { DocNode, Language } from '../api';
import { docToText } from '../doc-text';
import { languageOfText } from './guess-language';
import { parseBounded } from './bounded-parser';
import { applyWordNumbering, listStarts, numberedParagraphs } from './docx-numbering';
import { htmlToDoc } from './html-to-doc';
import { ImportRefusedError, type ImportWarning, type ImportedDraft, type SourceProperties } from './types';

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
    'Normal', 'Normal (Web)', 'Body Text', 'Text Body', 'First Paragraph', 'Compact', 'List Paragraph',
    'Table Contents', 'Table Heading', 'Standard', 'Default', 'Plain Text', 'Author', 'Date', 'Abstract',
    'Caption', 'Image Caption', 'Table Caption', 'Captioned Figure',
  ].map((name) => name.toLowerCase()),
);
const UNRECOGNISED_STYLE = /^Unrecognised paragraph style: '([^']*)'/;

// mammoth writes note references as <sup><a href="#footnote-7" id="footnote-ref-7">[1]</a></sup>,
// and each note, in the list it appends, ends with a link back to its reference.
const NOTE_REFERENCE = /<sup><a href="#(?:foot|end)note-[^"]*" id="(?:foot|end)note-ref-[^"]*">(\[\d+\])<\/a><\/sup>/g;
const NOTE_BACK_LINK = / ?<a href="#(?:foot|end)note-ref-[^"]*">↑<\/a>/g;
const NOTES_LIST = /<ol><li id="(?:foot|end)note-/;

const NOTES_HEADING: Record<Language, string> = { az: 'Qeydlər', en: 'Footnotes', ru: 'Примечания' };

export async function importDocx(bytes: Uint8Array): Promise<ImportedDraft> {
  if (bytes.byteLength === 0) throw new ImportRefusedError('empty', 'the file is empty');
  const { properties, documentXml, numberingXml } = await readPackage(bytes);
  // Read with the depth limit before mammoth, whose own XML reader has none.
  const numberedInOrder = numberedParagraphs(documentXml);
  const starts = listStarts(numberingXml);
  let converted: { value: string; messages: { message: string }[] };
  try {
    converted = await mammoth.convertToHtml(
      // JSZip, which mammoth opens the package with, reads any Uint8Array, not only a Buffer.
      { buffer: bytes as Buffer },
      {
        styleMap: STYLE_MAP,
        // Images cannot be kept: an empty <img> lets htmlToDoc report each without decoding it.
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
    if (!warnings.some((warning) => warning.detail === message)) warnings.push({ code: 'not-kept', detail: message });
  }

  const html = converted.value.replace(NOTE_REFERENCE, '$1').replace(NOTE_BACK_LINK, '');
  const notesAt = html.search(NOTES_LIST);
  const main = htmlToDoc(notesAt < 0 ? html : html.slice(0, notesAt), { extractTitle: true });
  warnings.push(...main.warnings);
  const numbered = applyWordNumbering(main.body, numberedInOrder, starts);
  const language = languageOfText(docToText(numbered), properties.language);
  const body = notesAt < 0 ? numbered : withNotes(numbered, html.slice(notesAt), language, warnings);

  let title = main.title ?? '';
  if (!title && properties.title) {
    title = properties.title;
    warnings.push({ code: 'title-proposed', detail: title });
  }
  warnings.push({ code: 'date-missing' });
  return {
    title,
    lead: main.lead ?? '',
    releaseDate: null,
    language,
    body,
    changes: [],
    warnings,
    properties,
  };
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
 * dc:title, dc:creator, dc:language and dc:description from docProps/core.xml where present, and
 * the document and numbering parts for the lists.
 */
async function readPackage(bytes: Uint8Array): Promise<{ properties: SourceProperties; documentXml: string; numberingXml: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportRefusedError('damaged', 'the file is not a Word document, or it is damaged (it is not a readable ZIP package)');
  }
  if (!zip.file('word/document.xml')) {
    throw new ImportRefusedError('damaged', 'the file is a ZIP package without a Word document in it');
  }
  // A damaged part loses only what it holds; mammoth still judges the document itself.
  const part = (name: string) => zip.file(name)?.async('string').catch(() => '') ?? Promise.resolve('');
  const [xml, documentXml, numberingXml] = await Promise.all([part('docProps/core.xml'), part('word/document.xml'), part('word/numbering.xml')]);
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
  return { properties, documentXml, numberingXml };
}
