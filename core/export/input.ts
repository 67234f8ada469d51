// What an exporter is given, and what the HTML and DOCX exporters derive from it alike: the
// description, the dates with the office's UTC offset, the dateline, and the closing paragraphs.
import type { DocNode, Language, Release } from '../model';
import { docToText } from '../doc-text';
import type { EntityKind } from '../registry/types';
import { cleanText } from './doc-walker';
import type { ExportSettings } from './settings';

/** A tagged entity as publications name it: in the release's language, with links to it elsewhere. */
export interface ExportEntity {
  name: string;
  kind: EntityKind;
  /** Pages about the same entity (Wikidata, Wikipedia, its own site); only http(s) ones are written. */
  sameAs?: string[];
}

export interface ExportInput {
  release: Pick<Release, 'id' | 'title' | 'lead' | 'dateline' | 'releaseDate' | 'language' | 'body' | 'createdAt' | 'updatedAt'>;
  settings: ExportSettings;
  keywords?: string[];
  /** What the release is about, and who or what else it names. */
  about?: ExportEntity[];
  mentions?: ExportEntity[];
  /** The application and version that wrote the file, e.g. "Pressdesk 0.1.0". */
  generator?: string;
  /** Set while an embargo is in force: every export then carries the notice at its top. */
  embargo?: { until: number; timeZone: string };
}

export const LOCALES: Record<Language, { tag: string; og: string; pressRelease: string }> = {
  az: { tag: 'az-Latn-AZ', og: 'az_AZ', pressRelease: 'Mətbuat relizi' },
  // The English version goes out under og:locale en_US, so its spelling checks follow the same variant.
  en: { tag: 'en-US', og: 'en_US', pressRelease: 'Press release' },
  ru: { tag: 'ru-RU', og: 'ru_RU', pressRelease: 'Пресс-релиз' },
};

/** "Səhifə 3 / 5": the words around the page number and the page count, in DOCX footers and PDF margins. */
export const PAGE_LABELS: Record<Language, [string, string, string]> = {
  az: ['Səhifə ', ' / ', ''],
  en: ['Page ', ' of ', ''],
  ru: ['Страница ', ' из ', ''],
};

const DESCRIPTION_MAX = 300;

/** The lead, or the body's first paragraph when there is none, cut at a word near 300 characters. */
export function releaseDescription(release: ExportInput['release']): string {
  const source = cleanText(release.lead).trim() || firstParagraph(release.body);
  const text = source.replace(/\s+/g, ' ');
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The first paragraph with words in it; headings name a section, they do not describe the release. */
function firstParagraph(node: DocNode): string {
  if (node.type === 'paragraph') return cleanText(docToText(node)).trim();
  for (const child of node.content ?? []) {
    const text = firstParagraph(child);
    if (text) return text;
  }
  return '';
}

/** Offset of `timeZone` from UTC at `epochMs`, in minutes. */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

function withOffset(wallMs: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${new Date(wallMs).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** An instant as ISO 8601 local time in `timeZone` with its offset, e.g. 2024-04-03T15:20:11+04:00. */
export function isoInZone(epochMs: number, timeZone: string): string {
  const offset = offsetMinutes(epochMs, timeZone);
  return withOffset(epochMs + offset * 60_000, offset);
}

/**
 * When the release is published: the start of its release date in the office's time zone (a
 * release carries a day, not an hour), or the moment it was created when it has no date yet.
 */
export function publishedAt(release: ExportInput['release'], timeZone: string): string {
  if (!release.releaseDate) return isoInZone(release.createdAt, timeZone);
  const [year, month, day] = release.releaseDate.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day);
  return withOffset(wall, offsetMinutes(wall - offsetMinutes(wall, timeZone) * 60_000, timeZone));
}

/** "Bakı, 3 aprel 2024": the dateline and the release date in the release's language, as far as they are given. */
export function datelineText(release: ExportInput['release']): string {
  const date = release.releaseDate
    ? new Intl.DateTimeFormat(LOCALES[release.language].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${release.releaseDate}T00:00:00Z`))
    : '';
  return [cleanText(release.dateline).trim(), date].filter(Boolean).join(', ');
}

/** A settings text (boilerplate, media contact) as body paragraphs, its single line breaks kept. */
export function settingBlocks(text: string): DocNode[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return paragraphs.map((paragraph) => ({
    type: 'paragraph',
    content: paragraph
      .split('\n')
      .flatMap((line, i): DocNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]),
  }));
}

/** Only web addresses may stand as links to an entity. */
export function entityLinks(entity: ExportEntity): string[] {
  return (entity.sameAs ?? []).filter((url) => /^https?:\/\/\S+$/i.test(url));
}
