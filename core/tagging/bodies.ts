// Bodies the registry does not name, found by the shape of their names. An Azerbaijani name of a
// body ends in a head noun in the izafet form (Nazirliyi, İdarəsi, Xidməti, Şəbəkəsi, Şurası …)
// after capitalised words: "Anti-Korrupsiya Prokurorları Şəbəkəsi". A coordination shares one
// plural head among its parts: "Respublika Hərbi, Naxçıvan Muxtar Respublikası və Bakı şəhər
// prokurorluqları" are three prosecutor's offices, each looked up in the registry by its full name.
import type { RegistryEntry } from '../registry/types';
import { findMentions, type CompiledRegistry, type Mention } from './matcher';
import { parseAzSuffix } from './morphology';
import { transliterateName } from '../translate/transliterate';
import { splitWords, type Word } from './words';

const HEADS = [
  'nazirliyi',
  'idarəsi',
  'xidməti',
  'assosiasiyası',
  'şəbəkəsi',
  'komitəsi',
  'təşkilatı',
  'məhkəməsi',
  'şurası',
  'agentliyi',
  'departamenti',
  'prokurorluğu',
  'komissiyası',
  'bürosu',
  'ofisi',
  'polisi',
  'birliyi',
  'ittifaqı',
  'palatası',
  'fondu',
  'akademiyası',
  'institutu',
  'qrupu',
  'aparatı',
  'inspeksiyası',
  'xidmətləri',
];
// Plural heads shared by coordinated names, with the singular each part takes.
const PLURAL_HEADS: Record<string, string> = {
  prokurorluqlar: 'prokurorluğu',
  nazirliklər: 'nazirliyi',
  məhkəmələr: 'məhkəməsi',
  idarələr: 'idarəsi',
  xidmətlər: 'xidməti',
  komitələr: 'komitəsi',
  agentliklər: 'agentliyi',
};
// Every word is asked whether it is a head: most are turned away by their first two letters.
const HEAD_STARTS = new Set([...HEADS, ...Object.keys(PLURAL_HEADS)].map((head) => head.slice(0, 2)));

// Small words inside names of bodies: Korrupsiyaya qarşı Mübarizə, Narkotiklər və Cinayətkarlıq.
const CONNECTORS = new Set(['və', 'üzrə', 'qarşı', 'ilə', 'üçün', 'naminə']);
// Words of local bodies' names: Bakı şəhər prokurorluğu, Xətai rayon prokurorluğu.
const LOCALITY: Record<string, string> = { şəhər: 'City', rayon: 'District' };

/** The length of the head in `word` when it is a head noun with a case suffix or none. */
function headLength(word: Word, heads: readonly string[]): number {
  for (const head of heads) {
    if (word.lower.startsWith(head) && parseAzSuffix({ stem: head, izafet: true }, word.lower.slice(head.length))) return head.length;
  }
  return 0;
}

function pluralHead(word: Word): string | null {
  for (const plural in PLURAL_HEADS) {
    if (word.lower.startsWith(plural) && parseAzSuffix({ stem: plural }, word.lower.slice(plural.length))) return PLURAL_HEADS[plural];
  }
  return null;
}

/** Whether the word ends in a genitive, which makes it a possessor rather than part of a name. */
function isGenitive(word: Word): boolean {
  return word.lower.length > 3 && /[ıiuü]n$/.test(word.lower);
}

export interface BodyFinding {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The registry's body, or a new one (key 'new:…'). */
  entry: RegistryEntry;
}

interface Context {
  text: string;
  words: Word[];
  mentionAt: (Mention | undefined)[];
  registry: CompiledRegistry;
}

function newBody(az: string, en: string | null): RegistryEntry {
  return { key: `new:organization:${az}`, kind: 'organization', names: { az, en: en ?? '', ru: '' } };
}

/** The registry body whose whole name is `phrase`, if any. */
function registryBody(phrase: string, registry: CompiledRegistry): RegistryEntry | null {
  const words = splitWords(phrase);
  const found = findMentions(words, registry, 'az');
  const whole = found.find((m) => !m.nested && m.first === 0 && m.last === words.length - 1);
  return whole && whole.entry.kind === 'organization' ? whole.entry : null;
}

/** "Bakı şəhər prokurorluğu" in English, from the place's English name (words first..last). */
function localEnglish(ctx: Context, first: number, last: number, locality: string, singular: string): string | null {
  if (singular !== 'prokurorluğu') return null;
  const place = ctx.mentionAt[first];
  const name =
    place && place.first === first && place.last === last
      ? place.entry.names.en
      : transliterateName(ctx.text.slice(ctx.words[first].start, ctx.words[last].end), 'en');
  return name ? `${name} ${LOCALITY[locality]} Prosecutor's Office` : null;
}

/** A word that may stand in a part of a coordinated name: capitalised, a place, or şəhər/rayon. */
function partWord(ctx: Context, j: number): boolean {
  const word = ctx.words[j];
  const mention = ctx.mentionAt[j];
  if (mention && mention.entry.kind !== 'place') return false;
  return (word.cap || word.lower in LOCALITY) && !isGenitive(word) && !word.quoted;
}

function coordinated(ctx: Context, h: number, singular: string): BodyFinding[] {
  const { words, text } = ctx;
  const parts: [number, number][] = [];
  let end = h - 1;
  while (end >= 0) {
    let first = end;
    if (!partWord(ctx, end) || (end === h - 1 && words[h].sep !== ' ')) break;
    while (first > 0 && words[first].sep === ' ' && !words[first].sentenceStart && partWord(ctx, first - 1)) first--;
    parts.unshift([first, end]);
    if (first === 0) break;
    const gap = text.slice(words[first - 1].end, words[first].start).trim();
    if (gap === ',') end = first - 1;
    else if (words[first - 1].lower === 'və' && words[first].sep === ' ' && parts.length === 1) end = first - 2;
    else break;
  }
  if (parts.length < 2) return [];
  // "Sumqayıt, Gəncə və Şəki şəhər prokurorluqları": şəhər after the last part belongs to all.
  const [lastFirst, lastLast] = parts[parts.length - 1];
  const locality = lastLast > lastFirst && words[lastLast].lower in LOCALITY ? words[lastLast].lower : null;
  return parts.map(([first, last], n) => {
    const isLast = n === parts.length - 1;
    const placeLast = isLast && locality ? last - 1 : last;
    const place = text.slice(words[first].start, words[placeLast].end);
    const capital = words[first].cap && words[placeLast].cap;
    const head = capital ? singular[0].toLocaleUpperCase('az') + singular.slice(1) : singular;
    const plain = `${place} ${head}`;
    const local = locality && `${place} ${locality} ${singular}`;
    const end = isLast ? h : last;
    const known = (isLast && local ? null : registryBody(plain, ctx.registry)) ?? (local ? registryBody(local, ctx.registry) : null);
    const span = { first, last: end, start: words[first].start, end: words[end].end };
    if (known) return { ...span, entry: known };
    // The shared "şəhər" goes to a part that is just a place's name, not to "Respublika Hərbi".
    const mention = ctx.mentionAt[first];
    const isPlace = isLast || (mention?.entry.kind === 'place' && mention.first === first && mention.last === placeLast);
    if (local && isPlace) return { ...span, entry: newBody(local, localEnglish(ctx, first, placeLast, locality, singular)) };
    return { ...span, entry: newBody(plain, null) };
  });
}

/** The name of a body ending in the head at word h, reading back over its words. */
function namedBody(ctx: Context, h: number, length: number): BodyFinding | null {
  const { words, text } = ctx;
  let first = h;
  for (let j = h - 1; j >= 0; j--) {
    const next = words[j + 1];
    if ((next.sep !== ' ' && next.sep !== '-') || next.sentenceStart) break;
    const word = words[j];
    // "Qarabağ Regional Ədliyyə İdarəsi", "Mingəçevir şəhər Prokurorluğu": a place's bare name
    // starts the body's name.
    const place = ctx.mentionAt[j];
    if (place && place.entry.kind === 'place' && place.last === j && place.suffix === '' && !word.quoted) {
      first = place.first;
      break;
    }
    // "MDB Daxili İşlər Nazirləri Şurası": an international body's abbreviation before its organ's name;
    // "Gürcüstan Prokurorluğu": a country's bare name right before the head.
    const owner = place && place.last === j && place.suffix === '' && !word.quoted;
    if (owner && ((place.entry.kind === 'organization' && word.allCaps && !place.entry.country) || (place.entry.kind === 'country' && j === h - 1))) {
      first = place.first;
      break;
    }
    if (ctx.mentionAt[j] || word.quoted || isGenitive(word)) break;
    if (!word.cap && !CONNECTORS.has(word.lower) && !(word.lower in LOCALITY)) break;
    first = j;
  }
  while (first < h && !words[first].cap) first++;
  if (first === h) return null;
  // "Baş Prokurorluğun Mətbuat Xidməti": an office's own press service is a unit, not a body of its own.
  if (h === first + 1 && words[first].lower === 'mətbuat') return null;
  const az = text.slice(words[first].start, words[h].start + length);
  const known = registryBody(az, ctx.registry);
  const last = h;
  const locality = words[h - 1].lower;
  const english = locality in LOCALITY && h - 2 >= first ? localEnglish(ctx, first, h - 2, locality, 'prokurorluğu') : null;
  return { first, last, start: words[first].start, end: words[h].end, entry: known ?? newBody(az, english) };
}

/** Bodies in the text beyond the registry's own names (which `mentionAt` marks). */
export function findBodies(text: string, words: Word[], mentionAt: (Mention | undefined)[], registry: CompiledRegistry): BodyFinding[] {
  const ctx: Context = { text, words, mentionAt, registry };
  const found: BodyFinding[] = [];
  for (let h = 1; h < words.length; h++) {
    const word = words[h];
    if (mentionAt[h] || word.quoted || !HEAD_STARTS.has(word.lower.slice(0, 2))) continue;
    const singular = pluralHead(word);
    if (singular) {
      found.push(...coordinated(ctx, h, singular));
      continue;
    }
    const length = headLength(word, HEADS);
    const local = length && !word.cap && words[h - 1].lower in LOCALITY && word.lower.startsWith('prokurorlu');
    if (!length || (!word.cap && !local)) continue;
    const body = namedBody(ctx, h, length);
    if (body) found.push(body);
  }
  return found;
}
