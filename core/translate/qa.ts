// Quality checks on a translated version before it is exported. Errors block the export until they
// are fixed or consciously overridden; warnings are shown and let it through.
//
// Errors are what would publish something wrong or unfinished: a sentence left untranslated or
// translated from an older source, a number, date or placeholder (formatting, links) that differs
// from the source, a person or body named in the source and absent from the translation. Warnings
// are matters of style or judgement a translator may have reasons for: a termbase term rendered
// otherwise, a forbidden variant, unbalanced quotes or brackets, a double space, a draft.
import type { EntityKind } from '../registry/types';
import { compileRegistry, findMentions, type Language } from '../tagging/matcher';
import { parseAzSuffix } from '../tagging/morphology';
import { azLower, splitWords } from '../tagging/words';
import { parsePlaceholders, placeholderCode } from './placeholder-text';
import { findTerms, forbiddenUsed, maskPlaceholders, type Term } from './termbase';

export type QaCheck =
  | 'untranslated'
  | 'outdated'
  | 'numbers'
  | 'dates'
  | 'term-missing'
  | 'term-forbidden'
  | 'entity-missing'
  | 'quotes'
  | 'brackets'
  | 'double-space'
  | 'placeholders';

export type QaSeverity = 'error' | 'warning';

/** Each check's severity; a draft (a translation not yet confirmed) is an 'untranslated' warning. */
export const QA_SEVERITY: Record<QaCheck, QaSeverity> = {
  untranslated: 'error',
  outdated: 'error',
  numbers: 'error',
  dates: 'error',
  placeholders: 'error',
  'entity-missing': 'error',
  'term-missing': 'warning',
  'term-forbidden': 'warning',
  quotes: 'warning',
  brackets: 'warning',
  'double-space': 'warning',
};

export interface QaIssue {
  check: QaCheck;
  severity: QaSeverity;
  /** Null for checks of the whole version (entity-missing). */
  segmentId: string | null;
  /** In English, for logs; the UI words each check in its own language from `check`. */
  detail: string;
  expected?: string;
  found?: string;
}

export interface QaSegment {
  id: string;
  source: string;
  target: string;
  status: 'empty' | 'draft' | 'translated' | 'reviewed';
  outdated: boolean;
}

export interface QaEntity {
  kind: EntityKind;
  names: { az: string; en: string | null; ru: string | null };
  aliases?: Partial<Record<Language, string[]>>;
}

export interface QaInput {
  sourceLang: Language;
  targetLang: Language;
  segments: readonly QaSegment[];
  terms: readonly Term[];
  taggedInSource: readonly QaEntity[];
}

export function checkVersion(input: QaInput): QaIssue[] {
  const issues: QaIssue[] = [];
  const add = (check: QaCheck, segmentId: string | null, detail: string, expected?: string, found?: string, severity = QA_SEVERITY[check]) =>
    issues.push({ check, severity, segmentId, detail, ...(expected === undefined ? {} : { expected }), ...(found === undefined ? {} : { found }) });
  // A term that is a tagged person's or body's name is checked once, as an entity, for the whole text.
  const entityNames = new Set(input.taggedInSource.flatMap((e) => e.names[input.targetLang] ?? []).map((n) => n.toLowerCase()));
  for (const segment of input.segments) {
    if (segment.status === 'empty' || !segment.target.trim()) {
      add('untranslated', segment.id, 'no translation', segment.source);
      continue;
    }
    // A draft has a translation, only not yet confirmed: the translator is told, not stopped.
    if (segment.status === 'draft') add('untranslated', segment.id, 'a draft translation, not confirmed', undefined, undefined, 'warning');
    if (segment.outdated) add('outdated', segment.id, 'the source changed after this was translated', segment.source, segment.target);
    checkSegment(input, segment, entityNames, (check, detail, expected, found) => add(check, segment.id, detail, expected, found));
  }
  for (const name of missingEntities(input)) add('entity-missing', null, 'named in the source, not in the translation', name);
  return issues;
}

type Report = (check: QaCheck, detail: string, expected?: string, found?: string) => void;

function checkSegment(input: QaInput, segment: QaSegment, entityNames: Set<string>, report: Report): void {
  const { sourceLang, targetLang, terms } = input;
  const source = maskPlaceholders(segment.source.normalize('NFC'));
  const target = maskPlaceholders(segment.target.normalize('NFC'));

  const placeholders = difference(placeholderList(segment.source), placeholderList(segment.target));
  if (placeholders.missing.length || placeholders.extra.length) report('placeholders', 'formatting codes differ from the source', ...listed(placeholders));

  const sourceFigures = figures(source, sourceLang);
  const targetFigures = figures(target, targetLang);
  const numbers = difference(sourceFigures.numbers, targetFigures.numbers);
  if (numbers.missing.length || numbers.extra.length) report('numbers', 'numbers differ from the source', ...listed(numbers));
  const dates = difference(sourceFigures.dates, targetFigures.dates);
  if (dates.missing.length || dates.extra.length) report('dates', 'dates differ from the source', ...listed(dates));

  const inTarget = new Set(findTerms(segment.target, targetLang, terms).map((hit) => hit.term));
  const reported = new Set<Term>();
  for (const { term, text } of findTerms(segment.source, sourceLang, terms)) {
    const wanted = term[targetLang];
    if (!wanted || inTarget.has(term) || reported.has(term) || entityNames.has(wanted.toLowerCase())) continue;
    reported.add(term);
    report('term-missing', `the termbase translates "${text}" otherwise`, wanted);
  }
  for (const hit of forbiddenUsed(segment.target, targetLang, terms)) {
    report('term-forbidden', 'a forbidden variant of a term', hit.term[targetLang] || undefined, hit.text);
  }

  for (const [check, pairs] of [
    ['quotes', QUOTES],
    ['brackets', BRACKETS],
  ] as const) {
    const theirs = balance(target, pairs);
    const ours = balance(source, pairs);
    // A quotation the segmenter split across sentences is unbalanced in the source too.
    if ((theirs.unopened || theirs.unclosed) && (theirs.unopened !== ours.unopened || theirs.unclosed !== ours.unclosed)) {
      report(check, `${theirs.unclosed} not closed, ${theirs.unopened} not opened`);
    }
  }

  const double = /[ \u00A0\u202F]{2,}/.exec(segment.target);
  if (double)
    report(
      'double-space',
      'two or more spaces in a row',
      undefined,
      segment.target.slice(Math.max(0, double.index - 12), double.index + double[0].length + 12),
    );
}

function placeholderList(text: string): string[] {
  return parsePlaceholders(text).flatMap((part) => (part.kind === 'text' ? [] : [placeholderCode(part.kind, part.id)]));
}

/** What `a` has that `b` lacks and the other way round, counting repeats. */
function difference(a: readonly string[], b: readonly string[]): { missing: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  const extra: string[] = [];
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else extra.push(x);
  }
  const missing = a.filter((x) => {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    return n > 0;
  });
  return { missing, extra };
}

function listed({ missing, extra }: { missing: string[]; extra: string[] }): [string | undefined, string | undefined] {
  return [missing.length ? missing.join(', ') : undefined, extra.length ? extra.join(', ') : undefined];
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates. A date is compared as day and month ("5 iyun" = "June 5" = "5 июня", and
// 05.06.2024 = 5 June 2024), its year as a number, so a translator may write a date either way.
// Ordinal endings (28-ci, 28th, 28-й) and digits inside names (COP29) leave the number as it is.
// Numbers written in words and Roman numerals are not compared.

const MONTHS: Record<Language, string[]> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ru: ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
};
const EN_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTH_ENDING = /^(|ь|я|е|ю|ем|ём|й|а|у|ом)$/;
const EN_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month (1–12) a word names: az with its suffixes (iyunun, martda), ru in its cases, en capitalised. */
function monthOf(word: string, language: Language): number | null {
  if (language === 'en') {
    // Capitals keep "may" and "march" the verbs out.
    if (!/^\p{Lu}/u.test(word)) return null;
    const lower = word.toLowerCase();
    const at = MONTHS.en.indexOf(lower);
    if (at >= 0) return at + 1;
    const short = EN_SHORT.indexOf(lower === 'sept' ? 'sep' : lower);
    return short >= 0 ? short + 1 : null;
  }
  const lower = language === 'az' ? azLower(word) : word.toLowerCase();
  for (let m = 0; m < 12; m++) {
    const stem = MONTHS[language][m];
    if (!lower.startsWith(stem)) continue;
    const rest = lower.slice(stem.length);
    if (language === 'az' ? parseAzSuffix({ stem }, rest) : RU_MONTH_ENDING.test(rest) && (stem !== 'ма' || rest !== '')) return m + 1;
  }
  return null;
}

/** "ay" (month) with its suffixes: ayının, ayında. */
function isMonthWord(word: string | undefined): boolean {
  const lower = word === undefined ? '' : azLower(word);
  return lower.startsWith('ay') && parseAzSuffix({ stem: 'ay' }, lower.slice(2)) !== null;
}

const GROUPING: Record<Language, string> = { en: ',', az: '.', ru: '.' };

/**
 * Canonical forms of a run of digits and separators: thin or plain spaces before three digits and
 * the language's grouping mark before three digits group thousands; any other "." or "," is a
 * decimal mark (3,5 = 3.5); a run with more than one decimal mark is several numbers.
 */
function numbersOf(run: string, language: Language): string[] {
  const parts = run.replace(/[ \u00A0\u202F](?=\d{3})/g, '').split(/(?=[.,/])/);
  let digits = parts[0];
  const out: string[] = [];
  let fraction: string | null = null;
  const flush = () => {
    const whole = digits.replace(/^0+(?=\d)/, '');
    const frac = fraction?.replace(/0+$/, '') ?? '';
    out.push(frac ? `${whole}.${frac}` : whole);
    fraction = null;
  };
  for (const part of parts.slice(1)) {
    const mark = part[0];
    const next = part.slice(1);
    if (mark === GROUPING[language] && next.length === 3 && fraction === null) digits += next;
    else if (mark !== '/' && fraction === null) fraction = next;
    else {
      flush();
      digits = next;
    }
  }
  flush();
  return out;
}

const TOKEN = /\d{4}-\d{2}-\d{2}(?!\d)|\d+(?:[.,/]\d+|[ \u00A0\u202F]\d{3}(?!\d))*|\p{L}+/gu;
const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Token {
  text: string;
  start: number;
  end: number;
  month: number | null;
}

function figures(text: string, language: Language): { numbers: string[]; dates: string[] } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, month: /\p{L}/u.test(m[0][0]) ? monthOf(m[0], language) : null });
  }
  const numbers: string[] = [];
  const dates: string[] = [];
  const date = (day: string | null, month: number) => dates.push(`${day === null ? '' : Number(day) + ' '}${EN_MONTH_NAMES[month - 1]}`);
  const gap = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start);
  const isDay = (i: number) => /^\d+$/.test(tokens[i]?.text ?? '') && Number(tokens[i].text) >= 1 && Number(tokens[i].text) <= 31 && tokens[i].text.length <= 2;
  // Days at i (one, or a range "11-12"), then the index after them and their ordinal ending.
  const days = (i: number): [string[], number] => {
    const list = [tokens[i].text];
    let j = i + 1;
    if (isDay(j) && /^\s*[-–—]\s*$/.test(gap(i, j))) list.push(tokens[j++].text);
    // 28-ci, 5th, 5-го, 5-də: an ending joined to the number.
    if (tokens[j] && !tokens[j].month && /^\p{L}/u.test(tokens[j].text) && /^-?$/.test(gap(j - 1, j))) j++;
    return [list, j];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const numeric = NUMERIC_DATE.exec(token.text);
    const iso = ISO_DATE.exec(token.text);
    if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12) {
      date(numeric[1], Number(numeric[2]));
      numbers.push(...numbersOf(numeric[3], language));
    } else if (iso) {
      date(iso[3], Number(iso[2]));
      numbers.push(...numbersOf(iso[1], language));
    } else if (isDay(i)) {
      const [list, j] = days(i);
      let k = j;
      if (tokens[k]?.text === 'of' && language === 'en') k++;
      const month = k > i && tokens[k]?.month && /^\s+$/.test(gap(k - 1, k)) ? tokens[k].month : null;
      if (month) {
        list.forEach((day) => date(day, month));
        i = k;
      } else {
        list.forEach((n) => numbers.push(...numbersOf(n, language)));
        i = j - 1;
      }
    } else if (token.month) {
      // Month first: "June 5", "iyunun 5-də", "mart ayının 11-də", or a month without a day ("in June 2024").
      const d = language === 'az' && isMonthWord(tokens[i + 1]?.text) ? i + 2 : i + 1;
      if (isDay(d) && /^\s+$/.test(gap(d - 1, d))) {
        const [list, j] = days(d);
        list.forEach((day) => date(day, token.month!));
        i = j - 1;
      } else date(null, token.month);
    } else if (/^\d/.test(token.text)) numbers.push(...numbersOf(token.text, language));
  }
  return { numbers, dates };
}

// ---------------------------------------------------------------------------------------------
// Quotes and brackets: each opener waits for the closers it accepts. “ and " both open and close
// (“…” in English, „…“ in Russian), so they close when the innermost opener accepts them.

const QUOTES: Record<string, string> = { '«': '»', '„': '“”', '“': '”', '"': '"', '»': '', '”': '' };
const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '{': '}', ')': '', ']': '', '}': '' };

function balance(text: string, pairs: Record<string, string>): { unopened: number; unclosed: number } {
  const stack: string[] = [];
  let unopened = 0;
  let unclosed = 0;
  for (const ch of text) {
    const accepts = pairs[ch];
    if (accepts === undefined) continue;
    if (stack.at(-1)?.includes(ch)) stack.pop();
    else if (accepts) stack.push(accepts);
    else {
      // A closer for an outer opener: the ones inside it were never closed.
      const at = stack.findLastIndex((s) => s.includes(ch));
      if (at < 0) unopened++;
      else {
        unclosed += stack.length - 1 - at;
        stack.length = at;
      }
    }
  }
  return { unopened, unclosed: unclosed + stack.length };
}

// ---------------------------------------------------------------------------------------------
// People and bodies tagged in the source, looked for in the whole translation with the tagger's
// matcher (Russian cases, the English 's). A name not known in the target language cannot be
// looked for and is left to the translator.

function missingEntities({ targetLang, segments, taggedInSource }: QaInput): string[] {
  const checked = taggedInSource.filter((e) => (e.kind === 'person' || e.kind === 'organization') && e.names[targetLang]?.trim());
  if (!checked.length) return [];
  const entries = checked.map((e, i) => ({
    key: `e${i}`,
    kind: e.kind,
    names: { az: e.names.az, en: e.names.en ?? '', ru: e.names.ru ?? '' },
    ...(e.aliases ? { aliases: e.aliases } : {}),
  }));
  const text = segments.map((s) => maskPlaceholders(s.target.normalize('NFC'))).join('\n');
  const found = new Set(findMentions(splitWords(text), compileRegistry(entries), targetLang).map((m) => m.entry.key));
  return entries.filter((e) => !found.has(e.key)).map((e) => e.names[targetLang]);
}
