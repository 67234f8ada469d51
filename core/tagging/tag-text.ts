// Tagging suggestions for one text: the registry's entities found in it (countries, bodies, people,
// places, events), new people and bodies proposed from context, and the delegations it reports.
// Offsets are JavaScript string offsets into text.normalize('NFC').
import { nameSkeleton, personBySpelling, sameNameSpelling } from '../registry/name-likeness';
import { NATIONAL_BODIES } from '../registry/organizations';
import type { EntityKind, RegistryEntry } from '../registry/types';
import { counterpart } from './counterparts';
import { findDelegations, HOME, ownerBefore, partyOf, type Direction } from './delegations';
import { nameFamily, reconstructName } from '../translate/foreign-names';
import { findBodies } from './bodies';
import { compileRegistry, findMentions, type CompiledRegistry, type Language, type Mention } from './matcher';
import { parseAzSuffix } from './morphology';
import { looksLikeSurname, proposePeople, titleBefore, type Span } from './people';
import { NAME_EXCEPTIONS } from '../translate/name-exceptions';
import { transliterateName } from '../translate/transliterate';
import { splitWords, type Word } from './words';

export interface TagMention {
  start: number;
  end: number;
  text: string;
}

export interface TagEntity {
  kind: EntityKind;
  az: string | null;
  en: string | null;
  ru: string | null;
  mentions: TagMention[];
}

export interface TagDelegation {
  /** The party's English name. */
  party: string;
  head: string | null;
  role: string | null;
  direction: Direction;
}

export interface TagResult {
  /**
   * `key` is the registry entry's key, null for a proposed new entity; `guess` marks a proposed
   * name whose spelling (a foreign name rebuilt from the Azerbaijani, a case ending that could be
   * part of it) the officer should confirm. The CLI leaves both out.
   */
  entities: (TagEntity & { key: string | null; guess: boolean })[];
  /** `sentence` is the text the delegation was read from, shown to the officer; the CLI leaves it out. */
  delegations: (TagDelegation & { sentence: TagMention })[];
}

export interface TagOptions {
  language?: Language;
}

const NEW = 'new:';

function mentionIndex(words: Word[], mentions: Mention[]): (Mention | undefined)[] {
  const at: (Mention | undefined)[] = new Array(words.length);
  for (const m of mentions) if (!m.nested) for (let j = m.first; j <= m.last; j++) at[j] = m;
  return at;
}

function wordsFree(at: (Mention | undefined)[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (at[j]) return false;
  return true;
}

// Kingdoms, for "Krallıq" standing for the kingdom named before it ("Britaniyanın … Krallığın").
const KINGDOMS = new Set(
  ['GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'SA', 'JO', 'MA', 'BH', 'TH', 'KH', 'BT', 'LS', 'SZ', 'TO', 'MY', 'BN'].map((c) => `country:${c}`),
);

function kingdomMentions(words: Word[], mentions: Mention[]): Mention[] {
  const at = mentionIndex(words, mentions);
  const added: Mention[] = [];
  let kingdom: RegistryEntry | null = null;
  for (let i = 0; i < words.length; i++) {
    const m = at[i];
    if (m) {
      if (KINGDOMS.has(m.entry.key)) kingdom = m.entry;
      i = m.last;
      continue;
    }
    const word = words[i];
    if (!kingdom || !word.cap || !/^kralli[qg]/.test(word.folded)) continue;
    const suffix = word.lower.slice(7);
    const parse = parseAzSuffix({ stem: word.lower.slice(0, 7) }, suffix);
    if (parse) added.push({ entry: kingdom, first: i, last: i, start: word.start, end: word.end, genitive: parse.genitive, suffix });
  }
  return added;
}

/** "Qazaxıstan Baş Prokurorluğu", "Əmirliklərinin Daxili İşlər Nazirliyi": another country's body. */
function rebindNationalBodies(mentions: Mention[], registry: CompiledRegistry): void {
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) if (!m.nested) byEnd.set(m.last, m);
  for (const m of mentions) {
    if (m.nested || !NATIONAL_BODIES.has(m.entry.key)) continue;
    const before = byEnd.get(m.first - 1);
    if (!before || before.entry.kind !== 'country' || before.entry.key === HOME) continue;
    m.entry = counterpart(m.entry, before.entry, registry);
  }
}

// A proposed name whose last word could also end one letter sooner or later (see people.ts).
const ALTERNATIVE = new WeakMap<RegistryEntry, string>();
// Mentions taken for a registry person by a likeness of spelling, for the officer to confirm.
const LIKENED = new WeakSet<Mention>();
// Azerbaijani surnames and patronymics: a name without one, of no known country, may be foreign.
const AZ_SURNAME = /(ov|ova|ev|eva|yev|yeva|zadə|lı|li|lu|lü|oğlu|qızı|bəyli)$/;
/**
 * Whether a name read with or without a final -n (Meloni + -nin or Melonin + -in) ends in the vowel,
 * by how names of its language end: Italian, Georgian, Baltic and Slavic surnames in a vowel
 * (Meloni, Kobaxidze, Nauseda, Duda); Russian -in and Armenian -yan keep the n (Putin, Paşinyan),
 * other Russian endings are vowels (Lukaşenko, Zaxarova); Turkish names mostly end in -n (Kocaman,
 * Erdoğan) but -oğlu, -lı, -cı, -ca end in a vowel (Sinirlioğlu, Akarca); Arabic and Persian keep
 * the n except after the -i of a nisba (Fərhan, Pezeşkian; Al-Raisi, Araqçi); Tajik and Uzbek
 * -zoda ends in a vowel, -on and -in keep the n (Vohidzoda; Rahmon, Muhriddin); French, English,
 * German and Hungarian names keep the n (Makron, Darmanen, Horleman, Orban).
 */
function endsInVowel(family: string, vowelStem: string): boolean {
  const stem = vowelStem.toLocaleLowerCase('az');
  switch (family) {
    case 'turkish':
      return /(oğlu|lı|li|lu|lü|cı|ci|cu|cü|çı|çi|çu|çü|ca|ce|cə|ça|çe|çə)$/.test(stem);
    case 'cyrillic':
      return !/(ya|i|ı)$/.test(stem);
    case 'central-asian':
      return !/[oiı]$/.test(stem);
    case 'arabic':
    case 'persian':
      return /i$/.test(stem);
    case 'french':
    case 'english':
    case 'german':
    case 'hungarian':
      return false;
    default:
      return true;
  }
}

/**
 * Proposed people's names by their origin: the country in the title they are named with. A foreign
 * person's English and Russian are rebuilt from the Azerbaijani form for their language; a name
 * that cannot be read for sure is marked as a guess for the officer to confirm.
 */
function spellProposedPeople(
  words: Word[],
  mentions: Mention[],
  roleOf: (m: Mention) => Span | null,
  at: (Mention | undefined)[],
  registry: CompiledRegistry,
): Set<string> {
  const countryOf = new Map<RegistryEntry, string | null>();
  for (const m of mentions) {
    if (m.entry.kind !== 'person' || !m.entry.key.startsWith(NEW) || countryOf.get(m.entry)) continue;
    countryOf.set(m.entry, titleCountry(words, roleOf(m), at, registry));
  }
  const guessed = new Set<string>();
  for (const [entry, country] of countryOf) {
    const alternative = ALTERNATIVE.get(entry);
    const family = country ? nameFamily(country) : 'generic';
    if (alternative) {
      guessed.add(entry.key);
      const [vowelStem, consonantStem] = /[aəeiıoöuü]$/.test(entry.names.az) ? [entry.names.az, alternative] : [alternative, entry.names.az];
      entry.names.az = endsInVowel(family, vowelStem) ? vowelStem : consonantStem;
    }
    if (country && country !== HOME) {
      guessed.add(entry.key);
      const code = country.slice('country:'.length);
      entry.names.en = reconstructName(entry.names.az, code, 'en');
      entry.names.ru = reconstructName(entry.names.az, code, 'ru');
    } else if (alternative || (!country && !AZ_SURNAME.test(entry.names.az.toLocaleLowerCase('az')))) {
      guessed.add(entry.key);
      entry.names.en = transliterateName(entry.names.az, 'en', NAME_EXCEPTIONS.en);
      entry.names.ru = transliterateName(entry.names.az, 'ru', NAME_EXCEPTIONS.ru);
    }
  }
  return guessed;
}

/** The country a title names (not where the post is: "Almaniyanın ölkəmizdəki səfiri" is Germany's). */
function titleCountry(words: Word[], role: Span | null, at: (Mention | undefined)[], registry: CompiledRegistry): string | null {
  if (!role) return null;
  for (let j = role.first; j <= role.last; j++) {
    const m = at[j];
    if (!m || m.last !== j || /d[aə]k[ıi]$/.test(m.suffix)) continue;
    const party = partyOf(m.entry, registry);
    if (party?.kind === 'country') return party.key;
  }
  const owner = ownerBefore(words, at, registry, role.first);
  return owner?.kind === 'country' ? owner.key : null;
}

function newPerson(az: string): RegistryEntry {
  return {
    key: `${NEW}person:${az}`,
    kind: 'person',
    names: { az, en: transliterateName(az, 'en', NAME_EXCEPTIONS.en), ru: transliterateName(az, 'ru', NAME_EXCEPTIONS.ru) },
  };
}

/** Later mentions of people by surname alone or with an initial (Əliyev, K.Əliyev). */
function shortForms(words: Word[], mentions: Mention[], at: (Mention | undefined)[]): Mention[] {
  const people = new Map<string, { entry: RegistryEntry; given: string; surname: string; surnameLower: string }>();
  for (const m of mentions) {
    if (m.entry.kind !== 'person' || people.has(m.entry.key)) continue;
    const nameWords = splitWords(m.entry.names.az.normalize('NFC'));
    if (nameWords.length < 2) continue;
    const surname = nameWords[nameWords.length - 1];
    people.set(m.entry.key, { entry: m.entry, given: nameWords[0].folded, surname: surname.folded, surnameLower: surname.lower });
  }
  if (!people.size) return [];
  const added: Mention[] = [];
  const lastSeen = new Map<string, number>();
  const seen = (key: string, i: number) => lastSeen.set(key, i);
  for (let i = 0; i < words.length; i++) {
    const m = at[i];
    if (m) {
      if (m.entry.kind === 'person') seen(m.entry.key, i);
      i = m.last;
      continue;
    }
    const word = words[i];
    if (!word.cap || (words[i + 1]?.cap && words[i + 1].sep === ' ')) continue;
    const initial = i > 0 && words[i].sep === '.' && words[i - 1].text.length === 1 && words[i - 1].cap && !at[i - 1] ? words[i - 1].folded : '';
    if (i > 0 && !initial && words[i - 1].cap && words[i].sep === ' ' && !words[i].sentenceStart) continue;
    let best: { key: string; length: number; suffix: string; recent: number } | null = null;
    for (const [key, person] of people) {
      if (!word.folded.startsWith(person.surname)) continue;
      if (initial && !person.given.startsWith(initial)) continue;
      const suffix = word.lower.slice(person.surname.length);
      if (suffix && !parseAzSuffix({ stem: person.surnameLower }, suffix)) continue;
      const recent = lastSeen.get(key) ?? -1;
      if (!best || person.surname.length > best.length || (person.surname.length === best.length && recent > best.recent)) {
        best = { key, length: person.surname.length, suffix, recent };
      }
    }
    if (!best) continue;
    const entry = people.get(best.key)!.entry;
    const first = initial ? i - 1 : i;
    added.push({ entry, first, last: i, start: words[first].start, end: word.end, genitive: false, suffix: best.suffix });
    seen(best.key, i);
  }
  return added;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** Mentions in a text of a registry, plus proposals in Azerbaijani text. */
function allMentions(nfc: string, words: Word[], compiled: CompiledRegistry, language: Language): Mention[] {
  const mentions = findMentions(words, compiled, language);
  if (language !== 'az') return mentions;
  mentions.push(...kingdomMentions(words, mentions));
  mentions.sort(byPosition);
  rebindNationalBodies(mentions, compiled);

  let at = mentionIndex(words, mentions);
  for (const body of findBodies(nfc, words, at, compiled)) {
    // A place inside a body's name stays a mention of the place ("Bakı şəhər prokurorluğu"), and so
    // does the country or international body that starts it ("Gürcüstan Prokurorluğu", "MDB … Şurası").
    let free = true;
    for (let j = body.first; j <= body.last; j++) {
      const m = at[j];
      if (m && m.entry.kind !== 'place' && !(m.first === body.first && m.last < body.last && !m.entry.key.startsWith(NEW))) free = false;
    }
    if (!free) continue;
    for (let j = body.first; j <= body.last; j++) if (at[j]) at[j]!.nested = true;
    const mention: Mention = { entry: body.entry, first: body.first, last: body.last, start: body.start, end: body.end, genitive: false, suffix: '' };
    mentions.push(mention);
    for (let j = body.first; j <= body.last; j++) at[j] = mention;
  }

  shortenedBodies(mentions);
  mentions.push(...shortForms(words, mentions.sort(byPosition), at));
  // "Babək Zakirzadə": a place's name that is also a first name, before a surname, is the person's.
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const next = words[m.last + 1];
    if (
      m.entry.kind === 'place' &&
      !m.nested &&
      m.first === m.last &&
      m.suffix === '' &&
      next?.sep === ' ' &&
      next.cap &&
      !next.sentenceStart &&
      looksLikeSurname(next)
    ) {
      mentions.splice(k, 1);
    }
  }
  at = mentionIndex(words, mentions);
  const proposals = proposePeople(nfc, words, at);
  const newPeople = new Map<string, RegistryEntry>();
  const known = new Map<string, RegistryEntry>();
  const bySkeleton = new Map<string, RegistryEntry[]>();
  for (const p of proposals) {
    if (newPeople.has(p.az) || known.has(p.az)) continue;
    // A registry person written another way (Niqmatulla Yuldoşev for Niqmatilla Yuldaşev), in either
    // reading of an ambiguous case ending.
    const person = personBySpelling(compiled.entries, p.az) ?? (p.alternative ? personBySpelling(compiled.entries, p.alternative) : null);
    if (person) {
      known.set(p.az, person);
      continue;
    }
    // One person written two ways in one release (Mixail Şvıdkoy, then Mixayıl Şvıdkoy) is one person.
    const skeleton = nameSkeleton(p.az);
    const alike = bySkeleton.get(skeleton) ?? [];
    const same = alike.find((other) => sameNameSpelling(other.names.az, p.az));
    if (same) {
      newPeople.set(p.az, same);
      continue;
    }
    const entry = newPerson(p.az);
    if (p.alternative) ALTERNATIVE.set(entry, p.alternative);
    newPeople.set(p.az, entry);
    bySkeleton.set(skeleton, [...alike, entry]);
  }
  for (const p of proposals) {
    const mention: Mention = {
      entry: known.get(p.az) ?? newPeople.get(p.az)!,
      first: p.first,
      last: p.last,
      start: p.start,
      end: p.end,
      genitive: false,
      suffix: '',
    };
    if (known.has(p.az)) LIKENED.add(mention);
    mentions.push(mention);
  }
  at = mentionIndex(words, mentions);
  // The full names of new people where they stand again without a title.
  // Registry people found by another spelling are looked for again by the spelling this text uses.
  const spelt: RegistryEntry[] = [...known].map(([az, person]) => ({ ...person, aliases: { ...person.aliases, az: [...(person.aliases?.az ?? []), az] } }));
  if (newPeople.size || spelt.length) {
    for (const m of findMentions(words, compileRegistry([...new Set(newPeople.values()), ...spelt]), 'az')) {
      if (!m.nested && wordsFree(at, m.first, m.last)) {
        if (spelt.includes(m.entry)) LIKENED.add(m);
        mentions.push(m);
      }
    }
    at = mentionIndex(words, mentions);
  }
  if (newPeople.size || spelt.length) mentions.push(...shortForms(words, mentions.sort(byPosition), at));
  const final = mentions.filter((m) => !namesSomethingElse(words, m)).sort(byPosition);
  bracketedAbbreviations(nfc, words, final);
  const defined = definedAbbreviations(nfc, words, final);
  if (defined.length) {
    const free = mentionIndex(words, final);
    for (const m of findMentions(words, compileRegistry(defined), 'az')) if (!m.nested && wordsFree(free, m.first, m.last)) final.push(m);
    final.sort(byPosition);
  }
  return final;
}

/**
 * "İqtisadi Əməkdaşlıq Təşkilatına (İƏT) üzv dövlətlər … İƏT Baş katibinin müavini": an abbreviation
 * the registry does not know (or gives to no one, as İƏT), defined in brackets after a body's name,
 * stands for that body in the rest of the text. Returned as the bodies with the abbreviation added.
 */
function definedAbbreviations(nfc: string, words: Word[], mentions: Mention[]): RegistryEntry[] {
  const at = mentionIndex(words, mentions);
  const defined: RegistryEntry[] = [];
  for (const m of mentions) {
    const abbr = words[m.last + 1];
    if (m.nested || m.entry.kind !== 'organization' || !abbr?.allCaps || abbr.text.length < 2 || at[m.last + 1]) continue;
    if (!/^\s*\($/.test(nfc.slice(words[m.last].end, abbr.start)) || !nfc.startsWith(')', abbr.end)) continue;
    if (defined.some((d) => d.key === m.entry.key)) continue;
    defined.push({ ...m.entry, aliases: { ...m.entry.aliases, az: [...(m.entry.aliases?.az ?? []), abbr.text] } });
  }
  return defined;
}

/**
 * "MDB Daxili İşlər Nazirləri Şurası … Daxili İşlər Nazirləri Şurası": a new body whose name ends
 * another body's name in the same text is that body, named short.
 */
function shortenedBodies(mentions: Mention[]): void {
  const bodies = new Map<string, RegistryEntry>();
  for (const m of mentions) if (m.entry.kind === 'organization') bodies.set(m.entry.key, m.entry);
  const names = [...bodies.values()].flatMap((entry) =>
    [entry.names.az, ...(entry.aliases?.az ?? [])].map((name) => ({ entry, name: name.toLocaleLowerCase('az') })),
  );
  for (const m of mentions) {
    if (m.entry.kind !== 'organization' || !m.entry.key.startsWith(NEW)) continue;
    const short = ' ' + m.entry.names.az.toLocaleLowerCase('az');
    const long = names.find((n) => n.entry !== m.entry && n.name.endsWith(short));
    if (long) m.entry = long.entry;
  }
}

/**
 * "Gürcüstan Dövlət Təhlükəsizliyi Xidmətinin (DTX)": an abbreviation in brackets right after a
 * body's name is that body, whatever the abbreviation means at home.
 */
function bracketedAbbreviations(nfc: string, words: Word[], mentions: Mention[]): void {
  let previous: Mention | null = null;
  for (const m of mentions) {
    if (m.nested) continue;
    if (previous && previous.last === m.first - 1 && previous.entry.kind === m.entry.kind && m.entry.kind === 'organization') {
      if (nfc.slice(words[previous.last].end, words[m.first].start).trim() === '(') m.entry = previous.entry;
    }
    previous = m;
  }
}

/**
 * "Heydər Əliyev adına Beynəlxalq Aeroport", "Nizami adına Ədəbiyyat Muzeyi": a person's name before
 * "adına" (named after) is the name of an airport, a school or a prize, not a mention of the person.
 */
function namesSomethingElse(words: Word[], m: Mention): boolean {
  return m.entry.kind === 'person' && m.suffix === '' && words[m.last + 1]?.lower === 'adına';
}

function nameOrNull(name: string | undefined): string | null {
  return name?.trim() ? name : null;
}

export function tagText(text: string, registry: readonly RegistryEntry[], options: TagOptions = {}): TagResult {
  const nfc = text.normalize('NFC');
  const language = options.language ?? 'az';
  const words = splitWords(nfc);
  const compiled = compileRegistry(registry);
  const mentions = allMentions(nfc, words, compiled, language);

  const plain = mentions.filter((m) => !m.nested);
  const at = mentionIndex(words, plain);
  const roles = new Map<Mention, Span | null>();
  const roleOf = (m: Mention) => {
    if (!roles.has(m)) roles.set(m, titleBefore(words, m.first, at));
    return roles.get(m) ?? null;
  };
  const guessed = language === 'az' ? spellProposedPeople(words, plain, roleOf, at, compiled) : new Set<string>();

  const entities = new Map<string, TagResult['entities'][number]>();
  // A registry person found only by a likeness of spelling is a guess; one written as the registry has it is not.
  const likened = new Set<string>();
  const exact = new Set<string>();
  for (const m of mentions) (LIKENED.has(m) ? likened : exact).add(m.entry.key);
  for (const key of likened) if (!exact.has(key)) guessed.add(key);
  for (const m of mentions) {
    let entity = entities.get(m.entry.key);
    if (!entity) {
      const { names } = m.entry;
      entity = {
        key: m.entry.key.startsWith(NEW) ? null : m.entry.key,
        kind: m.entry.kind,
        az: nameOrNull(names.az),
        en: nameOrNull(names.en),
        ru: nameOrNull(names.ru),
        mentions: [],
        guess: guessed.has(m.entry.key),
      };
      entities.set(m.entry.key, entity);
    }
    if (!entity.mentions.some((x) => x.start === m.start && x.end === m.end)) {
      entity.mentions.push({ start: m.start, end: m.end, text: nfc.slice(m.start, m.end) });
    }
  }

  let delegations: TagResult['delegations'] = [];
  if (language === 'az') {
    delegations = findDelegations({ words, mentions: plain, mentionAt: at, registry: compiled, roleOf }).map((d) => {
      const start = words[d.sentence.first].start;
      const end = words[d.sentence.last].end;
      return {
        party: d.party.names.en || d.party.names.az,
        head: d.head ? d.head.names.en || d.head.names.az : null,
        role: d.role ? nfc.slice(words[d.role.first].start, words[d.role.last].end) : nameOrNull(d.head?.title?.az),
        direction: d.direction,
        sentence: { start, end, text: nfc.slice(start, end) },
      };
    });
  }
  return { entities: [...entities.values()], delegations };
}
