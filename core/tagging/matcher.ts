// Finds registry names in a release. The registry is compiled once per array (memoised on its
// identity) into a map from the first letters of a name's first word to the names starting so;
// each word of the text then costs three map look-ups, and only the few names found are checked
// word by word. The last word of a name may carry suffixes (see morphology.ts); the longest name
// at a position wins ("Şimali Kipr Türk Respublikası" over "Kipr").
import type { EntityKind, RegistryEntry } from '../registry/types';
import { parseAzSuffix, ruFormOf, ruStem } from './morphology';
import { splitWords, type Separator, type Word } from './words';

export type Language = 'az' | 'en' | 'ru';

interface NameWord {
  folded: string;
  lower: string;
  /** Capitalised in the name: the text must capitalise it too (keeps "mali" from being Mali). */
  cap: boolean;
  /** An abbreviation (BMT, ATƏT): matched in capitals only, suffixes after it in any harmony. */
  abbr: boolean;
  /** What must separate it from the word before. */
  sep: Separator;
}

export interface NameVariant {
  entry: RegistryEntry;
  words: NameWord[];
  /** Multiword name whose head ends in a possessive vowel (izafet): cases take n after it. */
  izafet: boolean;
}

interface LanguageIndex {
  /** Names of several words, by their first word (which never inflects in Azerbaijani or English). */
  byFirstWord: Map<string, NameVariant[]>;
  /** The other names, by the first letters of their first word. */
  byPrefix: Map<string, NameVariant[]>;
}

export interface CompiledRegistry {
  entries: readonly RegistryEntry[];
  byKey: Map<string, RegistryEntry>;
  index: Record<Language, LanguageIndex>;
}

export interface Mention {
  entry: RegistryEntry;
  /** Word indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The last word ends in a genitive (the possessor in "Britaniyanın Kral Prokurorluq Xidməti"). */
  genitive: boolean;
  /** What follows the name in its last word, Azerbaijani lower case ("da" in Londonda). */
  suffix: string;
  /** Found inside a longer name as its possessor. */
  nested?: boolean;
}

const KIND_ORDER: Record<EntityKind, number> = { country: 0, organization: 1, person: 2, place: 3, event: 4 };
const KEY_LENGTH = 3;

function compileName(entry: RegistryEntry, name: string, language: Language): NameVariant | null {
  const words = splitWords(name.normalize('NFC'));
  if (!words.length) return null;
  const nameWords = words.map((w, i) => ({
    folded: w.folded,
    lower: w.lower,
    cap: w.cap,
    abbr: w.allCaps && w.text.length <= 8,
    sep: i === 0 ? ('' as const) : w.sep,
  }));
  const last = nameWords[nameWords.length - 1];
  return { entry, words: nameWords, izafet: language === 'az' && nameWords.length > 1 && /[ıiuü]$/.test(last.lower) };
}

function addTo(map: Map<string, NameVariant[]>, key: string, variant: NameVariant): void {
  const list = map.get(key);
  if (list) list.push(variant);
  else map.set(key, [variant]);
}

const compiled = new WeakMap<readonly RegistryEntry[], CompiledRegistry>();

export function compileRegistry(entries: readonly RegistryEntry[]): CompiledRegistry {
  const known = compiled.get(entries);
  if (known) return known;
  const index = {} as CompiledRegistry['index'];
  for (const language of ['az', 'en', 'ru'] as const) index[language] = { byFirstWord: new Map(), byPrefix: new Map() };
  const byKey = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    byKey.set(entry.key, entry);
    for (const language of ['az', 'en', 'ru'] as const) {
      const names = new Set([entry.names[language], ...(entry.aliases?.[language] ?? [])]);
      for (const name of names) {
        if (!name?.trim()) continue;
        const variant = compileName(entry, name, language);
        if (!variant) continue;
        const first = variant.words[0].folded;
        if (variant.words.length > 1 && language !== 'ru') addTo(index[language].byFirstWord, first, variant);
        else addTo(index[language].byPrefix, (language === 'ru' ? ruStem(first) : first).slice(0, KEY_LENGTH), variant);
      }
    }
  }
  const result = { entries, byKey, index };
  compiled.set(entries, result);
  return result;
}

const LOWER_LETTER = /\p{Ll}/u;

/**
 * The capitals of an abbreviation must stand in capitals in the text too, and a name must start
 * with a capital where it does in the registry; later words may differ ("Azərbaycan prokurorluğu").
 */
function capsOk(word: Word, nameWord: NameWord, length: number, first: boolean): boolean {
  if (nameWord.abbr) return !LOWER_LETTER.test(word.text.slice(0, length));
  return !first || !nameWord.cap || word.cap;
}

interface Hit {
  last: number;
  end: number;
  genitive: boolean;
  suffix: string;
}

/** The end of a word that is the name word `nameWord` plus Azerbaijani suffixes, if it is one. */
function azLastWord(words: Word[], at: number, variant: NameVariant): Hit | null {
  const word = words[at];
  const nameWord = variant.words[variant.words.length - 1];
  const stemLength = nameWord.folded.length;
  if (!word.folded.startsWith(nameWord.folded)) {
    // Final q and k soften before a vowel: Krallıq → Krallığın, Birlik → Birliyi.
    const soft = nameWord.folded.endsWith('q') ? 'g' : nameWord.folded.endsWith('k') ? 'y' : '';
    if (!soft || !word.folded.startsWith(nameWord.folded.slice(0, -1) + soft)) return null;
  }
  const stem = word.lower.slice(0, stemLength);
  const info = { stem, loose: nameWord.abbr, izafet: variant.izafet };
  const rest = word.lower.slice(stemLength);
  if (!capsOk(word, nameWord, stemLength, variant.words.length === 1)) {
    // Adjectives from names are written small: qazaxıstanlı həmkarı.
    if (variant.words.length > 1 || !/^l[ıiuü]/.test(rest) || !parseAzSuffix(info, rest)) return null;
  }
  if (rest) {
    const parse = parseAzSuffix(info, rest);
    if (parse) return { last: at, end: word.end, genitive: parse.genitive, suffix: rest };
    // A person's full name is anchored by its first words, so one stray letter in the ending is
    // forgiven (Mehriban xanım Əliyevannı).
    if (variant.entry.kind === 'person' && variant.words.length > 1) {
      for (let k = 0; k < rest.length; k++) {
        if (parseAzSuffix(info, rest.slice(0, k) + rest.slice(k + 1))) return { last: at, end: word.end, genitive: false, suffix: rest };
      }
    }
    return null;
  }
  // BMT-nin, İnterpol'un, COP29-un: the suffix after a hyphen or an apostrophe.
  const next = words[at + 1];
  if (next && (next.sep === '-' || next.sep === "'") && !next.cap) {
    const parse = parseAzSuffix({ ...info, loose: true }, next.lower);
    if (parse) return { last: at + 1, end: next.end, genitive: parse.genitive, suffix: next.lower };
  }
  return { last: at, end: word.end, genitive: false, suffix: '' };
}

function enLastWord(words: Word[], at: number, nameWord: NameWord, first: boolean): Hit | null {
  const word = words[at];
  if (word.folded !== nameWord.folded || !capsOk(word, nameWord, word.text.length, first)) return null;
  const next = words[at + 1];
  if (next && next.sep === "'" && next.folded === 's') return { last: at + 1, end: next.end, genitive: true, suffix: "'s" };
  return { last: at, end: word.end, genitive: false, suffix: '' };
}

function wordMatches(word: Word, nameWord: NameWord, language: Language, first: boolean): boolean {
  if (language === 'ru' && !nameWord.abbr) return ruFormOf(nameWord.folded, word.folded) && capsOk(word, nameWord, 1, first);
  return word.folded === nameWord.folded && capsOk(word, nameWord, word.text.length, first);
}

function matchVariant(words: Word[], at: number, variant: NameVariant, language: Language): Hit | null {
  const n = variant.words.length;
  if (at + n > words.length) return null;
  // An abbreviation in brackets may stand between the words of a longer name, which goes on after it
  // ("Avropa Şurası (AŞ) Parlament Assambleyası"): the word after the bracket counts as spaced.
  let skipped = 0;
  const sepAt = (k: number) => (k > 0 && words[k - 1].aside && skipped > 0 ? ' ' : words[k].sep);
  for (let j = 0; j < n - 1; j++) {
    if (j > 0 && words[at + j + skipped]?.aside && !variant.words[j].abbr) skipped++;
    const word = words[at + j + skipped];
    if (!word) return null;
    if (j > 0 && sepAt(at + j + skipped) !== variant.words[j].sep) return null;
    if (!wordMatches(word, variant.words[j], language, j === 0)) return null;
  }
  let lastAt = at + n - 1 + skipped;
  if (n > 1 && words[lastAt]?.aside && !variant.words[n - 1].abbr) {
    skipped++;
    lastAt++;
  }
  if (lastAt >= words.length) return null;
  if (n > 1 && sepAt(lastAt) !== variant.words[n - 1].sep) return null;
  if (language === 'az') return azLastWord(words, lastAt, variant);
  if (language === 'en') return enLastWord(words, lastAt, variant.words[n - 1], n === 1);
  const word = words[lastAt];
  return wordMatches(word, variant.words[n - 1], 'ru', n === 1) ? { last: lastAt, end: word.end, genitive: false, suffix: '' } : null;
}

function better(a: Mention, b: Mention): boolean {
  if (a.end !== b.end) return a.end > b.end;
  return KIND_ORDER[a.entry.kind] < KIND_ORDER[b.entry.kind];
}

/** Registry names in the words of a text, longest first at each position, left to right. */
export function findMentions(words: Word[], registry: CompiledRegistry, language: Language): Mention[] {
  const index = registry.index[language];
  const mentions: Mention[] = [];
  let i = 0;
  const found: Mention[] = [];
  const collect = (variants: NameVariant[], at: number) => {
    for (const variant of variants) {
      const hit = matchVariant(words, at, variant, language);
      if (hit) found.push({ entry: variant.entry, first: at, start: words[at].start, ...hit });
    }
  };
  while (i < words.length) {
    const word = words[i];
    found.length = 0;
    const exact = index.byFirstWord.get(word.folded);
    if (exact) collect(exact, i);
    // Look-ups by the first one, two and three letters; a short key's list is never a longer one's.
    for (let k = 1; k <= KEY_LENGTH && k <= word.folded.length; k++) {
      const variants = index.byPrefix.get(word.folded.slice(0, k));
      if (variants) collect(variants, i);
    }
    if (!found.length) {
      i++;
      continue;
    }
    let best = found[0];
    for (const m of found) if (better(m, best)) best = m;
    mentions.push(best);
    // "Türk Dövlətləri Təşkilatının Baş Prokurorlar Şurası" names the organisation too, and so do
    // "MDB Baş Prokurorlarının … Şurası" and "Müstəqil Dövlətlər Birliyi (MDB) İştirakçı Dövlətlərinin …".
    for (const m of found) {
      const owner = m.genitive || (m.entry.kind === 'organization' && (words[m.last].allCaps || words[m.last + 1]?.aside === true));
      if (owner && m.end < best.end && m.entry.kind !== 'person' && m.entry.key !== best.entry.key) {
        if (!mentions.some((x) => x.nested && x.start === m.start && x.end === m.end)) mentions.push({ ...m, nested: true });
      }
    }
    i = best.last + 1;
  }
  return mentions;
}
