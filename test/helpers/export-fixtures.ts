// Releases the exporter tests run through HTML and DOCX alike: every block and mark the editor
// has, and a text with every Azerbaijani and Russian letter and the characters that break exports.
import { crc32, deflateSync } from 'node:zlib';
import type { DocNode, Language } from '../../core/api';
import type { ExportInput } from '../../core/export/input';
import { defaultExportSettings, type ExportSettings } from '../../core/export/settings';

type MarkSpec = { type: string; attrs?: Record<string, unknown> };
export const t = (text: string, ...marks: MarkSpec[]): DocNode => ({ type: 'text', text, ...(marks.length && { marks }) });
export const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', ...(content.length && { content }) });
const h = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const ul = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items });
const ol = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start, type: null }, content: items });
const br: DocNode = { type: 'hardBreak' };
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const underline = { type: 'underline' };
const strike = { type: 'strike' };
export const link = (href: string): MarkSpec => ({
  type: 'link',
  attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
});
const cell = (type: 'tableHeader' | 'tableCell', text: string): DocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [p(t(text))],
});

export const AZ_LETTERS = 'AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz';
export const RU_UPPER = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
export const RU_LOWER = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** Every letter, a decomposed ü, NBSP, soft hyphen, emoji, the markup characters and U+000B/U+000C. */
const ALL_LETTERS = `${AZ_LETTERS} ${RU_UPPER} ${RU_LOWER} u\u0308 nb\u00A0sp soft\u00ADhyphen 🇦🇿😀 &<>"' vt\u000Bff\u000Cend`;
/** ALL_LETTERS as every export must carry it: U+000B a line break, U+000C a space, the rest exactly kept. */
export const ALL_LETTERS_LINES = [`${AZ_LETTERS} ${RU_UPPER} ${RU_LOWER} u\u0308 nb\u00A0sp soft\u00ADhyphen 🇦🇿😀 &<>"' vt`, 'ff end'];

export interface Fixture {
  name: string;
  language: Language;
  title: string;
  body: DocNode;
}

export const FIXTURES: Fixture[] = [
  {
    name: 'headings',
    language: 'az',
    title: 'Qazaxıstan nümayəndə heyəti ilə görüş',
    body: {
      type: 'doc',
      content: [
        h(1, 'Görüşün gedişi'),
        p(t('Baş prokuror qonaqları salamlayıb.')),
        h(2, 'Əməkdaşlıq sahələri'),
        p(t('Tərəflər korrupsiyaya qarşı mübarizədən danışıblar.')),
        h(3, 'Növbəti addımlar'),
        p(t('Memorandum imzalanıb.')),
      ],
    },
  },
  {
    name: 'lists',
    language: 'ru',
    title: 'Встреча с делегацией Казахстана',
    body: {
      type: 'doc',
      content: [
        p(t('Обсуждены вопросы:')),
        ol(
          1,
          li(p(t('экстрадиция'))),
          li(p(t('правовая помощь')), ol(1, li(p(t('по уголовным делам'))), li(p(t('по гражданским делам'))))),
          li(p(t('обмен опытом'))),
        ),
        p(t('Участники:')),
        ul(li(p(t('прокуроры')), ul(li(p(t('Азербайджан')), ul(li(p(t('Баку'))))), li(p(t('Казахстан'))))), li(p(t('эксперты')))),
        p(t('Следующие шаги:')),
        ol(1, li(p(t('подписать протокол'))), li(p(t('провести семинар')))),
        ol(4, li(p(t('четвёртый пункт'))), li(p(t('пятый пункт')))),
      ],
    },
  },
  {
    name: 'marks',
    language: 'en',
    title: 'Meeting with the INTERPOL delegation',
    body: {
      type: 'doc',
      content: [
        p(
          t('The '),
          t('Prosecutor General', bold),
          t(' met '),
          t('the delegation', italic),
          t(' of '),
          t('INTERPOL', underline),
          t(', not '),
          t('Europol', strike),
          t(', and '),
          t('both', bold, italic),
          t('.'),
        ),
        p(
          t('Details on '),
          t('the site', link('https://genprosecutor.gov.az/en/news?id=1&lang=en')),
          t(' and by '),
          t('mail', bold, link('mailto:press@genprosecutor.gov.az')),
          t('.'),
        ),
        p(t('Read '), t('bold link', bold, link('https://example.org/a')), t(' plain link', link('https://example.org/a')), t(' here.')),
      ],
    },
  },
  {
    // What Word files bring: deep headings, raised and lowered text, lettered and Roman lists that
    // start where Word counted them, a header row.
    name: 'word-structure',
    language: 'az',
    title: 'Sahə və tərkib',
    body: {
      type: 'doc',
      content: [
        h(4, 'Dördüncü səviyyə'),
        p(t('Sahə 120 m'), t('2', { type: 'superscript' }), t(', qaz CO'), t('2', { type: 'subscript' }), t(', 1'), t('st', { type: 'superscript' }), t('.')),
        h(5, 'Beşinci səviyyə'),
        { type: 'orderedList', attrs: { start: 3, type: 'a' }, content: [li(p(t('üçüncü bənd'))), li(p(t('dördüncü bənd')))] },
        h(6, 'Altıncı səviyyə'),
        { type: 'orderedList', attrs: { start: 1, type: 'I' }, content: [li(p(t('birinci'))), li(p(t('ikinci')))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Ad'), cell('tableHeader', 'Say')] },
            { type: 'tableRow', content: [cell('tableCell', 'Əli'), cell('tableCell', '3')] },
          ],
        },
      ],
    },
  },
  {
    name: 'blocks',
    language: 'az',
    title: 'Cədvəl və sitat',
    body: {
      type: 'doc',
      content: [
        p(t('Birinci sətir'), br, t('ikinci sətir')),
        { type: 'blockquote', content: [p(t('Qanunun aliliyi hər şeydən üstündür.'))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Ölkə'), cell('tableHeader', 'Say')] },
            { type: 'tableRow', content: [cell('tableCell', 'Qazaxıstan'), cell('tableCell', '3')] },
            { type: 'tableRow', content: [cell('tableCell', 'Özbəkistan'), cell('tableCell', '5')] },
          ],
        },
        p(t('Son.')),
      ],
    },
  },
  {
    name: 'letters',
    language: 'az',
    title: `Hərflər: ${AZ_LETTERS}`,
    body: { type: 'doc', content: [p(t(ALL_LETTERS))] },
  },
];

/** A solid PNG of the given size, built here so the tests need no image file. */
export function pngLogo(width: number, height: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x33)]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

export const TEST_SETTINGS: ExportSettings = {
  ...defaultExportSettings,
  logo: pngLogo(120, 60),
  publisherUrl: 'https://genprosecutor.gov.az',
};

/** 2024-04-03 15:20:11 in Baku. */
export const UPDATED_AT = Date.UTC(2024, 3, 3, 11, 20, 11);

export function fixtureInput(fixture: Fixture, extra: Partial<ExportInput> = {}): ExportInput {
  return {
    release: {
      id: 7,
      title: fixture.title,
      lead: '',
      dateline: 'Bakı',
      releaseDate: '2024-04-03',
      language: fixture.language,
      body: fixture.body,
      createdAt: Date.UTC(2024, 3, 1, 6, 0, 0),
      updatedAt: UPDATED_AT,
    },
    settings: TEST_SETTINGS,
    generator: 'Pressdesk test',
    ...extra,
  };
}
