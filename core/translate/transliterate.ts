// Azerbaijani personal names in English and Russian spelling, by rule, with a table of official
// spellings (name-exceptions.ts) that overrides the rules where a person or a tradition spells a
// name otherwise.
//
// English follows the romanisation of Azerbaijani passports: ə→a, ı→i, ş→sh, ç→ch, c→j, x→kh,
// q→g, ğ→gh, ö→o, ü→u, j→zh; -yev/-yeva stay; -zadə → -zade.
//
// Russian follows the long-settled Russian practice for Azerbaijani names, derived from official
// forms (Алиев, Гасанов, Гаджиев, Гусейнов, Мехрибан, Эльчин, Вугар, Октай, Тофик, Гянджеви…):
//   h   → г at the start of a word (Həsən → Гасан, Hüseyn → Гусейн), but х before i
//         (Hikmət → Хикмет) and everywhere else (Şahin → Шахин, Mehriban → Мехрибан)
//   q   → к before a consonant and at the end (Oqtay → Октай, Tofiq → Тофик), else г (Qasım → Гасым)
//   c→дж, ç→ч, j→ж, ş→ш, x→х, ğ→г
//   ə   → я after k/g (Gəncə → Гянджа); а at the start and the end of a word and before y; е after two
//         consonants (Fikrət → Фикрет, Hikmət → Хикмет, Əhməd → Ахмед); else а (Həsən → Гасан,
//         and Heydər → Гейдар: y is no consonant for this rule)
//   e   → э at the start and after a vowel (Elçin → Эльчин), else е
//   ı   → и after г к х ж ш ч (Hacı → Гаджи, Nağıyev → Нагиев), else ы (Qasımov → Гасымов)
//   ü   → ю after k/g (Gülnarə → Гюльнара), else у (Hüseyn → Гусейн, Vüqar → Вугар);
//   ö   → ё after k/g, else о
//   y   + vowel → я ю е ё и as one letter (Şəhriyar → Шахрияр, Mustafayev → Мустафаев,
//         Mikayıl → Микаил), with ъ after a consonant (Məmmədyarov → Мамедъяров); else й
//   l   → ль before a consonant (Elçin → Эльчин, İlham → Ильхам)
//   the root Məmməd- → Мамед- (Məmmədov → Мамедов), the suffixes -zadə → -заде, -iyyə → -ия;
//   oğlu/qızı → оглы/кызы (oglu/gizi in English).
export type NameTarget = 'en' | 'ru';

const VOWELS = new Set([...'aəeiıoöuü']);
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.has(ch);
const isConsonant = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch) && !VOWELS.has(ch);

const EN_LETTERS: Record<string, string> = {
  ə: 'a',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  c: 'j',
  x: 'kh',
  q: 'g',
  ğ: 'gh',
  ö: 'o',
  ü: 'u',
  j: 'zh',
};

const RU_PLAIN: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'дж',
  ç: 'ч',
  d: 'д',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  i: 'и',
  j: 'ж',
  k: 'к',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  z: 'з',
};
// y + vowel as one Russian letter.
const RU_IOTATED: Record<string, string> = { a: 'я', ə: 'я', u: 'ю', ü: 'ю', e: 'е', o: 'ё', ö: 'ё', i: 'и', ı: 'и' };

/** Whole words that are not names but the patronymic links. */
const PATRONYMIC: Record<string, Record<NameTarget, string>> = {
  oğlu: { en: 'oglu', ru: 'оглы' },
  qızı: { en: 'gizi', ru: 'кызы' },
};
// Roots with a settled Russian form that the letter rules cannot reach (mm → м).
const RU_ROOTS: [string, string][] = [['məmməd', 'мамед']];
const SUFFIXES: Record<NameTarget, [string, string][]> = {
  en: [['zadə', 'zade']],
  // Women's names in -iyyə: Ülviyyə → Ульвия, Raziyyə → Разия.
  ru: [
    ['zadə', 'заде'],
    ['iyyə', 'ия'],
  ],
};

/** Lowercase by Azerbaijani rules; a capital I in a mixed-case word is taken for a mistyped İ. */
function azLower(word: string): string {
  const allCaps = word === word.toUpperCase() && word !== word.toLowerCase();
  return [...word.normalize('NFC')].map((ch, i) => (ch === 'İ' ? 'i' : ch === 'I' ? (allCaps || i > 0 ? 'ı' : 'i') : ch.toLowerCase())).join('');
}

/** The lookup key of a name in an exceptions table: Azerbaijani lowercase, single spaces. */
export function nameKey(name: string): string {
  return name.trim().split(/\s+/).map(azLower).join(' ');
}

export function transliterateName(name: string, to: NameTarget, exceptions?: Map<string, string>): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const whole = exceptions?.get(nameKey(name));
  // An official whole name is kept as listed, lowercase links (oglu, оглы) included.
  if (whole !== undefined) return isAllCaps(name) ? whole.toUpperCase() : whole;
  return words
    .map((word) => {
      const listed = exceptions?.get(nameKey(word));
      if (listed !== undefined) return matchCase(word, listed);
      return word
        .split('-')
        .map((part) => matchCase(part, transliterateWord(azLower(part), to)))
        .join('-');
    })
    .join(' ');
}

function transliterateWord(word: string, to: NameTarget): string {
  const patronymic = PATRONYMIC[word];
  if (patronymic) return patronymic[to];
  let tail = '';
  for (const [az, out] of SUFFIXES[to]) {
    if (word.endsWith(az) && word.length > az.length) {
      tail = out;
      word = word.slice(0, -az.length);
    }
  }
  return (to === 'en' ? [...word].map((ch) => EN_LETTERS[ch] ?? ch).join('') : russian(word)) + tail;
}

function russian(word: string): string {
  const letters = [...word];
  const root = RU_ROOTS.find(([az]) => word.startsWith(az));
  // A root's letters are written at once but still seen as context by the letters after it.
  let out = root ? root[1] : '';
  for (let i = root ? root[0].length : 0; i < letters.length; i++) {
    const ch = letters[i];
    const prev = letters[i - 1];
    const next = letters[i + 1];
    switch (ch) {
      case 'y':
        if (isVowel(next)) {
          const iotated = RU_IOTATED[next];
          out += (isConsonant(prev) && 'яюеё'.includes(iotated) ? 'ъ' : '') + iotated;
          i++;
        } else {
          out += 'й';
        }
        break;
      case 'h':
        out += i === 0 && next !== 'i' ? 'г' : 'х';
        break;
      case 'q':
        out += next === undefined || isConsonant(next) ? 'к' : 'г';
        break;
      case 'ə':
        if (prev === 'k' || prev === 'g') out += 'я';
        else if (i === 0 || next === undefined) out += 'а';
        // Before y it is а whatever comes before: Həmzəyev → Гамзаев, like Mustafayev → Мустафаев.
        else out += next !== 'y' && isConsonant(prev) && isConsonant(letters[i - 2]) && letters[i - 2] !== 'y' ? 'е' : 'а';
        break;
      case 'e':
        out += i === 0 || isVowel(prev) ? 'э' : 'е';
        break;
      case 'ı':
        out += 'гкхжшч'.includes(out.at(-1) ?? '') ? 'и' : 'ы';
        break;
      case 'ü':
        out += prev === 'k' || prev === 'g' ? 'ю' : 'у';
        break;
      case 'ö':
        out += prev === 'k' || prev === 'g' ? 'ё' : 'о';
        break;
      case 'l':
        out += isConsonant(next) && next !== 'l' && next !== 'y' ? 'ль' : 'л';
        break;
      default:
        out += RU_PLAIN[ch] ?? ch;
    }
  }
  return out;
}

/** The official or ruled form with the case of the name as written: capitalised, all caps or lower. */
function matchCase(source: string, target: string): string {
  if (isAllCaps(source)) return target.toUpperCase();
  if (!/^\p{Lu}/u.test(source)) return target;
  return target.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, first: string) => gap + first.toUpperCase());
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
