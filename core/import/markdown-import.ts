// Markdown files: markdown-it renders them to HTML and htmlToDoc takes it from there. Raw HTML in
// the Markdown is shown as text, never parsed, so a file cannot smuggle markup past the sanitiser.
import MarkdownIt from 'markdown-it';
import { docToText } from '../doc-text';
import { declaredLanguage, guessLanguage } from './guess-language';
import { htmlToDoc } from './html-to-doc';
import type { ImportWarning, ImportedDraft, SourceProperties } from './types';

const markdown = new MarkdownIt({ html: false, linkify: true });

// "---", lines of "key: value", "---" at the very start, as static site generators write it.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

export function importMarkdown(text: string): ImportedDraft {
  const front = FRONT_MATTER.exec(text);
  const fields = front ? readFrontMatter(front[1]) : new Map<string, string>();
  const source = front ? text.slice(front[0].length) : text;

  const tokens = markdown.parse(source, {});
  const fieldTitle = fields.get('title');
  // A file that opens with "# Heading" names itself with it, unless the front matter names it otherwise.
  const [first, inline] = tokens;
  if (first?.type === 'heading_open' && first.tag === 'h1' && (!fieldTitle || inlineText(inline) === fieldTitle)) {
    first.attrSet('class', 'title');
  }
  const converted = htmlToDoc(markdown.renderer.render(tokens, markdown.options, {}), { extractTitle: true });

  const properties: SourceProperties = {
    ...(fieldTitle && { title: fieldTitle }),
    ...(fields.has('author') && { author: fields.get('author') }),
    ...(fields.has('description') && { description: fields.get('description') }),
    ...((fields.get('lang') ?? fields.get('language')) && { language: fields.get('lang') ?? fields.get('language') }),
  };
  const warnings: ImportWarning[] = [...converted.warnings];
  const dateField = fields.get('date');
  const releaseDate = dateField ? isoDate(dateField) : null;
  if (!releaseDate) warnings.push(dateField ? { code: 'date-missing', detail: dateField } : { code: 'date-missing' });

  return {
    title: fieldTitle ?? converted.title ?? '',
    lead: '',
    releaseDate,
    language: declaredLanguage(properties.language) ?? guessLanguage(docToText(converted.body)),
    body: converted.body,
    changes: [],
    warnings,
    properties,
  };
}

function readFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const match = FIELD.exec(line.trim());
    if (!match) continue;
    const value = match[2]
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim()
      .normalize('NFC');
    if (value) fields.set(match[1].toLowerCase(), value);
  }
  return fields;
}

function inlineText(token: { children: { type: string; content: string }[] | null } | undefined): string {
  return (token?.children ?? [])
    .map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : ''))
    .join('')
    .trim();
}

/** YYYY-MM-DD when the value starts with a real calendar date in that form. */
function isoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
