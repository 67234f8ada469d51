// Suffix rules that let a registry name be found in inflected text.
//
// Azerbaijani is agglutinative: a name takes a chain of suffixes (plural, possessive, case, the
// -dakı relative, the -lı adjective) whose vowels follow the last vowel before them (two-way
// a/ə, four-way ı/i/u/ü) and which take a buffer consonant after a vowel (y before the dative and
// instrumental, n before the genitive and accusative, and n before any case after a possessive:
// Assosiasiyası → Assosiasiyasının). A word is a form of a name when it is the name followed by
// such a chain and nothing else, which keeps "Çinar" from being China and "Nigeriya" from Niger.
//
// Russian and English get the simple rules their names need: Russian case endings after the stem
// (Казахстана, Москве, Алиевым), English 's.

const BACK = new Set(['a', 'ı', 'o', 'u']);
const VOWELS = new Set(['a', 'ı', 'o', 'u', 'e', 'ə', 'i', 'ö', 'ü']);
const FOUR_WAY: Record<string, string> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', ə: 'i', i: 'i', ö: 'ü', ü: 'ü' };

function lastVowel(s: string): string | null {
  for (let i = s.length - 1; i >= 0; i--) if (VOWELS.has(s[i])) return s[i];
  return null;
}

// Templates: A is a two-way vowel (a/ə), I four-way (ı/i/u/ü), K two-way unrounded (ı/i, in -dakı).
type State = 'start' | 'afterPlural' | 'afterPossessive' | 'afterCase' | 'afterRelative' | 'afterAdjective' | 'end';

interface Morpheme {
  /** Template after a vowel and after a consonant; null where the morpheme cannot stand there. */
  afterVowel: string | null;
  afterConsonant: string | null;
  next: State;
  /** Cases are what a caller stripping a name's suffix wants; the rest makes new words. */
  isCase?: boolean;
  genitive?: boolean;
}

const plural: Morpheme = { afterVowel: 'lAr', afterConsonant: 'lAr', next: 'afterPlural' };
const possessive: Morpheme = { afterVowel: 'sI', afterConsonant: 'I', next: 'afterPossessive' };
const adjective: Morpheme = { afterVowel: 'lI', afterConsonant: 'lI', next: 'afterAdjective' };
const predicate: Morpheme = { afterVowel: 'dIr', afterConsonant: 'dIr', next: 'end' };
const relative: Morpheme = { afterVowel: 'dAkK', afterConsonant: 'dAkK', next: 'afterRelative', isCase: true };

const CASES: Morpheme[] = [
  { afterVowel: 'nIn', afterConsonant: 'In', next: 'afterCase', isCase: true, genitive: true },
  { afterVowel: 'yA', afterConsonant: 'A', next: 'afterCase', isCase: true },
  { afterVowel: 'nI', afterConsonant: 'I', next: 'afterCase', isCase: true },
  { afterVowel: 'dA', afterConsonant: 'dA', next: 'afterCase', isCase: true },
  { afterVowel: 'dAn', afterConsonant: 'dAn', next: 'afterCase', isCase: true },
  { afterVowel: 'ylA', afterConsonant: 'lA', next: 'afterCase', isCase: true },
  relative,
];

// After a possessive every case takes n: -sının, -sına, -sını, -sında, -sından, -sındakı.
const CASES_AFTER_POSSESSIVE: Morpheme[] = [
  { afterVowel: 'nIn', afterConsonant: null, next: 'afterCase', isCase: true, genitive: true },
  { afterVowel: 'nA', afterConsonant: null, next: 'afterCase', isCase: true },
  { afterVowel: 'nI', afterConsonant: null, next: 'afterCase', isCase: true },
  { afterVowel: 'ndA', afterConsonant: null, next: 'afterCase', isCase: true },
  { afterVowel: 'ndAn', afterConsonant: null, next: 'afterCase', isCase: true },
  { afterVowel: 'ylA', afterConsonant: null, next: 'afterCase', isCase: true },
  { afterVowel: 'ndAkK', afterConsonant: null, next: 'afterRelative', isCase: true },
];

const NEXT: Record<State, Morpheme[]> = {
  start: [plural, possessive, adjective, predicate, ...CASES],
  afterPlural: [possessive, predicate, ...CASES],
  afterPossessive: [predicate, ...CASES_AFTER_POSSESSIVE],
  afterCase: [predicate],
  afterRelative: [plural, ...CASES],
  afterAdjective: [plural, possessive, predicate, ...CASES],
  end: [],
};

/** The letters a template letter may be after a vowel `prev`; null prev means "any harmony". */
function choices(symbol: string, prev: string | null): string[] {
  if (symbol === 'A') {
    if (prev === null) return ['a', 'ə', 'e'];
    // Writers with Turkish habits put e for ə ("Türkiye'ye").
    return BACK.has(prev) ? ['a'] : ['ə', 'e'];
  }
  if (symbol === 'I') return prev === null ? ['ı', 'i', 'u', 'ü'] : [FOUR_WAY[prev]];
  if (symbol === 'K') return prev === null ? ['ı', 'i'] : [BACK.has(prev) ? 'ı' : 'i'];
  return [symbol];
}

/** Match template at word[pos]; returns the end position and the last vowel, or null. */
function matchTemplate(word: string, pos: number, template: string, prev: string | null): [number, string | null] | null {
  let vowel = prev;
  let loose = prev === null;
  for (const symbol of template) {
    const ch = word[pos];
    if (ch === undefined) return null;
    if (!choices(symbol, loose ? null : vowel).includes(ch)) return null;
    if (VOWELS.has(ch)) {
      vowel = ch;
      loose = false;
    }
    pos++;
  }
  return [pos, vowel];
}

interface Walk {
  word: string;
  /** Only case suffixes (for taking a case off a person's name). */
  casesOnly: boolean;
  /** Called with the end of every complete parse; return true to stop. */
  onEnd: (genitive: boolean) => boolean;
}

function walk(w: Walk, pos: number, state: State, prev: string | null, endsVowel: boolean | null, genitive: boolean): boolean {
  if (pos === w.word.length) return w.onEnd(genitive);
  for (const m of NEXT[state]) {
    if (w.casesOnly && !m.isCase) continue;
    const templates = new Set<string>();
    if (endsVowel !== false && m.afterVowel) templates.add(m.afterVowel);
    if (endsVowel !== true && m.afterConsonant) templates.add(m.afterConsonant);
    for (const template of templates) {
      const hit = matchTemplate(w.word, pos, template, prev);
      if (!hit) continue;
      const [end, vowel] = hit;
      const last = w.word[end - 1];
      if (walk(w, end, m.next, vowel, VOWELS.has(last), m.genitive === true)) return true;
    }
  }
  return false;
}

export interface StemInfo {
  /** The stem as it stands in the word, Azerbaijani lower case ("krallığ" for Krallıq). */
  stem: string;
  /** Abbreviations and names ending in a digit are read aloud, so any harmony and buffer goes. */
  loose?: boolean;
  /**
   * The stem may end in a possessive (the head of an izafet: "Prokurorlar Assosiasiyası"), after
   * which cases take n. Callers set it for multiword names ending in ı/i/u/ü.
   */
  izafet?: boolean;
}

function startOf(info: StemInfo): { prev: string | null; endsVowel: boolean | null } {
  const last = info.stem[info.stem.length - 1] ?? '';
  if (info.loose || /\p{N}/u.test(last)) return { prev: null, endsVowel: null };
  let prev = lastVowel(info.stem);
  // An e in a foreign name is read either way (Kembric, Türkiye), so both harmonies pass.
  if (prev === 'e') prev = null;
  return { prev, endsVowel: VOWELS.has(last) };
}

export interface SuffixParse {
  genitive: boolean;
}

/**
 * Whether `rest` (Azerbaijani lower case, a hyphen or apostrophe first allowed) is a chain of
 * suffixes that can follow `stem`; the parse says whether the chain ends in a genitive.
 */
export function parseAzSuffix(info: StemInfo, rest: string): SuffixParse | null {
  if (/^['’ʼ-]/.test(rest)) {
    rest = rest.slice(1);
    if (!rest) return null;
  }
  if (!rest) return { genitive: false };
  const { prev, endsVowel } = startOf(info);
  const found: SuffixParse[] = [];
  const w: Walk = { word: rest, casesOnly: false, onEnd: (genitive) => found.push({ genitive }) > 0 };
  if (!walk(w, 0, 'start', prev, endsVowel, false) && info.izafet) walk(w, 0, 'afterPossessive', prev, endsVowel, false);
  return found[0] ?? null;
}

export function azSuffixOk(stem: string, rest: string, options: Omit<StemInfo, 'stem'> = {}): boolean {
  return parseAzSuffix({ stem, ...options }, rest) !== null;
}

export interface CaseSplit {
  /** Length of the stem within the word. */
  stemLength: number;
  genitive: boolean;
  /** The suffix, for callers weighing how sure a split is (a bare -a or -ı is often part of a name). */
  suffix: string;
}

/**
 * Ways to read `word` (Azerbaijani lower case) as a name plus one case suffix (with -dakı),
 * shortest suffix first. Used for names the registry does not know, so the stem is unknown.
 */
export function azCaseSplits(word: string): CaseSplit[] {
  const splits: CaseSplit[] = [];
  for (let k = word.length - 1; k >= 2 && word.length - k <= 6; k--) {
    const stem = word.slice(0, k);
    if (!lastVowel(stem)) continue;
    const { prev, endsVowel } = startOf({ stem });
    const rest = word.slice(k);
    walk(
      {
        word: rest,
        casesOnly: true,
        onEnd: (genitive) => splits.push({ stemLength: k, genitive, suffix: rest }) > 0,
      },
      0,
      'start',
      prev,
      endsVowel,
      false,
    );
  }
  return splits;
}

// Russian: the declinable end of a name gives way to case endings (Москва → Москвы, Москве).
const RU_ADJECTIVE_END = /(ий|ый|ой|ая|яя|ое|ее|ие|ые)$/;
const RU_SOFT_END = /[аяйь]$/;
const RU_ENDINGS = new Set([
  '',
  'а',
  'я',
  'у',
  'ю',
  'ом',
  'ем',
  'ой',
  'ей',
  'е',
  'и',
  'ы',
  'ов',
  'ев',
  'ам',
  'ям',
  'ами',
  'ями',
  'ах',
  'ях',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ыми',
  'ими',
  'ою',
  'ею',
  'ью',
  'ь',
  'й',
  'ий',
  'ый',
]);

/** The part of a Russian word (folded) that stays in every case; indeclinable words keep it all. */
export function ruStem(folded: string): string {
  if (folded.length <= 3) return folded;
  if (RU_ADJECTIVE_END.test(folded)) return folded.slice(0, -2);
  if (RU_SOFT_END.test(folded)) return folded.slice(0, -1);
  return folded;
}

/** Whether `word` (folded) is a case form of the Russian name word `name` (folded). */
export function ruFormOf(name: string, word: string): boolean {
  if (word === name) return true;
  if (name.length <= 3 || /[оеиуюэы]$/.test(name) || /[^а-яё]/.test(name)) return false;
  const stem = ruStem(name);
  return word.startsWith(stem) && RU_ENDINGS.has(word.slice(stem.length));
}
