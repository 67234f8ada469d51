// A release as a standalone HTML5 page (for the archive, mail, and printing to PDF) and as a
// fragment of its body to paste into the website's CMS.
import type { DocNode, Language } from '../model';
import { ALLOWED_LINK } from '../editor-extensions';
import { cleanText, refuseTrackedChange, textLines, walkDoc, type DocHandlers } from './doc-walker';
import {
  LOCALES,
  PAGE_LABELS,
  datelineText,
  entityLinks,
  isoInZone,
  publishedAt,
  releaseDescription,
  settingBlocks,
  type ExportEntity,
  type ExportInput,
} from './input';
import { readLogo } from './settings';
import { embargoNotice } from '../embargo';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for text and for double-quoted attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function cellAttributes(node: DocNode, scope: string | null): string {
  const attrs: string[] = [];
  if (scope) attrs.push(`scope="${scope}"`);
  for (const name of ['colspan', 'rowspan'] as const) {
    const value = Number(node.attrs?.[name] ?? 1);
    if (Number.isInteger(value) && value > 1) attrs.push(`${name}="${value}"`);
  }
  const align = node.attrs?.align;
  if (align === 'left' || align === 'center' || align === 'right') attrs.push(`class="align-${align}"`);
  return attrs.map((attr) => ` ${attr}`).join('');
}

const ORDERED_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

interface HtmlContext {
  /** Header cells of the table's first row label columns; later ones label their row. */
  inHeaderRow: boolean;
}

const handlers: DocHandlers<string, HtmlContext> = {
  nodes: {
    doc: (_node, ctx, content) => content(ctx),
    paragraph: (_node, ctx, content) => [`<p>${content(ctx).join('')}</p>\n`],
    text: (node) => [
      textLines(node.text ?? '')
        .map(escapeHtml)
        .join('<br>'),
    ],
    hardBreak: () => ['<br>'],
    heading: (node, ctx, content) => {
      const inner = content(ctx).join('');
      if (!inner) return [];
      // Body heading level 1 is h2: the release title is the page's h1 (the CMS's own, in a fragment).
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)) + 1);
      return [`<h${level}>${inner}</h${level}>\n`];
    },
    blockquote: (_node, ctx, content) => [`<blockquote>\n${content(ctx).join('')}</blockquote>\n`],
    bulletList: (_node, ctx, content) => [`<ul>\n${content(ctx).join('')}</ul>\n`],
    orderedList: (node, ctx, content) => {
      const start = Number(node.attrs?.start ?? 1);
      const type = String(node.attrs?.type ?? '');
      const attrs = `${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}${ORDERED_TYPES.has(type) && type !== '1' ? ` type="${type}"` : ''}`;
      return [`<ol${attrs}>\n${content(ctx).join('')}</ol>\n`];
    },
    listItem: (_node, ctx, content) => [`<li>${content(ctx).join('')}</li>\n`],
    table: (node, ctx) => {
      const rows = node.content ?? [];
      const headerRow = rows[0]?.content?.length && rows[0].content.every((cell) => cell.type === 'tableHeader');
      const render = (row: DocNode, inHeaderRow: boolean) => walkDoc(row, handlers, { ...ctx, inHeaderRow }).join('');
      const head = headerRow ? `<thead>\n${render(rows[0], true)}</thead>\n` : '';
      const body = rows.slice(headerRow ? 1 : 0).map((row) => render(row, false));
      return [`<table>\n${head}${body.length ? `<tbody>\n${body.join('')}</tbody>\n` : ''}</table>\n`];
    },
    tableRow: (_node, ctx, content) => [`<tr>${content(ctx).join('')}</tr>\n`],
    tableHeader: (node, ctx, content) => [`<th${cellAttributes(node, ctx.inHeaderRow ? 'col' : 'row')}>${content(ctx).join('')}</th>`],
    tableCell: (node, ctx, content) => [`<td${cellAttributes(node, null)}>${content(ctx).join('')}</td>`],
  },
  marks: {
    // normalizeDoc already drops other links; checked again because this text goes onto a website.
    link: (mark, ctx, content) => {
      const href = String(mark.attrs?.href ?? '');
      const inner = content(ctx).join('');
      return [ALLOWED_LINK.test(href) ? `<a href="${escapeHtml(cleanText(href))}">${inner}</a>` : inner];
    },
    bold: (_mark, ctx, content) => [`<strong>${content(ctx).join('')}</strong>`],
    italic: (_mark, ctx, content) => [`<em>${content(ctx).join('')}</em>`],
    strike: (_mark, ctx, content) => [`<s>${content(ctx).join('')}</s>`],
    underline: (_mark, ctx, content) => [`<u>${content(ctx).join('')}</u>`],
    superscript: (_mark, ctx, content) => [`<sup>${content(ctx).join('')}</sup>`],
    subscript: (_mark, ctx, content) => [`<sub>${content(ctx).join('')}</sub>`],
    insertion: refuseTrackedChange,
    deletion: refuseTrackedChange,
    // Review remarks stay in the office: the words go out, the remark does not.
    comment: (_mark, ctx, content) => content(ctx),
  },
};

function renderBlocks(blocks: DocNode[]): string {
  return walkDoc({ type: 'doc', content: blocks }, handlers, { inHeaderRow: false }).join('');
}

/**
 * The article body for the CMS: the lead, the body and the closing paragraph, without the title
 * (the CMS has its own field), office header, media contact, styles or scripts. Body headings
 * start at h2, under the page's title.
 */
export function exportHtmlFragment(input: ExportInput): string {
  return embargoBlock(input) + articleContent(input);
}

/** The notice an embargoed release carries at its top, so whoever receives it knows not to run it yet. */
function embargoBlock({ embargo, release }: ExportInput): string {
  return embargo ? `<p class="embargo" role="note">${escapeHtml(embargoNotice(embargo.until, embargo.timeZone, release.language))}</p>\n` : '';
}

function articleContent(input: ExportInput): string {
  const { release, settings } = input;
  const lead = cleanText(release.lead).trim();
  const boilerplate = settings.boilerplate[release.language];
  return [
    lead ? `<p class="lead">${escapeHtml(lead)}</p>\n` : '',
    renderBlocks(release.body.content ?? []),
    boilerplate.trim() ? `<div class="boilerplate">\n${renderBlocks(settingBlocks(boilerplate))}</div>\n` : '',
  ].join('');
}

const SCHEMA_TYPES: Record<ExportEntity['kind'], string> = {
  country: 'Country',
  organization: 'Organization',
  person: 'Person',
  place: 'Place',
  event: 'Event',
};

function entityJson(entity: ExportEntity): Record<string, unknown> {
  const sameAs = entityLinks(entity);
  return {
    '@type': SCHEMA_TYPES[entity.kind],
    name: cleanText(entity.name),
    ...(sameAs.length && { sameAs: sameAs.length === 1 ? sameAs[0] : sameAs }),
  };
}

/** JSON that cannot end the script element or open a comment in it, whatever its strings hold. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function keywordsOf(input: ExportInput): string[] {
  return (input.keywords ?? []).map((keyword) => cleanText(keyword).trim()).filter(Boolean);
}

function newsArticle(input: ExportInput, description: string): Record<string, unknown> {
  const { release, settings } = input;
  const logo = readLogo(settings.logo);
  const keywords = keywordsOf(input);
  const publisher = {
    '@type': 'Organization',
    name: cleanText(settings.officeName[release.language]),
    ...(settings.publisherUrl && { url: settings.publisherUrl }),
    ...(logo && { logo: { '@type': 'ImageObject', url: logo.dataUrl } }),
  };
  const dateline = cleanText(release.dateline).trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: cleanText(release.title).trim() || LOCALES[release.language].pressRelease,
    ...(description && { description }),
    datePublished: publishedAt(release, settings.timeZone),
    dateModified: isoInZone(release.updatedAt, settings.timeZone),
    inLanguage: release.language,
    ...(dateline && { dateline }),
    author: publisher,
    publisher,
    ...(keywords.length && { keywords }),
    ...(input.about?.length && { about: input.about.map(entityJson) }),
    ...(input.mentions?.length && { mentions: input.mentions.map(entityJson) }),
  };
}

/**
 * html-validate's long-title limit, near where search engines cut titles; the h1, og:title and
 * JSON-LD keep the whole headline. The limit counts the escaped source, entities and all.
 */
const TITLE_MAX = 70;

function pageTitle(title: string): string {
  const fits = (text: string) => escapeHtml(text).length <= TITLE_MAX;
  if (fits(title)) return title;
  const words = title.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')}…`)) words.pop();
  let chars = Array.from(words.join(' '));
  while (!fits(`${chars.join('')}…`)) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

// Noto and DejaVu carry ə and Cyrillic everywhere this is printed from; the A4 page is the office's paper.
const STYLESHEET = `
@page { size: A4; margin: 20mm 18mm 22mm; }
html { font-family: "Noto Serif", "DejaVu Serif", "Times New Roman", serif; line-height: 1.5; color: #111; background: #fff; }
body { max-width: 44rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3, h4, .office-name { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.3rem; } h3 { font-size: 1.15rem; } h4 { font-size: 1rem; }
.office { display: flex; align-items: center; gap: 1rem; border-bottom: 1px solid #999; padding-bottom: 0.75rem; }
.office img { max-height: 4rem; width: auto; }
.office-name { font-weight: bold; margin: 0; }
.dateline { color: #444; margin: 0 0 1rem; }
.lead { font-weight: bold; }
.embargo { border: 2px solid #b00000; color: #b00000; font-weight: bold; padding: 0.5rem 0.75rem; margin: 0 0 1rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #999; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; }
th p, td p { margin: 0; }
.align-left { text-align: left; } .align-center { text-align: center; } .align-right { text-align: right; }
.boilerplate, .media-contact { border-top: 1px solid #999; margin-top: 2rem; font-size: 0.9rem; }
a { color: #0645ad; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, blockquote { break-inside: avoid; }
}
`;

/** A string in CSS: quotes, backslashes and line breaks as escapes, so no text can end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r<]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Printed pages carry the page number and count, and after the first page the office's name, in the
 * page margins (CSS paged media), so the PDF matches the DOCX's header and "Səhifə 1 / 3" footer
 * whether Chromium or Electron prints it.
 */
function pageMargins(language: Language, officeName: string): string {
  const [before, between, after] = PAGE_LABELS[language];
  const box = 'font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #444;';
  return [
    `@page { @bottom-center { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; ${box} } }`,
    officeName ? `@page { @top-left { content: ${cssString(officeName)}; ${box} } }\n@page :first { @top-left { content: none; } }` : '',
  ].join('\n');
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">\n`;
}

/** The release as a complete HTML5 page: metadata, JSON-LD, office header, article, contact. */
export function exportHtml(input: ExportInput): string {
  const { release, settings } = input;
  const language = release.language;
  const title = cleanText(release.title).trim();
  // A page needs a title even for an untitled draft; the article then has no h1 rather than an empty one.
  const shownTitle = title || LOCALES[language].pressRelease;
  const description = releaseDescription(release);
  const keywords = keywordsOf(input);
  const officeName = cleanText(settings.officeName[language]).trim();
  const logo = readLogo(settings.logo);
  const published = publishedAt(release, settings.timeZone);
  const dateline = datelineText(release);
  const contact = settings.mediaContact[language].trim();
  const logoSize = logo?.width && logo.height ? ` width="${logo.width}" height="${logo.height}"` : '';

  return [
    '<!DOCTYPE html>\n',
    `<html lang="${language}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHtml(pageTitle(shownTitle))}</title>\n`,
    description ? meta('name', 'description', description) : '',
    keywords.length ? meta('name', 'keywords', keywords.join(', ')) : '',
    input.generator ? meta('name', 'generator', cleanText(input.generator)) : '',
    meta('property', 'og:title', shownTitle),
    description ? meta('property', 'og:description', description) : '',
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', LOCALES[language].og),
    officeName ? meta('property', 'og:site_name', officeName) : '',
    meta('property', 'article:published_time', published),
    meta('property', 'article:modified_time', isoInZone(release.updatedAt, settings.timeZone)),
    ...keywords.map((keyword) => meta('property', 'article:tag', keyword)),
    input.embargo ? meta('name', 'embargo', isoInZone(input.embargo.until, input.embargo.timeZone)) : '',
    `<style>${STYLESHEET}${pageMargins(language, officeName)}</style>\n`,
    `<script type="application/ld+json">\n${scriptJson(newsArticle(input, description))}\n</script>\n`,
    '</head>\n<body>\n',
    embargoBlock(input),
    logo || officeName
      ? `<header class="office">\n${
          // The office name stands next to the logo, so the image itself says nothing more.
          logo ? `<img src="${logo.dataUrl}" alt=""${logoSize}>\n` : ''
        }${officeName ? `<p class="office-name">${escapeHtml(officeName)}</p>\n` : ''}</header>\n`
      : '',
    '<main>\n<article>\n',
    title ? `<h1>${escapeHtml(title)}</h1>\n` : '',
    dateline ? `<p class="dateline">${escapeHtml(dateline)}</p>\n` : '',
    articleContent(input),
    '</article>\n</main>\n',
    contact ? `<footer class="media-contact">\n${renderBlocks(settingBlocks(contact))}</footer>\n` : '',
    '</body>\n</html>\n',
  ].join('');
}
