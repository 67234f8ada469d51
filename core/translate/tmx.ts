// TMX 1.4b, the translation-memory exchange every CAT tool reads and writes (OmegaT, Trados,
// memoQ, Wordfast): the service's own memory handed to others, and theirs taken in.
//
// Placeholders are written as TMX inline elements, not as text: a tool that reads "{1}" as text
// would count it as words, match it against nothing and let a translator type over it, while
// <bpt>/<ept>/<ph> are codes it protects and carries into the translation. Each element holds our
// own code ("{1}", "{/1}", "{2/}") as its native data, so reading our files back is exact; `i` pairs
// a <bpt> with its <ept> and `x` links the same code across the languages of a unit (the k-th
// occurrence of placeholder n gets x = n + 100·(k−1), so a mark used twice in a sentence keeps
// distinct x values). Codes from other tools become placeholders numbered in the order they first
// appear in the source, as segment.ts numbers them; <hi> is annotation, not formatting, so its
// text is kept and the element dropped.
import { MAX_SEGMENT_CHARS } from '../limits';
import type { Language } from '../model';
import { LOCALES } from '../export/input';
import { checkXml, describeFault } from './xml-check';
import { formatPlaceholders, pairPlaceholders, parsePlaceholders, type PlaceholderKind } from './placeholder-text';
import { escapeAttr, escapeText, walkXml } from './xml-text';
import { CodedError } from '../errors';

export interface TmxUnit {
  sourceLang: Language;
  targetLang: Language;
  source: string;
  target: string;
}

export interface TmxWriteUnit extends TmxUnit {
  createdAt?: number;
  updatedAt?: number;
}

export interface TmxWriteOptions {
  /** The header's source language; a unit in another source language says so in its own srclang. */
  srcLang: Language;
  adminLang: Language;
  creationTool: string;
  creationToolVersion: string;
  /** For the header's creationdate; defaults to now. */
  now?: number;
}

/** TMX dates are basic ISO 8601 in UTC: 20240603T101500Z. */
function tmxDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function segContent(text: string): string {
  const parts = parsePlaceholders(text);
  const pairs = pairPlaceholders(parts);
  const occurrences = new Map<string, number>();
  const x = (id: string) => {
    const k = occurrences.get(id) ?? 0;
    occurrences.set(id, k + 1);
    return Number(id) + 100 * k;
  };
  const pairIndex = new Map<number, number>();
  let i = 0;
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeText(part.text);
      const code = escapeText(text.slice(part.start, part.end));
      if (part.kind === 'point') return `<ph x="${x(part.id)}">${code}</ph>`;
      const partner = pairs.get(index);
      if (partner === undefined) return `<it pos="${part.kind === 'open' ? 'begin' : 'end'}" x="${x(part.id)}">${code}</it>`;
      if (part.kind === 'open') {
        pairIndex.set(index, ++i);
        return `<bpt i="${i}" x="${x(part.id)}">${code}</bpt>`;
      }
      return `<ept i="${pairIndex.get(partner)}">${code}</ept>`;
    })
    .join('');
}

function tuv(lang: Language, text: string): string {
  return `      <tuv xml:lang="${lang}"><seg>${segContent(text)}</seg></tuv>\n`;
}

export function writeTmx(units: readonly TmxWriteUnit[], options: TmxWriteOptions): string {
  const header =
    `  <header creationtool="${escapeAttr(options.creationTool)}" creationtoolversion="${escapeAttr(options.creationToolVersion)}"` +
    ` segtype="sentence" o-tmf="${escapeAttr(options.creationTool)}" adminlang="${options.adminLang}"` +
    ` srclang="${options.srcLang}" datatype="plaintext" o-encoding="UTF-8" creationdate="${tmxDate(options.now ?? Date.now())}"/>\n`;
  const body = units.map((unit) => {
    const attrs = [
      unit.sourceLang === options.srcLang ? '' : ` srclang="${unit.sourceLang}"`,
      unit.createdAt === undefined ? '' : ` creationdate="${tmxDate(unit.createdAt)}"`,
      unit.updatedAt === undefined ? '' : ` changedate="${tmxDate(unit.updatedAt)}"`,
    ].join('');
    return `    <tu${attrs}>\n${tuv(unit.sourceLang, unit.source)}${tuv(unit.targetLang, unit.target)}    </tu>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n${header}  <body>\n${body.join('')}  </body>\n</tmx>\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading

export type TmxWarningCode =
  /** A variant in a language Pressdesk does not translate (the detail names it); left out. */
  | 'other-language'
  /** A variant without xml:lang (or TMX 1.1 lang); left out. */
  | 'no-language'
  /** The unit's source language has no variant in it; the unit gave nothing. */
  | 'no-source'
  /** Fewer than two usable variants: nothing to pair. */
  | 'no-pair'
  /** A variant with no text. */
  | 'empty'
  /** Two variants with the same language tag; the first was kept. */
  | 'duplicate-language'
  /** Another regional or script variant of a language than the one kept (the detail names both). */
  | 'other-variant'
  /** The file is cut short; a unit it ends inside is left out. */
  | 'truncated'
  /** A variant longer than a segment may be (core/limits.ts); left out. */
  | 'too-long';

export interface TmxWarning {
  code: TmxWarningCode;
  detail: string;
  /** How many times, and the first unit (1-based) it happened in. */
  count: number;
  firstUnit: number;
}

export interface TmxRead {
  units: TmxUnit[];
  /** Header srclang, as written. */
  srcLang: string;
  warnings: TmxWarning[];
}

export class TmxFormatError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'TmxFormatError';
  }
}

/** "az", "az-Latn-AZ", "AZ_az" → az; "ru-RU" → ru; "en-GB" → en; Azerbaijani in Cyrillic and the rest → undefined. */
export function tmxLanguage(tag: string): Language | undefined {
  const [primary, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (primary === 'az') return rest.includes('cyrl') ? undefined : 'az';
  return primary === 'en' || primary === 'ru' ? primary : undefined;
}

/** The tags each language is best matched by: the office's own (en-US for English), as the exports write them. */
export const PREFERRED_TAGS: Record<Language, string> = { az: LOCALES.az.tag, en: LOCALES.en.tag, ru: LOCALES.ru.tag };

/**
 * How well a tag fits the preferred tag of its language, BCP 47 lookup style: the same tag, then
 * the same region (en_us for en-US), then the bare language ("en", which covers every region),
 * then any other region or script (en-GB when en-US is wanted).
 */
export function tagFit(tag: string, preferred: string): number {
  const subtags = (value: string) => value.trim().toLowerCase().split(/[-_]/);
  const have = subtags(tag);
  const want = subtags(preferred);
  if (have.join('-') === want.join('-')) return 3;
  const region = (parts: string[]) => parts.slice(1).find((part) => /^([a-z]{2}|\d{3})$/.test(part));
  if (region(have) !== undefined && region(have) === region(want)) return 2;
  return have.length === 1 ? 1 : 0;
}

export interface TmxReadOptions {
  /** The variant kept where a unit has several of one language; by default the office's tags. */
  preferred?: Partial<Record<Language, string>>;
}

/** A placeholder as read: our own number, or a key from another tool's i/x to be numbered per unit. */
type ReadCode = { kind: PlaceholderKind; own?: string; key: string };
type ReadPart = { kind: 'text'; text: string } | ReadCode;

interface Variant {
  lang: string;
  parts: ReadPart[];
}

const OWN_CODE: Record<PlaceholderKind, RegExp> = { open: /^\{(\d+)\}$/, close: /^\{\/(\d+)\}$/, point: /^\{(\d+)\/\}$/ };
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Units of every language pair the file holds for az/en/ru, with warnings for what was left out. */
export function readTmx(xml: string, options: TmxReadOptions = {}): TmxRead {
  const check = checkXml(xml);
  if (check.fault) throw new TmxFormatError(describeFault(check.fault));
  const preferred = { ...PREFERRED_TAGS, ...options.preferred };
  const warnings = new Map<string, TmxWarning>();
  let unitNumber = 0;
  const warn = (code: TmxWarningCode, detail: string) => {
    const key = `${code}\u0000${detail}`;
    const existing = warnings.get(key);
    if (existing) existing.count++;
    else warnings.set(key, { code, detail, count: 1, firstUnit: unitNumber });
  };
  const units: TmxUnit[] = [];
  let sawRoot = false;
  let headerSrcLang = '';
  let tuSrcLang: string | undefined;
  let variants: Variant[] | undefined;
  let variant: Variant | undefined;
  let inSeg = false;
  // Inside an inline code: its native data is gathered, and <sub> text inside it is dropped.
  let code: { name: string; attrs: Record<string, string>; data: string; subDepth: number } | undefined;
  // <bpt i> → the key its <ept> closes.
  let bptKeys = new Map<string, string>();
  let ordinal = 0;

  walkXml(xml, {
    open(name, attrs) {
      if (name === 'tmx') sawRoot = true;
      else if (name === 'header') headerSrcLang = attrs.srclang ?? '';
      else if (name === 'tu') {
        unitNumber++;
        tuSrcLang = attrs.srclang;
        variants = [];
      } else if (name === 'tuv' && variants) {
        variant = { lang: attrs['xml:lang'] ?? attrs.lang ?? '', parts: [] };
        bptKeys = new Map();
        ordinal = 0;
      } else if (name === 'seg' && variant) inSeg = true;
      else if (inSeg && code) {
        if (name === 'sub') code.subDepth++;
      } else if (inSeg && CODE_ELEMENTS.has(name)) code = { name, attrs, data: '', subDepth: 0 };
    },
    text(text) {
      if (code) {
        if (code.subDepth === 0) code.data += text;
      } else if (inSeg && variant) variant.parts.push({ kind: 'text', text });
    },
    close(name, cut) {
      // A unit the file ends inside is left out whole: its last variant may be half a sentence.
      if (cut) {
        if (name === 'tmx') warn('truncated', 'the file ends before </tmx>');
        variants = undefined;
        return;
      }
      if (code) {
        if (name === 'sub') code.subDepth--;
        else if (name === code.name) {
          variant!.parts.push(readCode(code.name, code.attrs, code.data.trim(), bptKeys, ++ordinal));
          code = undefined;
        }
      } else if (name === 'seg') inSeg = false;
      else if (name === 'tuv' && variant && variants) {
        variants.push(variant);
        variant = undefined;
      } else if (name === 'tu' && variants) {
        units.push(...pairsOf(variants, tuSrcLang ?? headerSrcLang, preferred, warn));
        variants = undefined;
      }
    },
  });
  if (!sawRoot) throw new TmxFormatError('this is not a TMX file: it has no <tmx> element');
  return { units, srcLang: headerSrcLang, warnings: [...warnings.values()] };
}

function readCode(name: string, attrs: Record<string, string>, data: string, bptKeys: Map<string, string>, ordinal: number): ReadPart {
  const kind: PlaceholderKind = name === 'bpt' ? 'open' : name === 'ept' ? 'close' : name === 'it' ? (attrs.pos === 'end' ? 'close' : 'open') : 'point';
  const own = OWN_CODE[kind].exec(data)?.[1];
  let key: string;
  if (name === 'ept') key = bptKeys.get(attrs.i ?? '') ?? `i:${attrs.i}`;
  else key = attrs.x !== undefined ? `x:${attrs.x}` : name === 'bpt' ? `i:${attrs.i}` : `${name}:${ordinal}`;
  if (name === 'bpt') bptKeys.set(attrs.i ?? '', key);
  return { kind, key, ...(own === undefined ? {} : { own }) };
}

/** The segment text of a variant, numbering other tools' codes through `numbers` (shared by the unit). */
function segmentText(parts: ReadPart[], numbers: Map<string, string>, next: () => string): string {
  const out = parts.map((part) => {
    if (part.kind === 'text') return part;
    let id = part.own;
    if (id === undefined) {
      id = numbers.get(part.key);
      if (id === undefined) numbers.set(part.key, (id = next()));
    }
    return { kind: part.kind, id };
  });
  return formatPlaceholders(out).trim();
}

function pairsOf(variants: Variant[], srcLang: string, preferred: Record<Language, string>, warn: (code: TmxWarningCode, detail: string) => void): TmxUnit[] {
  // The unit's own source tag is the variant it was written from, so it wins in its language.
  const sourceLanguage = tmxLanguage(srcLang);
  const wanted = sourceLanguage ? { ...preferred, [sourceLanguage]: srcLang } : preferred;
  const best = new Map<Language, { lang: string; parts: ReadPart[]; fit: number }>();
  for (const { lang, parts } of variants) {
    const language = tmxLanguage(lang);
    if (!lang) {
      warn('no-language', 'a variant without a language');
      continue;
    }
    if (!language) {
      warn('other-language', lang);
      continue;
    }
    const fit = tagFit(lang, wanted[language]);
    const kept = best.get(language);
    if (!kept) best.set(language, { lang, parts, fit });
    else if (kept.lang.toLowerCase() === lang.toLowerCase()) warn('duplicate-language', lang);
    else if (fit > kept.fit) {
      warn('other-variant', `${kept.lang} (${lang} kept)`);
      best.set(language, { lang, parts, fit });
    } else warn('other-variant', `${lang} (${kept.lang} kept)`);
  }
  const texts = new Map([...best].map(([language, { parts }]) => [language, parts]));
  const all = !srcLang || srcLang === '*all*';
  const source = all ? undefined : tmxLanguage(srcLang);
  if (!all && (!source || !texts.has(source))) {
    warn('no-source', srcLang);
    return [];
  }
  if (texts.size < 2) {
    warn('no-pair', [...texts.keys()].join(', ') || 'no usable variant');
    return [];
  }
  const units: TmxUnit[] = [];
  for (const sourceLang of source ? [source] : [...texts.keys()]) {
    // Other tools' codes are numbered in the order the source shows them, as segment.ts numbers marks.
    const numbers = new Map<string, string>();
    const sourceParts = texts.get(sourceLang)!;
    const ownIds = [...texts.values()].flat().flatMap((part) => (part.kind !== 'text' && part.own ? [Number(part.own)] : []));
    let last = Math.max(0, ...ownIds);
    const next = () => String(++last);
    const sourceText = segmentText(sourceParts, numbers, next);
    if (!sourceText) {
      warn('empty', sourceLang);
      continue;
    }
    if (sourceText.length > MAX_SEGMENT_CHARS) {
      warn('too-long', sourceLang);
      continue;
    }
    for (const [targetLang, parts] of texts) {
      if (targetLang === sourceLang) continue;
      const target = segmentText(parts, numbers, next);
      if (!target) warn('empty', targetLang);
      else if (target.length > MAX_SEGMENT_CHARS) warn('too-long', targetLang);
      else units.push({ sourceLang, targetLang, source: sourceText, target });
    }
  }
  return units;
}
