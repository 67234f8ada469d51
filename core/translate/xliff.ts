// XLIFF 2.0 for an outside translator: a version of a release goes out as one file, comes back
// translated, and its targets are matched to the segments by id, with every conflict reported.
// 2.0 rather than 1.2: it is the current OASIS standard (Trados Studio, memoQ and Phrase read it),
// its core has a schema small enough to check every file against, and its <pc>/<ph>/<sc>/<ec>
// carry our placeholders as codes the translator's tool protects.
//
// One <unit> per segment, both with the segment's id, and canResegment="no": a tool that joined or
// split segments would break the ids the file is read back by. A placeholder's k-th occurrence in
// a segment is the inline code p<n> (k = 1) or p<n>-<k>; source and target share these ids, which
// is how XLIFF ties a code in the translation to the one in the source.
import { MAX_SEGMENT_CHARS } from '../limits';
import type { Language } from '../api';
import { formatPlaceholders, pairPlaceholders, parsePlaceholders, placeholderCode, placeholderCodes, type PlaceholderKind } from './placeholder-text';
import { escapeAttr, escapeText, walkXml } from './xml-text';

export const SEGMENT_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export interface XliffSegment {
  id: string;
  source: string;
  target?: string;
  state: SegmentState;
}

export interface XliffVersion {
  /** The release version the file is made from; it names the <file>. */
  id: string | number;
  srcLang: Language;
  trgLang: Language;
  segments: readonly XliffSegment[];
}

export class XliffFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XliffFormatError';
  }
}

const NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
// XML NMTOKEN, as far as our ids go: the schema types every id with it.
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

function inlineMarkup(text: string): string {
  const parts = parsePlaceholders(text);
  const pairs = pairPlaceholders(parts);
  // A pair that crosses another cannot be a <pc> element: such pairs become <sc>/<ec>.
  const crossing = new Set<number>();
  for (const [a, b] of pairs) {
    if (a > b) continue;
    for (const [c, d] of pairs) if (c < d && a < c && c < b && b < d) crossing.add(a).add(b).add(c).add(d);
  }
  const occurrences = new Map<string, number>();
  const ids = new Map<number, string>();
  const idOf = (index: number, id: string) => {
    const k = (occurrences.get(id) ?? 0) + 1;
    occurrences.set(id, k);
    const code = k === 1 ? `p${id}` : `p${id}-${k}`;
    ids.set(index, code);
    return code;
  };
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeText(part.text);
      const disp = escapeAttr(placeholderCode(part.kind, part.id));
      if (part.kind === 'point') return `<ph id="${idOf(index, part.id)}" disp="${disp}"/>`;
      const partner = pairs.get(index);
      if (partner === undefined) {
        return `<${part.kind === 'open' ? 'sc' : 'ec'} id="${idOf(index, part.id)}" isolated="yes" disp="${disp}"/>`;
      }
      if (part.kind === 'close') {
        return crossing.has(index) ? `<ec startRef="${ids.get(partner)}" disp="${disp}"/>` : '</pc>';
      }
      const closing = escapeAttr(placeholderCode('close', part.id));
      return crossing.has(index)
        ? `<sc id="${idOf(index, part.id)}" disp="${disp}"/>`
        : `<pc id="${idOf(index, part.id)}" dispStart="${disp}" dispEnd="${closing}">`;
    })
    .join('');
}

export function writeXliff(version: XliffVersion): string {
  const fileId = `r${String(version.id).replace(/[^\p{L}\p{N}._-]/gu, '_')}`;
  const units = version.segments.map((segment) => {
    if (!NMTOKEN.test(segment.id)) throw new XliffFormatError(`segment id ${JSON.stringify(segment.id)} cannot be an XLIFF id`);
    const hasTarget = segment.target !== undefined && segment.target.trim() !== '';
    const state = hasTarget ? segment.state : 'initial';
    const target = hasTarget ? `\n        <target>${inlineMarkup(segment.target!)}</target>` : '';
    return (
      `    <unit id="${segment.id}">\n      <segment id="${segment.id}" state="${state}">\n` +
      `        <source>${inlineMarkup(segment.source)}</source>${target}\n      </segment>\n    </unit>\n`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${NAMESPACE}" version="2.0" srcLang="${version.srcLang}" trgLang="${version.trgLang}">\n` +
    `  <file id="${fileId}" canResegment="no" xml:space="preserve">\n${units.join('')}  </file>\n</xliff>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Reading the translated file back

export interface ExpectedVersion {
  srcLang: Language;
  trgLang: Language;
  /** The version's segments as they are now. */
  segments: readonly { id: string; source: string }[];
}

export type XliffConflict =
  /** The file is cut short: segments after the cut are reported missing. */
  | { kind: 'truncated' }
  /** The file's languages are not the version's. */
  | { kind: 'language'; expected: string; found: string }
  /** A segment id the version does not have (left out of the targets). */
  | { kind: 'unknown-segment'; id: string }
  /** A segment of the version the file does not have. */
  | { kind: 'missing-segment'; id: string }
  /** The same segment id twice in the file; the first was kept. */
  | { kind: 'duplicate-segment'; id: string }
  /** A translation longer than a segment may be (core/limits.ts); left out of the targets. */
  | { kind: 'too-long'; id: string }
  /** The source was edited since the file was made: the translation may be of the old text. */
  | { kind: 'source-changed'; id: string; exported: string; current: string }
  /** The target lacks codes of the source or has codes the source does not. */
  | { kind: 'placeholders'; id: string; missing: string[]; extra: string[] };

export interface XliffTarget {
  id: string;
  text: string;
  state: SegmentState;
}

export interface XliffRead {
  /** Every translated segment the version has, in the file's order, conflicts or not. */
  targets: XliffTarget[];
  /** Segments of the version present in the file but not translated. */
  untranslated: string[];
  conflicts: XliffConflict[];
}

const OUR_CODE = /^p(\d+)(?:-\d+)?$/;

interface ReadSegment {
  id: string;
  state: SegmentState;
  source: string;
  target?: string;
  /** Codes in the target that are none of ours, as written (<pc id="x">). */
  foreign: string[];
}

/** Text and codes of <source> or <target>, back in placeholder notation. */
class InlineReader {
  parts: ({ kind: 'text'; text: string } | { kind: PlaceholderKind; id: string })[] = [];
  foreign: string[] = [];
  private pcStack: (string | undefined)[] = [];

  text(text: string): void {
    this.parts.push({ kind: 'text', text });
  }

  open(name: string, attrs: Record<string, string>): void {
    if (name === 'cp') {
      const code = Number.parseInt(attrs.hex ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) this.text(String.fromCodePoint(code));
      return;
    }
    const kind: PlaceholderKind | undefined =
      name === 'ph' ? 'point' : name === 'pc' || name === 'sc' ? 'open' : name === 'ec' ? 'close' : undefined;
    // <mrk>, <sm>, <em>: annotations a tool added (terms, comments); their text is kept.
    if (!kind) return;
    const ref = name === 'ec' ? (attrs.startRef ?? attrs.id) : attrs.id;
    const id = OUR_CODE.exec(ref ?? '')?.[1];
    if (name === 'pc') this.pcStack.push(id);
    if (id === undefined) this.foreign.push(`<${name}${ref === undefined ? '' : ` id="${ref}"`}>`);
    else this.parts.push({ kind, id });
  }

  close(name: string): void {
    if (name !== 'pc') return;
    const id = this.pcStack.pop();
    if (id !== undefined) this.parts.push({ kind: 'close', id });
  }

  result(): string {
    return formatPlaceholders(this.parts);
  }
}

function readSegments(xml: string): { srcLang: string; trgLang: string; segments: ReadSegment[]; truncated: boolean } {
  let root: Record<string, string> | undefined;
  let truncated = false;
  const segments: ReadSegment[] = [];
  let unitId: string | undefined;
  let segment: ReadSegment | undefined;
  let inline: { reader: InlineReader; into: 'source' | 'target' } | undefined;
  walkXml(xml, {
    open(name, attrs) {
      if (name === 'xliff') root = attrs;
      else if (inline) inline.reader.open(name, attrs);
      else if (name === 'unit') unitId = attrs.id;
      else if (name === 'segment') {
        const state = (SEGMENT_STATES as readonly string[]).includes(attrs.state) ? (attrs.state as SegmentState) : 'initial';
        segment = { id: attrs.id ?? unitId ?? '', state, source: '', foreign: [] };
      } else if (segment && (name === 'source' || name === 'target')) inline = { reader: new InlineReader(), into: name };
    },
    text(text) {
      inline?.reader.text(text);
    },
    close(name, cut) {
      // A segment the file ends inside is left out: its target may be half a sentence.
      if (cut) {
        truncated = true;
        segment = inline = undefined;
        return;
      }
      if (inline && segment && name === inline.into) {
        const text = inline.reader.result();
        if (inline.into === 'source') segment.source = text;
        else {
          segment.target = text;
          segment.foreign = inline.reader.foreign;
        }
        inline = undefined;
      } else if (inline) inline.reader.close(name);
      else if (name === 'segment' && segment) {
        segments.push(segment);
        segment = undefined;
      } else if (name === 'unit') unitId = undefined;
    },
  });
  if (!root) throw new XliffFormatError('this is not an XLIFF file: it has no <xliff> element');
  const version = root.version ?? '';
  if (!version.startsWith('2.')) {
    throw new XliffFormatError(`this is XLIFF ${version || 'of an unknown version'}; Pressdesk reads XLIFF 2.0`);
  }
  return { srcLang: root.srcLang ?? '', trgLang: root.trgLang ?? '', segments, truncated };
}

const comparable = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Placeholders compared as sets, as restoreMarks() restores them: a mark the source uses twice may
 * cover one stretch of the translation, but a mark the target lacks, or one the source never had,
 * is lost formatting.
 */
function placeholderConflict(id: string, source: string, target: string, foreign: string[]): XliffConflict | undefined {
  const want = placeholderCodes(source);
  const have = new Set(placeholderCodes(target));
  const missing = want.filter((code) => !have.has(code));
  const extra = [...[...have].filter((code) => !want.includes(code)), ...foreign];
  return missing.length || extra.length ? { kind: 'placeholders', id, missing, extra } : undefined;
}

export function readXliff(xml: string, expected: ExpectedVersion): XliffRead {
  const file = readSegments(xml);
  const conflicts: XliffConflict[] = file.truncated ? [{ kind: 'truncated' }] : [];
  const found = `${file.srcLang}→${file.trgLang}`;
  const wanted = `${expected.srcLang}→${expected.trgLang}`;
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  if (primary(file.srcLang) !== expected.srcLang || primary(file.trgLang) !== expected.trgLang) {
    conflicts.push({ kind: 'language', expected: wanted, found });
  }
  const current = new Map(expected.segments.map((segment) => [segment.id, segment.source]));
  const seen = new Set<string>();
  const targets: XliffTarget[] = [];
  const untranslated: string[] = [];
  for (const segment of file.segments) {
    const source = current.get(segment.id);
    if (source === undefined) {
      conflicts.push({ kind: 'unknown-segment', id: segment.id });
      continue;
    }
    if (seen.has(segment.id)) {
      conflicts.push({ kind: 'duplicate-segment', id: segment.id });
      continue;
    }
    seen.add(segment.id);
    if (comparable(segment.source) !== comparable(source)) {
      conflicts.push({ kind: 'source-changed', id: segment.id, exported: segment.source, current: source });
    }
    const text = segment.target?.trim() ?? '';
    if (!text) {
      untranslated.push(segment.id);
      continue;
    }
    if (text.length > MAX_SEGMENT_CHARS) {
      conflicts.push({ kind: 'too-long', id: segment.id });
      continue;
    }
    targets.push({ id: segment.id, text, state: segment.state });
    const mismatch = placeholderConflict(segment.id, source, text, segment.foreign);
    if (mismatch) conflicts.push(mismatch);
  }
  for (const { id } of expected.segments) if (!seen.has(id)) conflicts.push({ kind: 'missing-segment', id });
  return { targets, untranslated, conflicts };
}
