// XLIFF for an outside translator: a version of a release goes out as one file, comes back
// translated, and its targets are matched to the segments by id, with every conflict reported.
// 2.0 is the current OASIS standard and the default; 1.2 is still what many CAT tools (OmegaT,
// older Trados and memoQ set-ups) default to, so both are written and read. Our placeholders go out
// as codes the translator's tool protects: <pc>/<ph>/<sc>/<ec> in 2.0, <g>/<x>/<bx>/<ex> in 1.2.
//
// One <unit> (1.2: <trans-unit>) per segment, with the segment's id, and in 2.0 canResegment="no":
// a tool that joined or split segments would break the ids the file is read back by. A placeholder's k-th occurrence in
// a segment is the inline code p<n> (k = 1) or p<n>-<k>; source and target share these ids, which
// is how XLIFF ties a code in the translation to the one in the source.
import { MAX_SEGMENT_CHARS } from '../limits';
import type { Language } from '../model';
import { formatPlaceholders, pairPlaceholders, parsePlaceholders, placeholderCode, placeholderCodes, type PlaceholderKind } from './placeholder-text';
import { checkXml, describeFault } from './xml-check';
import { escapeAttr, escapeText, walkXml } from './xml-text';
import { CodedError } from '../errors';

export const XLIFF_VERSIONS = ['2.0', '1.2'] as const;
export type XliffDialect = (typeof XLIFF_VERSIONS)[number];

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

export class XliffFormatError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'XliffFormatError';
  }
}

const NAMESPACE: Record<XliffDialect, string> = {
  '2.0': 'urn:oasis:names:tc:xliff:document:2.0',
  '1.2': 'urn:oasis:names:tc:xliff:document:1.2',
};
// XML NMTOKEN, as far as our ids go: the schema types every id with it.
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

function inlineMarkup(text: string, dialect: XliffDialect): string {
  const parts = parsePlaceholders(text);
  const pairs = pairPlaceholders(parts);
  // A pair that crosses another cannot be one element (<pc>, <g>): such pairs become <sc>/<ec> (<bx>/<ex>).
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
  const v12 = dialect === '1.2';
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeText(part.text);
      const disp = escapeAttr(placeholderCode(part.kind, part.id));
      if (part.kind === 'point') return v12 ? `<x id="${idOf(index, part.id)}" equiv-text="${disp}"/>` : `<ph id="${idOf(index, part.id)}" disp="${disp}"/>`;
      const partner = pairs.get(index);
      if (partner === undefined) {
        const element = part.kind === 'open' ? (v12 ? 'bx' : 'sc') : v12 ? 'ex' : 'ec';
        return `<${element} id="${idOf(index, part.id)}"${v12 ? ` equiv-text="${disp}"` : ` isolated="yes" disp="${disp}"`}/>`;
      }
      if (part.kind === 'close') {
        if (!crossing.has(index)) return v12 ? '</g>' : '</pc>';
        // 1.2 links <ex> to its <bx> by rid; the <bx> carries its own id as rid.
        return v12 ? `<ex id="${ids.get(partner)}" rid="${ids.get(partner)}" equiv-text="${disp}"/>` : `<ec startRef="${ids.get(partner)}" disp="${disp}"/>`;
      }
      const closing = escapeAttr(placeholderCode('close', part.id));
      if (crossing.has(index)) {
        const code = idOf(index, part.id);
        return v12 ? `<bx id="${code}" rid="${code}" equiv-text="${disp}"/>` : `<sc id="${code}" disp="${disp}"/>`;
      }
      return v12 ? `<g id="${idOf(index, part.id)}">` : `<pc id="${idOf(index, part.id)}" dispStart="${disp}" dispEnd="${closing}">`;
    })
    .join('');
}

/** XLIFF 1.2 target states for ours; 1.2 has no "initial" target, so an untranslated unit has none. */
const STATE_12: Record<Exclude<SegmentState, 'initial'>, string> = { translated: 'translated', reviewed: 'signed-off', final: 'final' };

export function writeXliff(version: XliffVersion, dialect: XliffDialect = '2.0'): string {
  const fileId = `r${String(version.id).replace(/[^\p{L}\p{N}._-]/gu, '_')}`;
  const units = version.segments.map((segment) => {
    if (!NMTOKEN.test(segment.id)) throw new XliffFormatError(`segment id ${JSON.stringify(segment.id)} cannot be an XLIFF id`);
    const hasTarget = segment.target !== undefined && segment.target.trim() !== '';
    const state = hasTarget ? segment.state : 'initial';
    if (dialect === '1.2') {
      const target = hasTarget && state !== 'initial' ? `\n      <target state="${STATE_12[state]}">${inlineMarkup(segment.target!, dialect)}</target>` : '';
      return `    <trans-unit id="${segment.id}">\n      <source>${inlineMarkup(segment.source, dialect)}</source>${target}\n    </trans-unit>\n`;
    }
    const target = hasTarget ? `\n        <target>${inlineMarkup(segment.target!, dialect)}</target>` : '';
    return (
      `    <unit id="${segment.id}">\n      <segment id="${segment.id}" state="${state}">\n` +
      `        <source>${inlineMarkup(segment.source, dialect)}</source>${target}\n      </segment>\n    </unit>\n`
    );
  });
  if (dialect === '1.2') {
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${NAMESPACE['1.2']}" version="1.2">\n` +
      `  <file original="${fileId}" source-language="${version.srcLang}" target-language="${version.trgLang}" datatype="plaintext" xml:space="preserve">\n` +
      `  <body>\n${units.join('')}  </body>\n  </file>\n</xliff>\n`
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${NAMESPACE['2.0']}" version="2.0" srcLang="${version.srcLang}" trgLang="${version.trgLang}">\n` +
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

interface CodeElement {
  kind: PlaceholderKind | ((attrs: Record<string, string>) => PlaceholderKind);
  /** The attribute naming the code: an end code names its start. */
  ref: (attrs: Record<string, string>) => string | undefined;
  /** Holds its partner's end as the element's own end (<pc>, <g>). */
  paired?: boolean;
  /** Holds the original code as its content (1.2 <ph>/<bpt>/<ept>/<it>), which is not text. */
  native?: boolean;
}

const byId = (attrs: Record<string, string>) => attrs.id;
const byRid = (attrs: Record<string, string>) => attrs.rid ?? attrs.id;
const CODE_ELEMENTS: Record<XliffDialect, Record<string, CodeElement>> = {
  '2.0': {
    ph: { kind: 'point', ref: byId },
    pc: { kind: 'open', ref: byId, paired: true },
    sc: { kind: 'open', ref: byId },
    ec: { kind: 'close', ref: (attrs) => attrs.startRef ?? attrs.id },
  },
  '1.2': {
    x: { kind: 'point', ref: byId },
    g: { kind: 'open', ref: byId, paired: true },
    bx: { kind: 'open', ref: byRid },
    ex: { kind: 'close', ref: byRid },
    ph: { kind: 'point', ref: byId, native: true },
    bpt: { kind: 'open', ref: byRid, native: true },
    ept: { kind: 'close', ref: byRid, native: true },
    it: { kind: (attrs) => (attrs.pos === 'close' ? 'close' : 'open'), ref: byId, native: true },
  },
};

/** Text and codes of <source> or <target>, back in placeholder notation. */
class InlineReader {
  parts: ({ kind: 'text'; text: string } | { kind: PlaceholderKind; id: string })[] = [];
  foreign: string[] = [];
  private pairedStack: (string | undefined)[] = [];
  private nativeDepth = 0;

  constructor(private readonly codes: Record<string, CodeElement>) {}

  text(text: string): void {
    if (!this.nativeDepth) this.parts.push({ kind: 'text', text });
  }

  open(name: string, attrs: Record<string, string>): void {
    if (this.nativeDepth) {
      this.nativeDepth++;
      return;
    }
    if (name === 'cp') {
      const code = Number.parseInt(attrs.hex ?? '', 16);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) this.text(String.fromCodePoint(code));
      return;
    }
    // <mrk>, <sm>, <em>: annotations a tool added (terms, comments, 1.2 segment marks); their text is kept.
    const element = this.codes[name];
    if (!element) return;
    if (element.native) this.nativeDepth = 1;
    const kind = typeof element.kind === 'function' ? element.kind(attrs) : element.kind;
    const ref = element.ref(attrs);
    const id = OUR_CODE.exec(ref ?? '')?.[1];
    if (element.paired) this.pairedStack.push(id);
    if (id === undefined) this.foreign.push(`<${name}${ref === undefined ? '' : ` id="${ref}"`}>`);
    else this.parts.push({ kind, id });
  }

  close(name: string): void {
    if (this.nativeDepth) {
      this.nativeDepth--;
      return;
    }
    if (!this.codes[name]?.paired) return;
    const id = this.pairedStack.pop();
    if (id !== undefined) this.parts.push({ kind: 'close', id });
  }

  result(): string {
    return formatPlaceholders(this.parts);
  }
}

/** 1.2 target states as ours; the review states and a target without a state count as translated. */
const STATE_FROM_12: Record<string, SegmentState> = { new: 'initial', 'needs-translation': 'initial', 'signed-off': 'reviewed', final: 'final' };

function readSegments(xml: string): { srcLang: string; trgLang: string; segments: ReadSegment[]; truncated: boolean } {
  const check = checkXml(xml);
  if (check.fault) throw new XliffFormatError(describeFault(check.fault));
  let root: Record<string, string> | undefined;
  let dialect: XliffDialect = '2.0';
  let languages: { src: string; trg: string } | undefined;
  let truncated = false;
  const segments: ReadSegment[] = [];
  let unitId: string | undefined;
  let approved = false;
  let segment: ReadSegment | undefined;
  let inline: { reader: InlineReader; into: 'source' | 'target' } | undefined;
  // Inside a 1.2 <alt-trans>: another tool's proposals, not the translation.
  let altDepth = 0;
  walkXml(xml, {
    open(name, attrs) {
      if (name === 'xliff') {
        root = attrs;
        dialect = (attrs.version ?? '').startsWith('1.') ? '1.2' : '2.0';
        if (dialect === '2.0') languages = { src: attrs.srcLang ?? '', trg: attrs.trgLang ?? '' };
      } else if (inline) inline.reader.open(name, attrs);
      else if (altDepth || name === 'alt-trans') altDepth++;
      else if (dialect === '1.2' && name === 'file') languages ??= { src: attrs['source-language'] ?? '', trg: attrs['target-language'] ?? '' };
      else if (name === 'unit') unitId = attrs.id;
      else if (name === 'segment') {
        const state = (SEGMENT_STATES as readonly string[]).includes(attrs.state) ? (attrs.state as SegmentState) : 'initial';
        segment = { id: attrs.id ?? unitId ?? '', state, source: '', foreign: [] };
      } else if (dialect === '1.2' && name === 'trans-unit') {
        approved = attrs.approved === 'yes';
        segment = { id: attrs.id ?? '', state: 'initial', source: '', foreign: [] };
      } else if (segment && (name === 'source' || name === 'target')) {
        if (dialect === '1.2' && name === 'target') {
          const state = STATE_FROM_12[attrs.state ?? ''] ?? 'translated';
          segment.state = approved && state === 'translated' ? 'reviewed' : state;
        }
        inline = { reader: new InlineReader(CODE_ELEMENTS[dialect]), into: name };
      }
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
      else if (altDepth) altDepth--;
      else if ((name === 'segment' || (dialect === '1.2' && name === 'trans-unit')) && segment) {
        segments.push(segment);
        segment = undefined;
      } else if (name === 'unit') unitId = undefined;
    },
  });
  if (!root) throw new XliffFormatError('this is not an XLIFF file: it has no <xliff> element');
  const version = root.version ?? '';
  if (!/^[12]\./.test(version)) {
    throw new XliffFormatError(`this is XLIFF ${version || 'of an unknown version'}; Pressdesk reads XLIFF 1.2 and 2.0`);
  }
  return { srcLang: languages?.src ?? '', trgLang: languages?.trg ?? '', segments, truncated };
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
