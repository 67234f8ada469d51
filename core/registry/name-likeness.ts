// The same foreign person spelled several ways in Azerbaijani. The press writes a foreign name as it
// hears it, most often through its Russian form, and spellings drift in the vowels and in a few
// consonant pairs (Kubanıçbek Ömürəliyev / Kubanıçbek Omuraliyev, Niqmatilla Yuldaşev / Niqmatulla
// Yuldoşev, Horleman / Horlemann). Two spellings are taken for one name when their consonants agree
// letter for letter (after folding those pairs), each word starts alike (the same consonant, or a
// vowel in both), and the whole forms differ in at most one letter in five. The registry's people are
// also found by the Azerbaijani reading of their Russian form, so an entry needs no Azerbaijani alias
// for each way the press may write it.
import type { RegistryEntry } from './types';

// Russian → Azerbaijani as the press writes foreign names heard through Russian.
const AZ_FROM_RU: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'q',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A Russian name as Azerbaijani press spells it (Джорджа Мелони → Corca Meloni, Кир Стармер → Kir Starmer). */
export function azFromRussian(ru: string): string {
  const lower = ru.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const prev = lower[i - 1];
    if (ch === 'д' && lower[i + 1] === 'ж') {
      out += 'c';
      i++;
    } else if (ch === 'е' && (prev === undefined || /[\s-аеёиоуыэюяьъ]/.test(prev))) out += 'ye';
    else out += AZ_FROM_RU[ch] ?? ch;
  }
  return out.replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, first: string) => gap + (first === 'i' ? 'İ' : first.toUpperCase()));
}

// Letters folded together: vowels by place, the consonant pairs spellings trade.
const FOLD: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  y: '',
  q: 'g',
  ğ: 'g',
  x: 'h',
  c: 'j',
  ç: 'c',
  ş: 's',
  w: 'v',
  é: 'e',
  è: 'e',
  á: 'a',
  ó: 'o',
  í: 'i',
  ú: 'u',
};
const VOWELS = /[aeiou]/g;

function folded(name: string): string {
  const lower = name.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase().normalize('NFC');
  let out = '';
  for (const ch of lower) {
    if (/[\s'’-]/.test(ch)) out += ' ';
    else if (/\p{L}/u.test(ch)) out += FOLD[ch] ?? ch;
  }
  // Doubled letters are one sound (Horlemann / Horleman); "ts" is one sound (Şolts / Şols is not).
  return out
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The consonants of a name, word by word: two spellings of one name share it. */
export function nameSkeleton(name: string): string {
  return folded(name).replace(VOWELS, '');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return row[b.length];
}

/** Whether two spellings are the same person's name. */
export function sameNameSpelling(a: string, b: string): boolean {
  const fa = folded(a);
  const fb = folded(b);
  if (fa === fb) return true;
  const wa = fa.split(' ');
  const wb = fb.split(' ');
  if (wa.length !== wb.length || fa.replace(VOWELS, '') !== fb.replace(VOWELS, '')) return false;
  // Each word starts with the same consonant, or with a vowel in both: Karaca is not Akarca.
  const vowel = (ch: string) => /[aeiou]/.test(ch);
  if (wa.some((w, i) => w[0] !== wb[i][0] && !(vowel(w[0]) && vowel(wb[i][0])))) return false;
  return distance(fa, fb) <= Math.max(1, Math.floor(Math.max(fa.length, fb.length) / 5));
}

/** Every written form a person may be looked up by: Azerbaijani, its aliases, English, and Russian read in Azerbaijani. */
function spellingsOf(entry: RegistryEntry): string[] {
  const forms = [entry.names.az, ...(entry.aliases?.az ?? []), entry.names.en, ...(entry.aliases?.en ?? [])];
  if (entry.names.ru) forms.push(azFromRussian(entry.names.ru));
  for (const ru of entry.aliases?.ru ?? []) forms.push(azFromRussian(ru));
  return forms.filter((f) => f && f.trim());
}

const INDEX = new WeakMap<readonly RegistryEntry[], Map<string, { entry: RegistryEntry; form: string }[]>>();

function indexOf(registry: readonly RegistryEntry[]): Map<string, { entry: RegistryEntry; form: string }[]> {
  let index = INDEX.get(registry);
  if (index) return index;
  index = new Map();
  for (const entry of registry) {
    if (entry.kind !== 'person') continue;
    for (const form of spellingsOf(entry)) {
      const key = nameSkeleton(form);
      const list = index.get(key) ?? [];
      if (!list.some((x) => x.entry === entry)) list.push({ entry, form });
      index.set(key, list);
    }
  }
  INDEX.set(registry, index);
  return index;
}

/**
 * The registry person a spelling names, when exactly one person's spellings are like it. A one-word
 * name is too little to go on.
 */
export function personBySpelling(registry: readonly RegistryEntry[], name: string): RegistryEntry | null {
  if (!/\S\s+\S/.test(name.trim())) return null;
  const candidates = (indexOf(registry).get(nameSkeleton(name)) ?? []).filter((c) => sameNameSpelling(c.form, name));
  const people = new Set(candidates.map((c) => c.entry));
  return people.size === 1 ? candidates[0].entry : null;
}
