// The termbase: approved translations of terms in the three languages, with notes and the variants
// a translator must not use. The tagging registry's names and people's titles feed it, so a
// translator sees "Baş prokuror → Prosecutor General" without anyone typing it in twice.
//
// Terms are found with the tagger's matcher (core/tagging/matcher.ts): Azerbaijani suffix chains
// ("Baş prokurorunun" is a form of "Baş prokuror"), Russian case endings and the English 's. The
// terms are handed to it as registry entries, so one matcher serves names and terms alike.
import { MAX_TERM_CHARS, MAX_TERM_NOTE_CHARS } from '../limits';
import type { RegistryEntry } from '../registry/types';
import { compileRegistry, findMentions, type CompiledRegistry, type Language } from '../tagging/matcher';
import { azLower, splitWords } from '../tagging/words';
import { parsePlaceholders } from './placeholder-text';

export interface Term {
  id: string;
  az: string;
  en: string;
  ru: string;
  note?: string;
  forbidden?: Partial<Record<Language, string[]>>;
  source?: 'termbase' | 'registry';
}

/** A term as an import file gives it, before the termbase gives it an id. */
export type TermInput = Omit<Term, 'id' | 'source'>;

export interface TermHit {
  term: Term;
  /** Offsets into the text in NFC. */
  start: number;
  end: number;
  text: string;
}

export interface ForbiddenHit extends TermHit {
  /** The forbidden variant that was used. */
  variant: string;
}

/** Ids of terms made from people's titles: unlike names, they match in any case ("prezident"). */
const TITLE_ID_PREFIX = 'title:';

/** Why an imported term cannot be used, or null. Both import formats hold terms to this rule, the form's limits included. */
export function termProblem(term: TermInput): string | null {
  if (!term.az.trim()) return 'no Azerbaijani term';
  if (!term.en.trim() && !term.ru.trim()) return 'neither an English nor a Russian translation';
  const texts = [term.az, term.en, term.ru, ...Object.values(term.forbidden ?? {}).flat()];
  if (texts.some((text) => text.length > MAX_TERM_CHARS)) return `a term longer than ${MAX_TERM_CHARS} characters, the limit`;
  if ((term.note?.length ?? 0) > MAX_TERM_NOTE_CHARS) return `a note longer than ${MAX_TERM_NOTE_CHARS} characters, the limit`;
  return null;
}

/**
 * Registry names (entries named in all three languages) and people's titles, each title once.
 * The ids are the registry keys, so a term stays tied to its entry across syncs.
 */
export function termsFromRegistry(entries: readonly RegistryEntry[]): Term[] {
  const terms: Term[] = [];
  const titles = new Set<string>();
  const complete = (n: Partial<Record<Language, string>> | undefined) => !!(n?.az?.trim() && n.en?.trim() && n.ru?.trim());
  for (const entry of entries) {
    if (complete(entry.names)) terms.push({ id: entry.key, ...pick(entry.names), source: 'registry' });
    const title = entry.title;
    if (entry.kind !== 'person' || !complete(title)) continue;
    const names = pick(title as Record<Language, string>);
    const key = `${azLower(names.az)}\u0000${names.en.toLowerCase()}\u0000${names.ru.toLowerCase()}`;
    if (titles.has(key)) continue;
    titles.add(key);
    terms.push({ id: `${TITLE_ID_PREFIX}${names.az}`, ...names, source: 'registry' });
  }
  return terms;
}

function pick(names: Record<Language, string>): Record<Language, string> {
  return { az: names.az.trim(), en: names.en.trim(), ru: names.ru.trim() };
}

// ---------------------------------------------------------------------------------------------
// Finding terms

interface CompiledTerms {
  registry: CompiledRegistry;
  /** Entry key → the term, and the forbidden variant when the entry is one. */
  byKey: Map<string, { term: Term; variant?: string }>;
}

// Compiled once per terms array (and the matcher memoises on the entries array made here).
const termsOnly = new WeakMap<readonly Term[], CompiledTerms>();
const withForbidden = new WeakMap<readonly Term[], CompiledTerms>();

/**
 * A registry name must match in its capitals, as the tagger wants ("Mali" is no "mali"). Every
 * other term matches in any case, as term recognition in CAT tools does, except abbreviations,
 * which the matcher holds to capitals.
 */
function matchForm(term: Term, name: string, language: Language): string {
  if (term.source === 'registry' && !term.id.startsWith(TITLE_ID_PREFIX)) return name;
  return name
    .split(/(\s+)/)
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : language === 'az' ? azLower(word) : word.toLowerCase()))
    .join('');
}

// The matcher's kind only breaks ties and grants people one stray letter; terms want neither.
const TERM_KIND = 'event';
const NO_NAMES = { az: '', en: '', ru: '' };

/**
 * The matcher knows the English 's but not plurals, which terms meet more often than names do
 * ("criminal cases", "requests"): the last word's regular plural is matched as well.
 */
function englishPlural(name: string): string {
  // Names keep their capitals (matchForm) and have no plural.
  if (!/\p{Ll}$/u.test(name) || /\p{Lu}/u.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(name) ? `${name}es` : `${name}s`;
}

function compileTerms(terms: readonly Term[], forbidden: boolean): CompiledTerms {
  const cache = forbidden ? withForbidden : termsOnly;
  const known = cache.get(terms);
  if (known) return known;
  const entries: RegistryEntry[] = [];
  const byKey = new Map<string, { term: Term; variant?: string }>();
  terms.forEach((term, i) => {
    const key = `t${i}`;
    const names = { az: matchForm(term, term.az, 'az'), en: matchForm(term, term.en, 'en'), ru: matchForm(term, term.ru, 'ru') };
    entries.push({ key, kind: TERM_KIND, names, aliases: { en: [englishPlural(names.en)] } });
    byKey.set(key, { term });
    if (!forbidden) return;
    // The preferred terms stay in: the longest match wins, so a forbidden "prokuror" is not
    // reported inside the preferred "Baş prokuror".
    for (const language of ['az', 'en', 'ru'] as const) {
      term.forbidden?.[language]?.forEach((variant, k) => {
        if (!variant.trim()) return;
        const fkey = `f${i}:${language}:${k}`;
        const name = matchForm(term, variant, language);
        const aliases = language === 'en' ? { en: [englishPlural(name)] } : {};
        entries.push({ key: fkey, kind: TERM_KIND, names: { ...NO_NAMES, [language]: name }, aliases });
        byKey.set(fkey, { term, variant });
      });
    }
  });
  const result = { registry: compileRegistry(entries), byKey };
  cache.set(terms, result);
  return result;
}

/**
 * The text with placeholders blanked out and "{{" read as "{", offsets kept: "Baş {1}prokuror{/1}"
 * is still the term, and the checks of a translation see only its own characters.
 */
export function maskPlaceholders(text: string): string {
  return parsePlaceholders(text)
    .map((part) => (part.kind === 'text' ? text.slice(part.start, part.end).replace(/\{\{/g, '{ ') : ' '.repeat(part.end - part.start)))
    .join('');
}

function hitsOf(text: string, language: Language, compiled: CompiledTerms): (TermHit & { variant?: string })[] {
  const nfc = text.normalize('NFC');
  const words = splitWords(maskPlaceholders(nfc));
  // Nested mentions (a possessor inside a longer name) would overlap the longer term.
  return findMentions(words, compiled.registry, language)
    .filter((m) => !m.nested)
    .map((m) => ({ ...compiled.byKey.get(m.entry.key)!, start: m.start, end: m.end, text: nfc.slice(m.start, m.end) }));
}

/** Terms in a segment, left to right, the longest at each position, none overlapping. */
export function findTerms(segmentText: string, sourceLang: Language, terms: readonly Term[]): TermHit[] {
  return hitsOf(segmentText, sourceLang, compileTerms(terms, false));
}

/** Forbidden variants used in a translation. */
export function forbiddenUsed(targetText: string, targetLang: Language, terms: readonly Term[]): ForbiddenHit[] {
  return hitsOf(targetText, targetLang, compileTerms(terms, true)).filter((hit): hit is ForbiddenHit => hit.variant !== undefined);
}
