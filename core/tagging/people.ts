// New people from context. Releases introduce a person with a title before the name ("Baş
// prokuroru Giorgi Qvarakidze", "səfiri Ceyms Şarp", "prezidenti Ahmed Naser Al-Raisi"), or give a
// full name whose surname has a surname's ending (Hacıyev, Qvarakidze, Asılova). The name is one to
// four capitalised words; its last word carries the sentence's case suffix, which is taken off.
import type { Mention } from './matcher';
import { azCaseSplits, parseAzSuffix } from './morphology';
import type { Word } from './words';

// Titles as Azerbaijani writes them before a name, in the bare form; any suffix chain may follow
// (prokurorunun müavini, Prezidentinin, səfiri).
const TITLE_STEMS = [
  'prokuror',
  'müavin',
  'prezident',
  'səfir',
  'sədr',
  'rəhbər',
  'nazir',
  'direktor',
  'katib',
  'hakim',
  'nümayəndə',
  'müşavir',
  'rəis',
  'komissar',
  'başçı',
  'əməkdaş',
  'həmkar',
  'attaşe',
  'konsul',
  'koordinator',
  'deputat',
  'spiker',
  'kral',
  'kraliça',
  'şahzadə',
  'general',
  'polkovnik',
  'komandan',
  // Ranks stand before the name too, the second half of a compound one after a hyphen (general-leytenant).
  'leytenant',
  'mayor',
  'kapitan',
  'admiral',
  'marşal',
  'podpolkovnik',
  'lider',
  'öndər',
  'müstəntiq',
  'ekspert',
  'professor',
  'vəkil',
  'ombudsman',
  'müvəkkil',
  'vətəndaş',
  'jurnalist',
  'mütəxəssis',
  'üzv',
  'sözçü',
  'hüquqşünas',
  'müdir',
  'menecer',
  'ümummilli',
  'ulu',
  'əlaqələndirici',
  'məsləhətçi',
  'kansler',
  'əmir',
  'vəliəhd',
];
// Lower-case words inside a title that say where the post is: "Almaniyanın ölkəmizdəki səfiri",
// "Türkiyənin Ankara şəhərinin Baş prokuroru".
const PLACE_IN_TITLE =
  /^(\p{L}+d[aə]k[ıi]|(şəhər|vilayət|rayon|əyalət|ştat|region|bölgə|dairə)|(şəhər|vilayət|rayon|əyalət|ştat|region|bölgə|dairə|ölkə)\p{L}*n[ıiuü]n)$/u;
// Şeyx, Arabic princes' honorific, is no part of the name (Şeyx Səud bin Abdullah).
const HONORIFICS = new Set(['cənab', 'xanım', 'bəy', 'şeyx', 'dr', 'prof']);
// Lower-case particles inside foreign names: Usama bin Ladin, Ursula fon der Lyayen.
const PARTICLES = new Set(['bin', 'ibn', 'van', 'fon', 'der', 'de', 'da', 'di', 'el', 'al', 'əl', 'ul', 'ben']);
// The heads of names of bodies: a word like these ends a name of a body, not of a person.
const BODY_HEADS =
  /^(nazirli|idarə|xidmət|assosiasiya|şəbəkə|komitə|təşkilat|məhkəmə|şura|agentli|departament|prokurorlu|komissiya|büro|ofis|polis|birli|ittifaq|palata|fond|akademiya|institut|universitet|mərkəz|respublika|krallı|federasiya|dövlət)/;
// Nouns that end the names of places, not of people: "Fəxri Xiyaban", "Mərkəzi Park", "Azadlıq Meydanı".
const PLACE_HEADS = /^(xiyaban|park|meydan|küçə|prospekt|bulvar|liman|körpü|stadion|muzey|məscid|qəbiristan|abidə|saray)/;
const SURNAME_END = /(ov|ova|ev|eva|zadə|zoda|oğlu|qızı|dze|şvili|ski|skiy|ska|enko)$/;
const FEMALE_SURNAME_END = /(ova|eva|ina|ına|ska|skaya|aya)$/;
const ACCUSATIVE_VERBS = /^(qəbul|qarşıla|salamla|təbrik|təltif|dinlə|məlumatlandır)/;
const MASCULINE_SURNAME_END = /(ov|ev|in|ın|ski|skiy)$/;
// First names that tell a woman where the ending does not (most women's names end in -a or -ə).
const WOMEN = new Set(['mehriban', 'aynur', 'gülnar', 'nigar', 'sevinc', 'günel', 'aygün', 'nərmin', 'aigerim', 'ketevan', 'nino', 'gülşən', 'şəhla']);
const MEN_IN_A = new Set(['musa', 'isa', 'mustafa', 'nikita', 'ilya', 'mirza', 'yəhya', 'murtuza', 'əhmədiyyə', 'luka', 'andrea']);

// Titles by their first two letters, since every word of a text is tried.
const TITLES_BY_START = new Map<string, string[]>();
for (const stem of TITLE_STEMS) {
  const key = stem.slice(0, 2);
  TITLES_BY_START.set(key, [...(TITLES_BY_START.get(key) ?? []), stem]);
}

// Every word of a text is asked, so answers are kept by spelling (bounded: a text's vocabulary).
const titleWords = new Map<string, boolean>();

export function isTitleWord(word: Word): boolean {
  const lower = word.lower;
  let known = titleWords.get(lower);
  if (known === undefined) {
    const stems = TITLES_BY_START.get(lower.slice(0, 2)) ?? [];
    known = stems.some((stem) => lower.startsWith(stem) && (lower.length === stem.length || parseAzSuffix({ stem }, lower.slice(stem.length)) !== null));
    if (titleWords.size > 50_000) titleWords.clear();
    titleWords.set(lower, known);
  }
  return known;
}

function isBareTitle(word: Word): boolean {
  return TITLE_STEMS.includes(word.lower);
}

export interface Span {
  first: number;
  last: number;
}

/**
 * The title phrase right before a name starting at word `at`: "Qazaxıstan Baş prokurorunun
 * müavini", "Britaniyanın Kral Prokurorluq Xidmətinin rəhbəri". It runs back over genitive titles,
 * capitalised words and the names of countries and bodies, and stops at a bare title (the subject
 * of the sentence: "Baş prokuror Britaniyanın … rəhbəri ilə görüşüb").
 */
export function titleBefore(words: Word[], at: number, mentionAt: (Mention | undefined)[]): Span | null {
  let j = at - 1;
  while (j >= 0 && HONORIFICS.has(words[j].lower) && (words[j + 1].sep === ' ' || words[j + 1].sep === '.')) j--;
  if (j < 0 || words[j + 1].sep !== ' ' || words[j + 1].sentenceStart || !isTitleWord(words[j]) || mentionAt[j]) return null;
  const last = j;
  let first = j;
  let k = j - 1;
  while (k >= 0 && (words[k + 1].sep === ' ' || words[k + 1].sep === '-') && !words[k + 1].sentenceStart) {
    const word = words[k];
    const mention = mentionAt[k];
    if (mention) {
      if (mention.entry.kind === 'person') break;
      first = mention.first;
      k = mention.first - 1;
      continue;
    }
    if (isTitleWord(word)) {
      // "rəis müavini", "sədr müavini": a bare title before müavin is one title with it.
      if (isBareTitle(word) && k !== last && !(k + 1 === first && words[first].lower.startsWith('müavin'))) break;
      first = k--;
      continue;
    }
    if (word.cap || PLACE_IN_TITLE.test(word.lower)) {
      first = k--;
      continue;
    }
    // "Ekstradisiya məsələləri üzrə rəhbəri": üzrə takes the noun before it into the title.
    if (word.lower === 'üzrə' && k > 0 && words[k].sep === ' ') {
      first = k - 1;
      k -= 2;
      continue;
    }
    break;
  }
  return { first, last };
}

export interface PersonProposal extends Span {
  /** The name without its case suffix, as written. */
  az: string;
  /** The name read with the other case suffix, where the text cannot tell which it is. */
  alternative?: string;
  start: number;
  end: number;
}

interface NameSpan extends Span {
  units: number;
}

/** Capitalised words from `from` that can be a person's name. */
function readName(words: Word[], from: number, mentionAt: (Mention | undefined)[]): NameSpan | null {
  let first = -1;
  let last = -1;
  let units = 0;
  for (let j = from; j < words.length; j++) {
    const word = words[j];
    if (mentionAt[j]) break;
    if (first >= 0) {
      if (word.sentenceStart || word.sep === '') break;
      if ((HONORIFICS.has(word.lower) || PARTICLES.has(word.lower)) && word.sep === ' ' && words[j + 1]?.cap) continue;
    }
    if (!word.cap || (word.allCaps && word.text.length > 1) || isTitleWord(word) || BODY_HEADS.test(word.lower)) break;
    // "Anna Lindberq Baş prokurorla görüşüb": a title may start right after a name.
    if (first >= 0 && word.lower === 'baş' && words[j + 1] && isTitleWord(words[j + 1])) break;
    // The name before a place's head noun is the place's: nothing of it is a person's.
    if (first >= 0 && PLACE_HEADS.test(word.lower)) return null;
    const joined = first >= 0 && (word.sep === '-' || word.sep === "'");
    const afterInitial = first >= 0 && word.sep === '.' && words[j - 1].text.length === 1;
    if (first >= 0 && !joined && !afterInitial && word.sep !== ' ') break;
    if (!joined) {
      if (units === 4) break;
      units++;
    }
    if (first < 0) first = j;
    last = j;
  }
  return first < 0 ? null : { first, last, units };
}

/** A word that is a surname by its ending, with any case suffix (Zakirzadədən, Qvarakidzenin). */
export function looksLikeSurname(word: Word): boolean {
  if (SURNAME_END.test(word.lower)) return true;
  return azCaseSplits(word.lower).some((split) => SURNAME_END.test(word.lower.slice(0, split.stemLength)));
}

function isWoman(words: Word[], span: Span): boolean {
  for (let j = span.first; j <= span.last; j++) if (words[j].lower === 'xanım') return true;
  const given = words[span.first].lower;
  return WOMEN.has(given) || (/[aə]$/.test(given) && !MEN_IN_A.has(given));
}

/**
 * How many letters of the last word are the case suffix. Taken off when the grammar is sure (a
 * genitive, locative, ablative or instrumental), when the bare name stands elsewhere in the text,
 * and for a bare -a/-ı after a man's surname (Asılova is Asılov's dative; a woman's Əliyeva stays).
 * Where two sure readings remain (Darmanenin: Darmanen + -in or Darmane + -nin), the one the
 * text's other forms of the word support wins (Darmanenə can only be Darmanen + -ə); with no such
 * support both are returned, the longer suffix first, for the name's origin to decide.
 */
function suffixLengths(word: Word, woman: boolean, text: TextForms, next: Word | undefined): number[] {
  const splits = azCaseSplits(word.lower);
  // "Habibullo Vohidzoda ilə": a name before ilə stands in the nominative.
  if (!splits.length || next?.lower === 'ilə') return [0];
  const attested = splits.find((s) => text.words.has(word.lower.slice(0, s.stemLength)));
  if (attested) return [word.lower.length - attested.stemLength];
  const sure = splits.filter((s) => /^(n?[ıiuü]n|d[aə]n?|y?l[aə]|d[aə]k[ıi])$/.test(s.suffix)).reverse();
  if (sure.length) {
    const support = sure.map((s) => text.support(word.lower, word.lower.slice(0, s.stemLength)));
    const best = Math.max(...support);
    // Vohidzoda is no locative when Vohidzodanın stands elsewhere.
    if (text.support(word.lower, word.lower) > best) return [0];
    const winners = sure.filter((_, k) => support[k] === best);
    return winners.map((s) => s.suffix.length);
  }
  // "səfiri Ceyms Şarpı qəbul edib": the verb asks for an accusative.
  if (next && ACCUSATIVE_VERBS.test(next.lower)) {
    // Yamamotonu: Yamamoto + -nu or Yamamoton + -u; both readings go on, for the origin to decide.
    const accusatives = splits.filter((s) => /^n?[ıiuü]$/.test(s.suffix)).map((s) => s.suffix.length);
    if (accusatives.length) return accusatives.sort((a, b) => b - a);
  }
  for (const split of splits) {
    const stem = word.lower.slice(0, split.stemLength);
    if (/^[aəıiuü]$/.test(split.suffix) && MASCULINE_SURNAME_END.test(stem) && !woman) return [split.suffix.length];
    if (/^y[aə]$/.test(split.suffix) && FEMALE_SURNAME_END.test(stem) && woman) return [split.suffix.length];
  }
  return [0];
}

function suffixLength(word: Word, woman: boolean, text: TextForms, next: Word | undefined): number {
  return suffixLengths(word, woman, text, next)[0];
}

/** The text's words, and how many other forms in it a stem alone explains. */
interface TextForms {
  words: ReadonlySet<string>;
  support(word: string, stem: string): number;
}

function textForms(words: Word[]): TextForms {
  const set = new Set(words.map((w) => w.lower));
  return {
    words: set,
    support(word, stem) {
      let n = 0;
      for (const other of set) {
        if (other !== word && other.length > stem.length && other.startsWith(stem) && parseAzSuffix({ stem }, other.slice(stem.length))) n++;
      }
      return n;
    },
  };
}

function propose(text: string, words: Word[], span: NameSpan, forms: TextForms): PersonProposal {
  const lastWord = words[span.last];
  let cuts = [0];
  let mentionEnd = lastWord.end;
  const next = words[span.last + 1];
  if (next && (next.sep === '-' || next.sep === "'") && !next.cap && parseAzSuffix({ stem: lastWord.lower }, next.lower)) {
    mentionEnd = next.end;
  } else {
    cuts = suffixLengths(lastWord, isWoman(words, span), forms, next);
  }
  const nameWith = (cut: number) => {
    let az = '';
    for (let j = span.first; j <= span.last; j++) {
      const word = words[j];
      if (HONORIFICS.has(word.lower)) continue;
      const piece = text.slice(word.start, j === span.last ? lastWord.end - cut : word.end);
      if (az) az += word.sep === ' ' ? ' ' : word.sep === '.' ? '. ' : word.sep;
      az += piece;
    }
    return az;
  };
  const proposal: PersonProposal = {
    az: nameWith(cuts[0]),
    first: span.first,
    last: mentionEnd === lastWord.end ? span.last : span.last + 1,
    start: words[span.first].start,
    end: mentionEnd,
  };
  if (cuts.length > 1) proposal.alternative = nameWith(cuts[1]);
  return proposal;
}

/** People named in the text that no registry entry covers. */
export function proposePeople(text: string, words: Word[], mentionAt: (Mention | undefined)[]): PersonProposal[] {
  const forms = textForms(words);
  const proposals: PersonProposal[] = [];
  const taken = new Uint8Array(words.length);
  const add = (span: NameSpan) => {
    const proposal = propose(text, words, span, forms);
    for (let j = proposal.first; j <= proposal.last; j++) taken[j] = 1;
    proposals.push(proposal);
  };
  for (let i = 0; i + 1 < words.length; i++) {
    if (mentionAt[i] || taken[i] || (!isTitleWord(words[i]) && !HONORIFICS.has(words[i].lower))) continue;
    let from = i + 1;
    while (from < words.length && HONORIFICS.has(words[from].lower)) from++;
    // "naziri Dr.Valid bin …": an abbreviated honorific may stand close to the name.
    const sepOk = words[from]?.sep === ' ' || (from > i + 1 && words[from]?.sep === '.');
    if (!sepOk || taken[from]) continue;
    const span = readName(words, from, mentionAt);
    // One word after a title is too often not a name (müavini Xəzəryanı dövlətlərin); a lone
    // surname is found later if the full name was given elsewhere.
    // An initial with a surname (səfir E. Özoral) is someone named in full elsewhere.
    if (span && span.units >= 2 && words[span.first].text.length > 1) add(span);
  }
  for (let i = 0; i < words.length; i++) {
    if (mentionAt[i] || taken[i] || !words[i].cap || HONORIFICS.has(words[i].lower)) continue;
    let span = readName(words, i, mentionAt);
    if (!span) continue;
    // A sentence's first word is capitalised anyway: "Görüşdə Giorgi Qvarakidze …".
    if (words[i].sentenceStart && (span.units > 2 || azCaseSplits(words[i].lower).length)) span = readName(words, i + 1, mentionAt);
    // An initial alone with a surname is someone named in full elsewhere (K.Əliyev).
    if (!span || span.units < 2 || span.units > 3 || words[span.first].text.length === 1) {
      if (span) i = span.last;
      continue;
    }
    let clear = true;
    for (let j = span.first; j <= span.last; j++) if (taken[j]) clear = false;
    const lastWord = words[span.last];
    const stem = lastWord.lower.slice(0, lastWord.lower.length - suffixLength(lastWord, isWoman(words, span), forms, words[span.last + 1]));
    // "Valid bin Məhəmməd Əl-Səmaani": bin/ibn (son of) only stands inside a person's name.
    let patronymic = false;
    for (let j = span.first; j <= span.last; j++) if (words[j].lower === 'bin' || words[j].lower === 'ibn') patronymic = true;
    if (clear && (SURNAME_END.test(stem) || patronymic)) add(span);
    i = span.last;
  }
  return proposals;
}
