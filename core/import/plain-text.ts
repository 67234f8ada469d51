// Plain text (typed, or copied from a news site) into a draft release. Every change the cleaner makes
// to the words of the source is recorded with an id made of its kind and its offset in the source, so
// importing again with that id in `skip` gives the same draft without that one change: that is how
// the officer undoes it. Changing line endings, trimming lines and turning the single line breaks
// inside a paragraph into spaces are what "plain text" means and are not listed.
import type { DocNode, Language } from '../model';
import { normalizeDoc } from '../doc-schema';
import { fold, tokenize } from '../fold';
import { dayInText, leadingPlace } from './dateline';
import { firstSentence } from './first-sentence';
import { guessLanguage } from './guess-language';
import { ImportRefusedError, type CleanupChange, type ImportedDraft, type ImportWarning } from './types';
import { MAX_LEAD_CHARS as MAX_LEAD, MAX_TITLE_CHARS as MAX_TITLE } from '../limits';

export interface PlainTextOptions {
  /** Ids of changes (from an earlier import of the same source) not to make. */
  skip?: string[];
  /** The language of the text; guessed from its letters when not given. */
  language?: Language;
}

// Longest first line taken as a headline. News headlines stay well under it; a longer first line is a
// lead paragraph (seed 003's first line, 161 characters, is the lead the next paragraph refers back to).
const MAX_HEADLINE = 150;

export function importPlainText(source: string, options: PlainTextOptions = {}): ImportedDraft {
  const log = new ChangeLog(new Set(options.skip));
  const warnings: ImportWarning[] = [];
  const { text, at } = cleanCharacters(source, log);

  const date = readDate(text, at, log);
  const lines = readLines(text, date.end, at, log);
  if (lines.length === 0) throw new ImportRefusedError('empty', 'the file holds no text');

  const headline = takeHeadline(lines, at, log);
  if (headline?.warning) warnings.push(headline.warning);
  let paragraphs = buildParagraphs(headline ? lines.slice(1) : lines, text, at, log);

  let title = headline?.title;
  if (title === undefined) {
    const first = paragraphs[0];
    title = clip(withoutFinalStop(firstSentence(first)), MAX_TITLE);
    warnings.push({ code: 'title-proposed', reason: 'first-sentence' });
    // A first paragraph of that one sentence is the headline written as a sentence (three of the five
    // seeds): kept as the lead too, every export would print it twice. It goes, like a headline line.
    if (paragraphs.length > 1 && title === withoutFinalStop(first) && log.make('title', at[lines[0].start], first, title)) {
      paragraphs = paragraphs.slice(1);
    }
  }

  let releaseDate = date.iso;
  if (date.iso === null) warnings.push({ code: 'date-missing' });
  else if (date.partial) {
    // The opening says which day of the month it reports; later paragraphs recall other days.
    const day = dayInText([title, ...paragraphs.slice(0, 2)].join('\n'), Number(date.partial.slice(5)));
    if (day !== null) releaseDate = `${date.partial}-${pad(day)}`;
    warnings.push({
      code: 'date-partial',
      params: { month: date.partial, ...(day !== null && { day }) },
      ...(day !== null && { reason: 'day-from-text' as const }),
    });
  }

  // The first paragraph is the lead and leaves the body, or every export would print it twice; a
  // text of one paragraph keeps it in the body.
  const leadParagraph = paragraphs[0];
  const moved = paragraphs.length > 1 && leadParagraph.length <= MAX_LEAD;
  const body: DocNode = { type: 'doc', content: (moved ? paragraphs.slice(1) : paragraphs).map(paragraphNode) };
  const dateline = leadingPlace(leadParagraph);
  return {
    title,
    lead: moved ? leadParagraph : '',
    releaseDate,
    ...(dateline && { dateline }),
    language: options.language ?? guessLanguage(text),
    body: normalizeDoc(body),
    changes: log.changes,
    warnings,
    properties: {},
  };
}

class ChangeLog {
  readonly changes: CleanupChange[] = [];
  constructor(private readonly skip: Set<string>) {}

  /** Records the change and returns true, or returns false when the officer has undone it. */
  make(kind: CleanupChange['kind'], sourceOffset: number, before: string, after: string): boolean {
    const id = `${kind}@${sourceOffset}`;
    if (this.skip.has(id)) return false;
    this.changes.push({ id, kind, before, after });
    return true;
  }
}

// --- characters -------------------------------------------------------------------------------

// Line endings; runs of control characters (tab and line feed are text); words (whose letters NFC
// may compose); any other character with the marks that follow it.
const UNIT = /\r\n?|[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\uFEFF]+|[\p{L}\p{N}\p{M}]+|[^]\p{M}*/gu;
const CONTROL = /^[\0-\x08\v\f\x0E-\x1F\x7F-\x9F\uFEFF]/;

/**
 * NFC and control characters, word by word. `at[i]` is the source offset of text[i], so later steps
 * can give their changes ids in source offsets. Vertical tab and form feed end a line: dropping them
 * would glue the words on either side together.
 */
function cleanCharacters(source: string, log: ChangeLog): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (const match of source.matchAll(UNIT)) {
    const unit = match[0];
    const offset = match.index;
    let out = unit;
    if (unit[0] === '\r') out = '\n';
    else if (CONTROL.test(unit)) {
      const kept = unit.replace(/[\v\f]/g, '\n').replace(/[^\n]/g, '');
      if (log.make('control-chars', offset, unit, kept)) out = kept;
    } else {
      const nfc = unit.normalize('NFC');
      if (nfc !== unit && log.make('nfc', offset, unit, nfc)) out = nfc;
    }
    for (let i = 0; i < out.length; i++) at.push(out === unit ? offset + i : offset);
    text += out;
  }
  at.push(source.length);
  return { text, at };
}

// --- date -------------------------------------------------------------------------------------

// "date 2023-09" as the seeds have it (also in Azerbaijani and Russian), or a full date on a line of its own.
const DATE = /^\s*((?:(date|tarix|дата)\s*:?\s*)?(?:(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{1,2})\.(\d{1,2})\.(\d{4})))(?=[ \t]|\n|$)[ \t]*/iu;

interface ReleaseDate {
  iso: string | null;
  /** YYYY-MM when the source gave no day. */
  partial?: string;
  /** Where the text after the date starts. */
  end: number;
}

function readDate(text: string, at: number[], log: ChangeLog): ReleaseDate {
  const match = DATE.exec(text);
  if (!match) return { iso: null, end: 0 };
  const [whole, token, keyword, year, month, isoDay, day, dottedMonth, dottedYear] = match;
  const y = Number(year ?? dottedYear);
  const m = Number(month ?? dottedMonth);
  const d = Number(isoDay ?? day ?? 1);
  const partial = year !== undefined && isoDay === undefined;
  // Without the keyword only a whole date alone on its line is taken: "15.05.2024 Bakı" is a dateline.
  const alone = keyword !== undefined || (!partial && /^(\n|$)/.test(text.slice(whole.length)));
  if (!alone || !isRealDate(y, m, d)) return { iso: null, end: 0 };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const start = whole.length - whole.trimStart().length;
  if (!log.make('date', at[start], token, iso)) return { iso: null, end: 0 };
  return { iso, partial: partial ? `${y}-${pad(m)}` : undefined, end: whole.length };
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

// --- lines and boilerplate --------------------------------------------------------------------

interface Line {
  /** Trimmed. */
  text: string;
  /** Offsets in the cleaned text of its first and after its last non-blank character. */
  start: number;
  end: number;
  /** Blank lines between this line and the previous kept one. */
  blanksBefore: number;
}

function readLines(text: string, from: number, at: number[], log: ChangeLog): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let offset = from;
  for (const raw of text.slice(from).split('\n')) {
    const content = raw.trim();
    const start = offset + raw.indexOf(content);
    offset += raw.length + 1;
    if (!content) {
      if (lines.length) blanks++;
      continue;
    }
    if (isBoilerplate(content) && log.make('boilerplate', at[start], content, '')) continue;
    lines.push({ text: content, start, end: start + content.length, blanksBefore: blanks });
    blanks = 0;
  }
  return lines;
}

// Site chrome that comes along when a page is copied, matched against whole lines only: a sentence
// that mentions the site ("Metbuat.az-a verilən xəbərə görə") is part of the release.
const CHROME_LINES = new Set(
  [
    'share',
    'print',
    'read more',
    'related news',
    'latest news',
    'advertisement',
    'subscribe',
    'back to top',
    'all rights reserved',
    'paylaş',
    'çap et',
    'çap',
    'ətraflı',
    'daha ətraflı',
    'son xəbərlər',
    'digər xəbərlər',
    'oxşar xəbərlər',
    'xəbər lenti',
    'reklam',
    'bütün hüquqlar qorunur',
    'поделиться',
    'печать',
    'распечатать',
    'читать далее',
    'подробнее',
    'последние новости',
    'другие новости',
    'похожие новости',
    'реклама',
    'все права защищены',
  ].map(fold),
);
// Notices about scripts and cookies, in the three languages; short lines only, so a paragraph about
// the subject itself is never taken for one.
const CHROME_NOTICES = [
  /^(?=.*javascript)(?=.*(enable|disabled|required|aktiv|işə sal|включ|отключ))/iu,
  /^(?=.*(cookie|çərəz|куки))(?=.*(use|accept|agree|istifadə|qəbul|razı|использ|принять|соглас))/iu,
  /^(©|copyright\s*©?\s*\d{4})/iu,
];
const MAX_NOTICE = 200;

function isBoilerplate(line: string): boolean {
  if (CHROME_LINES.has(fold(line.replace(/[\s.:!…»›>]+$/u, '').replace(/\s+/g, ' ')))) return true;
  return line.length <= MAX_NOTICE && CHROME_NOTICES.some((notice) => notice.test(line));
}

// --- title ------------------------------------------------------------------------------------

interface Headline {
  title: string;
  warning?: ImportWarning;
}

/**
 * The first line is the headline when it is short, one sentence, and stands apart: followed by a blank
 * line, or by a line starting a new sentence when it has no final punctuation itself. It is certain
 * only when it is a paragraph of its own without a final full stop. A full stop (the seeds' headlines
 * have one) could as well end a one-sentence lead, so the line is still taken, without the stop, but
 * marked for review; undoing the 'title' change keeps the line in the body.
 */
function takeHeadline(lines: Line[], at: number[], log: ChangeLog): Headline | undefined {
  const [first, next] = lines;
  if (!next || first.text.length > MAX_HEADLINE || firstSentence(first.text) !== first.text) return undefined;
  const ownParagraph = next.blanksBefore > 0;
  const open = !/[.!?…:;,-]$/.test(first.text);
  if (!ownParagraph && !(open && /^["“«(\p{Lu}\p{N}]/u.test(next.text))) return undefined;
  const title = clip(withoutFinalStop(first.text), MAX_TITLE);
  if (!log.make('title', at[first.start], first.text, title)) return undefined;
  if (ownParagraph && !first.text.endsWith('.')) return { title };
  return { title, warning: { code: 'title-proposed', reason: ownParagraph ? 'final-stop' : 'no-blank-line' } };
}

/** One final full stop off, an ellipsis kept. */
function withoutFinalStop(text: string): string {
  return text.replace(/(?<!\.)\.$/, '');
}

// --- paragraphs and hyphens -------------------------------------------------------------------

// A line broken off at a hyphen: "olundu-" then "ğu", "hüquq-" then "mühafizə", "COP29-" then "un".
const HYPHEN_END = /([\p{L}\p{M}\p{N}]+)-$/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]+/u;
// A paragraph that stops mid-sentence (seed 002: "arasında", blank lines, "əməkdaşlığı") is one
// paragraph broken by the copy: it ends without punctuation and the next one starts in lower case.
const ENDS_OPEN = /[\p{L}\p{M}\p{N},-]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** The lines joined into paragraphs: a blank line separates them, a single line break is a space. */
function buildParagraphs(lines: Line[], text: string, at: number[], log: ChangeLog): string[] {
  const words = new WordIndex(text);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const join = i === 0 ? 'paragraph' : junction(lines[i - 1], line, words, at, log);
    if (join === 'space') current += ' ' + line.text;
    else if (join === 'direct') current += line.text;
    else if (join === 'unhyphenate') current = current.slice(0, -1) + line.text;
    else {
      if (current) paragraphs.push(current);
      current = line.text;
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** How a line continues the one before it. */
function junction(previous: Line, line: Line, words: WordIndex, at: number[], log: ChangeLog): 'space' | 'direct' | 'unhyphenate' | 'paragraph' {
  const across = line.blanksBefore > 0;
  const breaks = '\n'.repeat(line.blanksBefore + 1);
  const lower = STARTS_LOWER.test(line.text);
  const a = HYPHEN_END.exec(previous.text)?.[1];
  const b = WORD_START.exec(line.text)?.[0];
  if (a && b) {
    const artifact = lower && words.isBreakArtifact(a, b);
    if (artifact && log.make('hyphen-join', at[previous.end - 1], `${a}-${breaks}${b}`, a + b)) return 'unhyphenate';
    if (!across) return 'direct';
    if (artifact || !lower) return 'paragraph';
    return log.make('whitespace', at[previous.end], `${a}-${breaks}${b}`, `${a}-${b}`) ? 'direct' : 'paragraph';
  }
  if (!across) return 'space';
  if (!lower || !ENDS_OPEN.test(previous.text)) return 'paragraph';
  const last = /\S+$/.exec(previous.text)![0];
  const first = /^\S+/.exec(line.text)![0];
  return log.make('whitespace', at[previous.end], `${last}${breaks}${first}`, `${last} ${first}`) ? 'space' : 'paragraph';
}

// Hyphenated words whose second part often starts a line in Azerbaijani releases (hüquq-mühafizə,
// sosial-iqtisadi, elm-tədris…), and first parts always written with a hyphen (vitse-prezident).
const COMPOUND_SECOND = [
  'mühafizə',
  'mədəni',
  'iqtisadi',
  'siyasi',
  'texniki',
  'praktiki',
  'hüquqi',
  'prosessual',
  'tədris',
  'tanışlıq',
  'faydalı',
  'bədii',
  'vətənpərvərlik',
  'kütləvi',
  'kommunikasiya',
  'psixoloji',
  'təsərrüfat',
  'terror',
  'korrupsiya',
].map(fold);
const COMPOUND_FIRST = new Set(['vitse', 'anti', 'eks', 'qeyri', 'e'].map(fold));

/** What the rest of the text says about how a word is written. */
class WordIndex {
  private readonly folded: string;
  private readonly counts = new Map<string, number>();

  constructor(text: string) {
    this.folded = fold(text);
    for (const token of tokenize(text)) this.counts.set(token.folded, (this.counts.get(token.folded) ?? 0) + 1);
  }

  /**
   * Whether `a-` at a line end and `b` at the start of the next line are one word broken by the
   * layout (olundu- / ğu) rather than a word with a real hyphen (hüquq- / mühafizə). In order:
   * the way the same text writes it elsewhere (a-b, or ab); a number or an abbreviation before the
   * hyphen (5-də, BMT-nin), or a known compound or repetition (bir-birinə); and last, a real hyphen only when both
   * parts are words the text also uses on their own.
   */
  isBreakArtifact(a: string, b: string): boolean {
    const [fa, fb] = [fold(a), fold(b)];
    if (this.occurs(`${fa}-${fb}`)) return false;
    if (this.occurs(fa + fb)) return true;
    if (/\p{N}$/u.test(a) || (a.length > 1 && a === a.toUpperCase())) return false;
    if (COMPOUND_FIRST.has(fa) || COMPOUND_SECOND.some((part) => fb.startsWith(part))) return false;
    if (fa.length > 1 && fb.startsWith(fa)) return false;
    // Each part is counted once at the break itself.
    return !((this.counts.get(fa) ?? 0) > 1 && (this.counts.get(fb) ?? 0) > 1);
  }

  /** Whether a word starting with `prefix` occurs in the text. */
  private occurs(prefix: string): boolean {
    return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${prefix}`, 'u').test(this.folded);
  }
}

function paragraphNode(text: string): DocNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

// --- small helpers ----------------------------------------------------------------------------

/** At most `max` characters, cut at a space with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}
