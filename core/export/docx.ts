// A release as a Word document: the office's letterhead, named styles Word, LibreOffice and pandoc
// all recognise, the release language on every run, and one numbering instance per list.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SoftHyphen,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { DocNode, Language } from '../model';
import { ALLOWED_LINK } from '../editor-extensions';
import { cleanText, refuseTrackedChange, textLines, walkDoc, type DocHandlers } from './doc-walker';
import { LOCALES, PAGE_LABELS, datelineText, isoInZone, releaseDescription, settingBlocks, type ExportInput } from './input';
import { readLogo, type Logo } from './settings';
import { embargoNotice } from '../embargo';

type Part = Paragraph | Table | TableRow | TableCell | ParagraphChild;
type RunFormat = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'style' | 'color' | 'superScript' | 'subScript'>;
type Numbering = { reference: string; level: number; instance: number };

interface DocxContext {
  run: RunFormat;
  /** Style of the paragraphs in a block quote. */
  style?: string;
  quoteDepth: number;
  /** Depth of list nesting: 0 outside lists, 1 in a top-level list. */
  listDepth: number;
  /** The list the next list item belongs to. */
  list?: Omit<Numbering, 'level'>;
  /** The open list item: its first paragraph carries the number, the rest are indented under it. */
  item?: { numbering: Numbering; numbered: boolean };
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  inHeaderRow: boolean;
}

const INDENT = 720;
const ORDERED_FORMATS: Record<string, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  '1': LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
};
const BULLETS = ['•', '◦', '▪'];
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const CELL_ALIGNMENT: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: format === LevelFormat.BULLET ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
  }));
}

/** Text as runs: soft hyphens as Word's own optional-hyphen element, line breaks as breaks. */
function textRuns(text: string, format: RunFormat): TextRun[] {
  return textLines(text).map(
    (line, i) =>
      new TextRun({
        ...format,
        ...(i > 0 && { break: 1 }),
        children: line.split('\u00AD').flatMap((piece, j) => (j > 0 ? [new SoftHyphen(), piece] : [piece])),
      }),
  );
}

/**
 * The exporter's handlers for one document. Lists are counted as they are met, so each list gets
 * its own numbering instance and every ordered list starts again at its own start.
 */
function docxHandlers(): { handlers: DocHandlers<Part, DocxContext>; orderedReferences: Map<string, ILevelsOptions[]> } {
  let instances = 0;
  const orderedReferences = new Map<string, ILevelsOptions[]>();

  const paragraph = (ctx: DocxContext, children: Part[], options: IParagraphOptions = {}): Paragraph => {
    const item = ctx.item;
    const numbering = item && !item.numbered ? item.numbering : undefined;
    if (item) item.numbered = true;
    const indentLevels = ctx.quoteDepth + (item && !numbering ? ctx.listDepth : 0);
    return new Paragraph({
      ...(ctx.style && { style: ctx.style }),
      ...(ctx.alignment && { alignment: ctx.alignment }),
      ...(numbering && { numbering }),
      ...(!numbering && indentLevels > 0 && { indent: { left: INDENT * indentLevels } }),
      ...options,
      children: children as ParagraphChild[],
    });
  };

  const list = (ctx: DocxContext, reference: string, content: (ctx: DocxContext) => Part[]): Part[] => {
    instances += 1;
    return content({ ...ctx, listDepth: ctx.listDepth + 1, list: { reference, instance: instances } });
  };

  const cell = (node: DocNode, ctx: DocxContext, content: (ctx: DocxContext) => Part[], header: boolean): Part[] => {
    const span = (name: string) => {
      const value = Number(node.attrs?.[name] ?? 1);
      return Number.isInteger(value) && value > 1 ? value : undefined;
    };
    const alignment = CELL_ALIGNMENT[String(node.attrs?.align)];
    const children = content({
      ...ctx,
      run: header ? { ...ctx.run, bold: true } : ctx.run,
      quoteDepth: 0,
      listDepth: 0,
      item: undefined,
      style: undefined,
      ...(alignment && { alignment }),
    }) as (Paragraph | Table)[];
    return [
      new TableCell({
        // Word cannot open a cell without a paragraph.
        children: children.length ? children : [new Paragraph({})],
        columnSpan: span('colspan'),
        rowSpan: span('rowspan'),
      }),
    ];
  };

  const handlers: DocHandlers<Part, DocxContext> = {
    nodes: {
      doc: (_node, ctx, content) => content(ctx),
      paragraph: (_node, ctx, content) => [paragraph(ctx, content(ctx))],
      text: (node, ctx) => textRuns(node.text ?? '', ctx.run),
      hardBreak: (_node, ctx) => [new TextRun({ ...ctx.run, break: 1 })],
      heading: (node, ctx, content) => {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
        const children = content(ctx);
        if (!children.length) return [];
        const heading = HEADINGS[level - 1];
        return [paragraph({ ...ctx, style: undefined }, children, { heading })];
      },
      blockquote: (_node, ctx, content) => content({ ...ctx, style: 'Quote', quoteDepth: ctx.quoteDepth + 1 }),
      bulletList: (_node, ctx, content) => list(ctx, 'bullet', content),
      orderedList: (node, ctx, content) => {
        const format = ORDERED_FORMATS[String(node.attrs?.type ?? '1')] ?? LevelFormat.DECIMAL;
        const rawStart = Number(node.attrs?.start ?? 1);
        const start = Number.isInteger(rawStart) && rawStart >= 0 ? rawStart : 1;
        const reference = `ordered-${format}-${start}`;
        if (!orderedReferences.has(reference)) orderedReferences.set(reference, levels(format, start));
        return list(ctx, reference, content);
      },
      listItem: (_node, ctx, content) => {
        const level = Math.min(8, ctx.listDepth - 1);
        const numbering = ctx.list ? { ...ctx.list, level } : undefined;
        return content({ ...ctx, item: numbering && { numbering, numbered: false } });
      },
      table: (node, ctx) => {
        const rows = node.content ?? [];
        const headerRow = !!rows[0]?.content?.length && rows[0].content.every((c) => c.type === 'tableHeader');
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: rows.flatMap((row, i) => walkDoc(row, handlers, { ...ctx, inHeaderRow: headerRow && i === 0 })) as TableRow[],
          }),
        ];
      },
      tableRow: (_node, ctx, content) => {
        const cells = content(ctx) as TableCell[];
        // Only header rows say so: pandoc takes even <w:tblHeader w:val="off"/> for a header row.
        return cells.length ? [new TableRow({ children: cells, ...(ctx.inHeaderRow && { tableHeader: true }) })] : [];
      },
      tableHeader: (node, ctx, content) => cell(node, ctx, content, true),
      tableCell: (node, ctx, content) => cell(node, ctx, content, false),
    },
    marks: {
      // normalizeDoc already drops other links; checked again as the file leaves the office.
      link: (mark, ctx, content) => {
        const href = cleanText(String(mark.attrs?.href ?? ''));
        if (!ALLOWED_LINK.test(href)) return content(ctx);
        const children = content({ ...ctx, run: { ...ctx.run, style: 'Hyperlink' } }) as ParagraphChild[];
        return [new ExternalHyperlink({ link: href, children })];
      },
      bold: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, bold: true } }),
      italic: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, italics: true } }),
      strike: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, strike: true } }),
      underline: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, underline: {} } }),
      superscript: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, superScript: true } }),
      subscript: (_mark, ctx, content) => content({ ...ctx, run: { ...ctx.run, subScript: true } }),
      insertion: refuseTrackedChange,
      deletion: refuseTrackedChange,
      // Review remarks stay in the office: the words go out, the remark does not.
      comment: (_mark, ctx, content) => content(ctx),
    },
  };
  return { handlers, orderedReferences };
}

const FONT = 'Arial';
const LOGO_HEIGHT = 48;

function letterhead(officeName: string, logo: Logo | null): Header {
  // Word needs a raster fallback for SVG, which core cannot draw; an SVG logo stays in the HTML only.
  const image =
    logo && logo.type !== 'svg' && logo.width && logo.height
      ? new ImageRun({
          type: logo.type,
          data: logo.bytes,
          transformation: { height: LOGO_HEIGHT, width: Math.round((logo.width / logo.height) * LOGO_HEIGHT) },
          altText: { name: 'logo', title: officeName, description: officeName },
        })
      : null;
  return new Header({
    children: [
      new Paragraph({
        children: [...(image ? [image, new TextRun({ text: '  ' })] : []), new TextRun({ text: officeName, bold: true })],
      }),
    ],
  });
}

function pageFooter(language: Language): Footer {
  const [before, between, after] = PAGE_LABELS[language];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after] })],
      }),
    ],
  });
}

/** For element content, where only & and < (and > after ]]) mean markup. */
function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * docx writes no dc:language and stamps the export time, so the core properties are written here:
 * with the release language, and the release's own creation and modification times.
 */
function coreProperties(input: ExportInput, keywords: string[]): string {
  const { release, settings } = input;
  const utc = (ms: number) => isoInZone(ms, 'UTC').replace('+00:00', 'Z');
  const fields: [string, string][] = [
    ['dc:title', release.title],
    ['dc:subject', LOCALES[release.language].pressRelease],
    ['dc:creator', settings.officeName[release.language]],
    ['cp:keywords', keywords.join(', ')],
    ['dc:description', releaseDescription(release)],
    ['dc:language', LOCALES[release.language].tag],
    ['cp:lastModifiedBy', input.generator ?? ''],
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...fields.filter(([, value]) => value.trim()).map(([name, value]) => `<${name}>${escapeXml(value.trim())}</${name}>`),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${utc(release.createdAt)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${utc(release.updatedAt)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

export async function exportDocx(input: ExportInput): Promise<Uint8Array> {
  const { release, settings } = input;
  const language = release.language;
  const { handlers, orderedReferences } = docxHandlers();
  const render = (blocks: DocNode[]) =>
    walkDoc({ type: 'doc', content: blocks }, handlers, { run: {}, quoteDepth: 0, listDepth: 0, inHeaderRow: false }) as (Paragraph | Table)[];

  const title = cleanText(release.title).trim();
  const dateline = datelineText(release);
  const lead = cleanText(release.lead).trim();
  const keywords = (input.keywords ?? []).map((keyword) => cleanText(keyword).trim()).filter(Boolean);
  const officeName = cleanText(settings.officeName[language]).trim();
  const embargo = input.embargo && embargoNotice(input.embargo.until, input.embargo.timeZone, language);
  const children = [
    // Above the title, where whoever opens the file cannot miss it.
    ...(embargo ? [new Paragraph({ spacing: { after: 240 }, children: textRuns(embargo, { bold: true, color: 'B00000' }) })] : []),
    ...(title ? [new Paragraph({ style: 'Title', children: textRuns(title, {}) })] : []),
    ...(dateline ? [new Paragraph({ style: 'Subtitle', children: textRuns(dateline, {}) })] : []),
    ...(lead ? [new Paragraph({ children: textRuns(lead, { bold: true }) })] : []),
    ...render(release.body.content ?? []),
    ...render(settingBlocks(settings.boilerplate[language])),
    ...render(settingBlocks(settings.mediaContact[language])),
  ];

  const bodyFont = { font: FONT, language: { value: LOCALES[language].tag } };
  const document = new Document({
    title,
    creator: officeName,
    styles: {
      default: {
        // Without its rule a line value is read as an exact height by LibreOffice, and a 20 pt title
        // wrapping under an exact 13.8 pt line draws over itself; "auto" makes 276 mean 1.15 lines.
        document: { run: { ...bodyFont, size: 24 }, paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 40, bold: true }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading4: { run: { font: FONT, size: 24, bold: true, italics: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        heading5: { run: { font: FONT, size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
        heading6: { run: { font: FONT, size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
      // Word's built-in names: pandoc reads "Subtitle" as the subtitle and "Quote" as a block quote.
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { color: '444444', size: 24 } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: INDENT, right: INDENT } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullet', levels: levels(LevelFormat.BULLET, 1) },
        ...[...orderedReferences].map(([reference, config]) => ({ reference, levels: config })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 },
          },
        },
        headers: { default: letterhead(officeName, readLogo(settings.logo)) },
        footers: { default: pageFooter(language) },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(input, keywords) }]);
}
