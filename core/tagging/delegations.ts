// Delegations from the way releases report visits:
//   "X-in rəhbərlik etdiyi nümayəndə heyəti" / "X-in rəhbərliyi ilə … heyət": a delegation headed by
//     X, whose party is the country or body in X's title (or X's registry affiliation);
//   "Qazaxıstanın nümayəndə heyəti": the party named before the delegation;
//   "Türkiyə, Qazaxıstan və … Respublikasından olan qonaqlar / həmkarlar": one party per country;
//   "… X ilə görüşüb": a meeting with X's party.
//   "X başda olmaqla / X-in sədrliyi ilə … nümayəndə heyəti": the same, with X named first;
//   "… səfiri X-i qəbul edib": a foreign official received is a delegation of their side.
// The direction comes from where the visit goes: the verbs and nouns of travel (gəlib, gedib, səfər
// edib, səfərdə olub, səfər çərçivəsində, iştirak edib, yola düşüb) with a place in the dative or
// locative: "ölkəmizə / Azərbaycana / Bakıya … səfər" brings a delegation in, "Ankaraya gedib",
// "Londonda … səfərdə olub" take Azerbaijan's own out; a foreign party met on such a trip abroad is
// a meeting, and so is a video call (no one travels). The foreign side is the party: a head whose
// title names another country or a body is never counted as Azerbaijan's.
import type { RegistryEntry } from '../registry/types';
import type { CompiledRegistry, Mention } from './matcher';
import { isTitleWord, titleBefore, type Span } from './people';
import type { Word } from './words';

export type Direction = 'incoming' | 'outgoing' | 'meeting';

export interface FoundDelegation {
  party: RegistryEntry;
  head: RegistryEntry | null;
  /** The head's title as written. */
  role: Span | null;
  direction: Direction;
  /** Word where it was found, for ordering. */
  at: number;
  /** The sentence it was read from, as first and last word. */
  sentence: Span;
}

export const HOME = 'country:AZ';

export interface DelegationContext {
  words: Word[];
  /** Final mentions, not nested, in text order. */
  mentions: Mention[];
  mentionAt: (Mention | undefined)[];
  registry: CompiledRegistry;
  /** The title before a person's mention, if any. */
  roleOf: (mention: Mention) => Span | null;
}

const LOCATIVE_OR_DATIVE = /^['’-]?(n?d[aə]|y?[aə]|n[aə])$/;
const RELATIVE = /^['’-]?n?d[aə]k[ıi]$/;
const ABLATIVE = /^['’-]?n?d[aə]n$/;
// Words saying "to our country": the country is not named, so no mention carries the direction.
const TO_US = new Set(['ölkəmizə', 'ölkəmizdə', 'respublikamıza', 'respublikamızda', 'paytaxtımıza', 'paytaxtımızda']);
const GROUP_NOUNS = /^(qonaq|nümayəndə|həmkar|heyət|iştirakçı|delegasiya)/;
// Travel in any tense or person: gəlib, gəlmiş, gələn; gedib, getmiş; səfər(ə, də, i); ezam; yola düşüb;
// "iştirak etmək üçün / məqsədilə" (going to attend); attending what is held here is no journey.
// Not gələcək (future) nor gəlir (income).
const TRAVEL = /^(səfər|gəl(?!əcək|ir)|ged|get|ezam|yollan)/;
// No one travels for a call: "videokonfrans formatında", "onlayn görüş".
// etmişdi (had made), not etmişdir (has made).
const FUTURE = /[aə]c[aə][qkğy]/;
const PAST_PERFECT = /m[ıiuü]şd[ıiuü](?!r)/;
// A visit that did not happen: "səfəri baş tutmayıb", "gəlməyib", "təxirə salınmamışdır". The
// negative -ma/-mə sits right before the tense (-yıb, -mış); -mayıb is no noun ending.
const NEGATED = /m[aə](y[ıiuü]b|m[ıiuü]ş)(d[ıiuü]r)?$/;
const GATHERING = /^(görüş|iclas|konfrans|forum|sammit|tədbir|keçiril)/;
const DESCRIBING = /^(keçiril|yerləş|təşkil|fəaliyyət)\p{L}*[əa]n$/u;
const REMOTE = /^(videokonfrans|video|onlayn|virtual|telefon)/;

function countryOf(entry: RegistryEntry): string | undefined {
  return entry.kind === 'country' ? entry.key : entry.country;
}

/** The side a mentioned entity stands for: a country, or an international body. */
export function partyOf(entry: RegistryEntry, registry: CompiledRegistry): RegistryEntry | null {
  if (entry.kind === 'country') return entry;
  if (entry.kind === 'organization') {
    if (!entry.country) return entry;
    return registry.byKey.get(entry.country) ?? null;
  }
  if (entry.kind === 'place' && entry.country) return registry.byKey.get(entry.country) ?? null;
  if (entry.kind === 'person' && entry.affiliation) {
    const affiliation = registry.byKey.get(entry.affiliation);
    return affiliation && affiliation.kind !== 'person' ? partyOf(affiliation, registry) : null;
  }
  return null;
}

function isHome(entry: RegistryEntry): boolean {
  return countryOf(entry) === HOME;
}

function isLocation(entry: RegistryEntry): boolean {
  return entry.kind === 'country' || entry.kind === 'place';
}

// Peoples' names that stand for their state in a title ("özbək həmkarı", "türk həmkarı").
const PEOPLES: Record<string, string> = {
  türk: 'TR',
  rus: 'RU',
  gürcü: 'GE',
  özbək: 'UZ',
  qazax: 'KZ',
  qırğız: 'KG',
  tacik: 'TJ',
  türkmən: 'TM',
  erməni: 'AM',
  fransız: 'FR',
  alman: 'DE',
  ingilis: 'GB',
  italyan: 'IT',
  polyak: 'PL',
  macar: 'HU',
  yapon: 'JP',
  belarus: 'BY',
};
const DEMONYMS = new WeakMap<CompiledRegistry, Map<string, RegistryEntry>>();

/**
 * The state a word of a title names by its people: "rusiyalı həmkarı" (the country's name with
 * -lı/-li/-lu/-lü), "özbək həmkarı".
 */
function demonymCountry(word: Word, registry: CompiledRegistry): RegistryEntry | null {
  let map = DEMONYMS.get(registry);
  if (!map) {
    map = new Map();
    for (const entry of registry.entries) {
      if (entry.kind !== 'country' || /\s/.test(entry.names.az)) continue;
      const stem = entry.names.az.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
      for (const suffix of ['lı', 'li', 'lu', 'lü']) map.set(stem + suffix, entry);
    }
    for (const [people, code] of Object.entries(PEOPLES)) {
      const entry = registry.byKey.get(`country:${code}`);
      if (entry) map.set(people, entry);
    }
    DEMONYMS.set(registry, map);
  }
  return map.get(word.lower) ?? null;
}

/** The party of a person: the first country or body in their title, else their affiliation. */
function personParty(ctx: DelegationContext, mention: Mention): RegistryEntry | null {
  const role = ctx.roleOf(mention);
  if (role) {
    // "rusiyalı həmkarı Sergey Lavrov", "azərbaycanlı həmkarı": the people named just before the title.
    const people = role.first > 0 ? demonymCountry(ctx.words[role.first - 1], ctx.registry) : null;
    if (people) return people;
    const body = internationalTitle(ctx, role);
    if (body) return body;
    // "İtaliyanın Azərbaycandakı səfiri": -dakı names where the post is, not whose it is.
    let home: RegistryEntry | null = null;
    const earlier = earlierTitle(ctx, role);
    for (const title of earlier ? [role, earlier] : [role]) {
      for (let j = title.first; j <= title.last; j++) {
        const m = ctx.mentionAt[j];
        if (m && m.last === j && m.entry.kind !== 'person' && !RELATIVE.test(m.suffix)) {
          const party = partyOf(m.entry, ctx.registry);
          if (party && !isHome(party)) return party;
          home ??= party;
        }
      }
    }
    if (home) return home;
    // "Argentinanın ölkəmizə yeni təyin olunan fövqəladə və səlahiyyətli səfiri": the owner in the
    // genitive stands before words the title does not run over.
    const owner = genitiveOwner(ctx, role.first);
    if (owner) return owner;
  }
  return partyOf(mention.entry, ctx.registry) ?? ownOfficial(ctx, mention);
}

/**
 * An international body whose post the person holds: "İnterpolun prezidenti", "ATƏT-in … Bürosu
 * Seçki Departamentinin rəis müavini" (the nearest body to the post), "AŞPA-nın … Komitəsinin sədri". It leads the delegation
 * whatever the person's nationality (an organisation's official serves it, not their state), so it
 * wins over a country later in the title, and over one in a second title after a comma
 * ("Assosiasiyasının Prezidenti, Buenos-Ayres … Baş prokuroru X": the first title is the one the
 * visit is made in). Only bodies and title words may stand between the body and the title's end:
 * a country there owns the post ("BMT-nin … Türkiyə nümayəndəliyinin rəhbəri").
 */
function internationalTitle(ctx: DelegationContext, role: Span): RegistryEntry | null {
  const earlier = earlierTitle(ctx, role);
  return (earlier && bodyOfTitle(ctx, earlier.first, earlier.last)) || bodyOfTitle(ctx, role.first, role.last);
}

/** A title joined to the one before the name by a comma, in the same sentence ("…-nın müavini, general-leytenant X"). */
function earlierTitle(ctx: DelegationContext, role: Span): Span | null {
  const { words, mentionAt } = ctx;
  // A compound rank is one title: "general-leytenant".
  let start = role.first;
  while (start > 0 && words[start].sep === '-' && isTitleWord(words[start - 1])) start--;
  if (start < 2 || words[start].sep !== '' || words[start].sentenceStart || !isTitleEnd(words[start - 1])) return null;
  let from = start - 1;
  for (let j = start - 2; j >= Math.max(0, start - 14); j--) {
    if (mentionAt[j]?.entry.kind === 'person' || words[j + 1].sentenceStart || words[j + 1].sep === '') break;
    from = j;
  }
  return { first: from, last: start - 1 };
}

function bodyOfTitle(ctx: DelegationContext, from: number, to: number): RegistryEntry | null {
  let found: RegistryEntry | null = null;
  for (let j = from; j <= to; j++) {
    const m = ctx.mentionAt[j];
    if (!m || m.last !== j || m.entry.kind === 'person' || RELATIVE.test(m.suffix)) continue;
    const party = partyOf(m.entry, ctx.registry);
    // A body the registry does not know ("… Komitəsi") is some body's organ: the known one decides.
    if (!party || !ctx.registry.byKey.has(party.key)) continue;
    // The nearest body to the post is the most specific: "ATƏT-in … Bürosu" (ODIHR), not the OSCE.
    if (party.kind === 'organization') found = party;
    else if (party.kind === 'country' && found) found = null;
  }
  return found;
}

function isTitleEnd(word: Word): boolean {
  return /^(prezident|sədr|katib|rəhbər|direktor|başçı|rəis|komissar|müavin|nümayəndə|komandan|üzv)\p{L}*$/u.test(word.lower);
}

function genitiveOwner(ctx: DelegationContext, before: number): RegistryEntry | null {
  return ownerBefore(ctx.words, ctx.mentionAt, ctx.registry, before);
}

/** The country or body in the genitive up to ten words before a title, in the same sentence. */
export function ownerBefore(words: Word[], mentionAt: (Mention | undefined)[], registry: CompiledRegistry, before: number): RegistryEntry | null {
  for (let j = before - 1; j >= Math.max(0, before - 10); j--) {
    const m = mentionAt[j];
    if (m?.entry.kind === 'person' || words[j + 1].sentenceStart) return null;
    if (m && m.last === j && m.genitive) return partyOf(m.entry, registry);
    // "Rusiya Federasiyası Prezidentinin … nümayəndəsi": the owner stands bare before a possessed
    // post or body in the genitive.
    if (m && m.last === j && words[j + 1]?.cap && /n[ıiuü]n$/.test(words[j + 1].lower) && !mentionAt[j + 1]) return partyOf(m.entry, registry);
  }
  return null;
}

/**
 * In this office's releases an unqualified "Baş prokuror", "Baş prokurorun (birinci) müavini" just
 * before a name, with no country or body named with it, is the office's own: Azerbaijan's.
 */
function ownOfficial(ctx: DelegationContext, mention: Mention): RegistryEntry | null {
  for (let j = mention.first - 1; j >= Math.max(0, mention.first - 4); j--) {
    if (ctx.mentionAt[j]) return null;
    // "Baş prokuroru" (someone's chief prosecutor) is another office's: "Ankara şəhərinin Baş prokuroru".
    if (ctx.words[j].lower === 'baş' && /^prokuror(un)?$/.test(ctx.words[j + 1].lower)) return ctx.registry.byKey.get(HOME) ?? null;
  }
  // "Xarici işlər naziri Ceyhun Bayramov", "Ədliyyə naziri Fərid Əhmədov": a minister or prosecutor
  // with an Azerbaijani surname and no country in the title is this country's.
  const role = ctx.roleOf(mention);
  if (!role) return null;
  let post = false;
  for (let j = role.first; j <= role.last; j++) {
    if (ctx.mentionAt[j]) return null;
    if (/^(nazir|prokuror)/.test(ctx.words[j].lower) && !/n[ıiuü]n$/.test(ctx.words[j].lower)) post = true;
  }
  return post && AZ_SURNAME.test(ctx.words[mention.last].lower) ? (ctx.registry.byKey.get(HOME) ?? null) : null;
}

// Azerbaijani surnames and patronymics, with any case ending (Əhmədovla, Bayramovun).
const AZ_SURNAME = /(ov|ova|ev|eva|zadə|oğlu|qızı|bəyli)(un|ün|ın|in|nın|nin|a|ə|la|lə|dan|dən|da|də|u|ü|ı|i|nı|ni|ya|yə)?$/;

interface Cues {
  incoming: boolean;
  outgoing: boolean;
  /** A journey with no place named ("Səfər zamanı …"): ours, unless the text brings anyone here. */
  trip: boolean;
  toUs: boolean;
  /** "Bakıda keçirilən … Görüşü": a gathering held here, whose foreign speakers came to it. */
  heldHere: boolean;
  /** "proqrama uyğun olaraq … Bakıdakı … ilə tanış olacaq": a guest's programme here. */
  programme: boolean;
}

const NO_CUES: Cues = { incoming: false, outgoing: false, trip: false, toUs: false, heldHere: false, programme: false };

function sentenceCues(ctx: DelegationContext, from: number, to: number): Cues {
  let visit = false;
  // gəl- is to come, here: a visitor who "came" came to us unless a place abroad is named.
  let come = false;
  // "Rusiyada … Forumunda iştirak edən": taking part in what is held abroad is a trip there.
  let attending = false;
  let toUs = false;
  let abroad = false;
  // "Moskvada … görüş", "Minsk şəhərində … iclası keçirilib": held abroad is travelled to.
  let gathering = false;
  let heldReported = false;
  let heldAbroad = false;
  let homeLocative = false;
  let planned = false;
  let programme = false;
  let visiting = false;
  let homePlace = false;
  for (let j = from; j <= to; j++) {
    const word = ctx.words[j];
    if (REMOTE.test(word.lower)) return NO_CUES;
    // A visit's programme, planned or done, is read before plans are set aside.
    if (/^proqram/.test(word.lower)) programme = true;
    if (word.lower === 'tanış' || /^ziyarət/.test(word.lower)) visiting = true;
    const place = ctx.mentionAt[j];
    if (place && place.last === j && isLocation(place.entry) && isHome(place.entry) && place.entry.kind === 'place') homePlace = true;
    // Words quoted from a speech ("Bakıya gedin") and past visits ("səfər etmişdi") report no journey of this release.
    // Nor do plans: "Kazan şəhərində keçiriləcək iclas", "səfər edəcək".
    if (FUTURE.test(word.lower)) planned = true;
    if (word.quoted || FUTURE.test(word.lower)) continue;
    if (PAST_PERFECT.test(word.lower) || NEGATED.test(word.lower)) return NO_CUES;
    // "görüşdə" (at the meeting) speaks of one already reported; "görüş keçirilib" reports one.
    // "Rusiyada keçirilən tədbirlər barədə məlumat verib": a participle names what was held, to speak
    // of it; taking part in it ("keçirilən forumda iştirak edib") is read from iştirak.
    if (GATHERING.test(word.lower) && !/d[aə]$/.test(word.lower)) {
      gathering = true;
      if (!/^keçiril[əe]n/.test(word.lower)) heldReported = true;
    }
    const attend = (word.lower === 'iştirak' || word.lower === 'qatılmaq') && /^(etmək|üçün|məqsədilə)/.test(ctx.words[j + 1]?.lower ?? '');
    if (word.lower === 'iştirak') attending = true;
    if (/^gəl(?!əcək|ir)/.test(word.lower) && !ctx.mentionAt[j]) come = true;
    if ((TRAVEL.test(word.lower) || attend || (word.lower === 'yola' && ctx.words[j + 1]?.lower.startsWith('düş'))) && !ctx.mentionAt[j]) visit = true;
    if (TO_US.has(word.lower)) toUs = true;
    const m = ctx.mentionAt[j];
    if (m && m.last === j && isLocation(m.entry) && LOCATIVE_OR_DATIVE.test(m.suffix)) {
      if (isHome(m.entry)) toUs = true;
      else abroad = true;
      if (isHome(m.entry) && /d[aə]$/.test(m.suffix)) homeLocative = true;
      // "Rusiyada keçirilən tədbirlər barədə məlumat verib": a place that only describes what is
      // spoken of (a participle follows it) is not where the reported contact is held.
      if (!isHome(m.entry) && /d[aə]$/.test(m.suffix) && !DESCRIBING.test(ctx.words[j + 1]?.lower ?? '')) heldAbroad = true;
    }
    // "Minsk şəhərində": the place's noun carries the case.
    if (m && m.last === j && isLocation(m.entry) && !isHome(m.entry) && /^(şəhər|paytaxt)[iı]?nd[aə]$/.test(ctx.words[j + 1]?.lower ?? '')) {
      abroad = true;
      heldAbroad = true;
    }
  }
  return {
    incoming: (visit && toUs) || (come && !abroad),
    outgoing: ((visit || attending) && abroad) || (heldReported && heldAbroad && !toUs && !planned),
    trip: visit && !come && !toUs && !abroad,
    toUs,
    heldHere: gathering && homeLocative && !planned && !abroad,
    programme: programme && visiting && homePlace && !abroad,
  };
}

export function findDelegations(ctx: DelegationContext): FoundDelegation[] {
  const { words, mentionAt, registry } = ctx;
  const sentenceOf = new Int32Array(words.length);
  const bounds: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].sentenceStart || i === 0) bounds.push([i, i]);
    bounds[bounds.length - 1][1] = i;
    sentenceOf[i] = bounds.length - 1;
  }
  const cues = bounds.map(([from, to]) => sentenceCues(ctx, from, to));
  // A "qonaq" (guest) received is no journey: an ambassador's call is a meeting.
  const textIncoming = cues.some((c) => c.incoming || c.programme);
  const textHosted = cues.some((c) => c.heldHere);
  const textOutgoing = cues.some((c) => c.outgoing) || (cues.some((c) => c.trip) && !cues.some((c) => c.incoming));
  // Foreign hosts and officials met on Azerbaijan's own trip abroad are whom it met, not delegations.
  const directionFor = (party: RegistryEntry, at: number): Direction | null => {
    const here = cues[sentenceOf[at]];
    if (isHome(party)) return here.outgoing || textOutgoing ? 'outgoing' : 'meeting';
    if (here.incoming) return 'incoming';
    if (here.outgoing || textOutgoing) return null;
    return textIncoming ? 'incoming' : 'meeting';
  };

  const found: FoundDelegation[] = [];
  const add = (party: RegistryEntry | null, head: Mention | null, direction: Direction | null, at: number) => {
    if (!party || !direction) return;
    const role = head ? ctx.roleOf(head) : null;
    const known = found.find((d) => d.party.key === party.key);
    if (!known) {
      const [first, last] = bounds[sentenceOf[at]];
      found.push({ party, head: head?.entry ?? null, role, direction, at, sentence: { first, last } });
      return;
    }
    if (known.direction === 'meeting' && direction !== 'meeting') known.direction = direction;
    if (!known.head && head) {
      known.head = head.entry;
      known.role = role;
    }
  };
  const lowerAt = (j: number) => words[j]?.lower ?? '';
  const journeyAfter = (j: number) => {
    for (let k = j + 1; k <= j + 6 && k < words.length && sentenceOf[k] === sentenceOf[j]; k++) if (TRAVEL.test(lowerAt(k))) return true;
    return false;
  };
  const delegationAhead = (from: number) => {
    // The members may be listed between: "X-in rəhbərlik etdiyi, A, B və C-dən ibarət nümayəndə heyəti".
    for (let j = from; j < words.length && sentenceOf[j] === sentenceOf[from]; j++) {
      if (lowerAt(j).startsWith('heyət')) return true;
    }
    return false;
  };

  for (const m of ctx.mentions) {
    const next = m.last + 1;
    // X-in rəhbərlik etdiyi / başçılıq etdiyi / rəhbərliyi ilə … nümayəndə heyəti
    const headed =
      ((lowerAt(next) === 'rəhbərlik' || lowerAt(next) === 'başçılıq') && lowerAt(next + 1).startsWith('etdiy')) ||
      ((lowerAt(next) === 'rəhbərliyi' || lowerAt(next) === 'başçılığı' || lowerAt(next) === 'sədrliyi') &&
        (lowerAt(next + 1) === 'ilə' || lowerAt(next + 1) === 'altında')) ||
      (lowerAt(next) === 'başda' && lowerAt(next + 1) === 'olmaqla');
    if (headed && delegationAhead(next + 2)) {
      const party = m.entry.kind === 'person' ? personParty(ctx, m) : partyOf(m.entry, registry);
      if (party) add(party, m.entry.kind === 'person' ? m : null, directionFor(party, m.first), m.first);
      continue;
    }
    // Qazaxıstanın nümayəndə heyəti; Özbəkistan prokurorluğunun nümayəndə heyəti
    const bodyWord = m.entry.kind === 'country' && /n[ıiuü]n$/.test(lowerAt(next)) && !mentionAt[next] ? 1 : 0;
    if (m.entry.kind !== 'person' && lowerAt(next + bodyWord) === 'nümayəndə' && lowerAt(next + bodyWord + 1).startsWith('heyət')) {
      const party = partyOf(m.entry, registry);
      if (party) add(party, null, directionFor(party, m.first), m.first);
      continue;
    }
    // … X ilə görüşüb / görüşündə / görüşlər keçirib, Xla (videokonfrans formatında) görüş keçirib; X-i qəbul edib
    const meetingFrom = (j: number) => [0, 1, 2, 3].some((k) => sentenceOf[j + k] === sentenceOf[m.first] && lowerAt(j + k).startsWith('görüş'));
    // "… A ilə B arasında görüş keçirilib": B is met as much as A.
    const met =
      (lowerAt(next) === 'ilə' && meetingFrom(next + 1)) ||
      (INSTRUMENTAL.test(suffixOf(m, words)) && meetingFrom(next)) ||
      (lowerAt(next) === 'arasında' && meetingFrom(next + 1)) ||
      // "ABŞ-ın səfiri Mark Libbi Baş prokurorla görüşüb": the guest, as subject, meets our official by title.
      [0, 1].some(
        (k) => /l[aə]$/.test(lowerAt(next + k)) && sentenceOf[next + k] === sentenceOf[m.first] && isTitleWord(words[next + k]) && meetingFrom(next + k + 1),
      );
    if (met || (lowerAt(next) === 'qəbul' && /[ıiuü]$/.test(m.suffix || words[m.last].lower))) {
      const party = m.entry.kind === 'person' ? personParty(ctx, m) : partyOf(m.entry, registry);
      if (party && !isHome(party)) add(party, m.entry.kind === 'person' ? m : null, directionFor(party, m.first), m.first);
    }
  }

  // "… Türkiyə Respublikasının Baş prokuroru ilə görüşüb", "Fransanın yeni səfirini qəbul edib": an
  // official met or received by title alone is their side's delegation, with no head named.
  for (let j = 1; j + 1 < words.length; j++) {
    if ((lowerAt(j + 1) !== 'ilə' && lowerAt(j + 1) !== 'qəbul') || mentionAt[j] || !isTitleWord(words[j])) continue;
    const metHere = lowerAt(j + 1) === 'ilə' && [2, 3, 4, 5].some((k) => sentenceOf[j + k] === sentenceOf[j] && lowerAt(j + k).startsWith('görüş'));
    const received = lowerAt(j + 1) === 'qəbul' && /[ıiuü]$/.test(lowerAt(j)) && /^(edib|etmiş|etdi)/.test(lowerAt(j + 2));
    if (!metHere && !received) continue;
    const title = titleBefore(words, j + 1, mentionAt);
    if (!title) continue;
    let party: RegistryEntry | null = null;
    for (let k = title.first; k <= title.last && !party; k++) {
      const m = mentionAt[k];
      if (!m || m.last !== k || m.entry.kind === 'person' || RELATIVE.test(m.suffix)) continue;
      const side = partyOf(m.entry, registry);
      if (side && !isHome(side)) party = side;
    }
    // "Fransanın yeni səfirini": the owner may stand before words the title does not run over.
    party ??= ownerBefore(words, mentionAt, registry, title.first);
    party ??= title.first > 0 ? demonymCountry(words[title.first - 1], registry) : null;
    if (party && !isHome(party)) add(party, null, directionFor(party, j), title.first);
  }

  // "Baş prokuror Kamran Əliyev Astanaya səfərə gedib", "… Berik Asılov ölkəmizə səfərə gəlib":
  // a visit reported without the word delegation is one all the same.
  for (const m of ctx.mentions) {
    if (m.entry.kind !== 'person') continue;
    // "Heydər Əliyevin 100 illiyi": a name in the genitive owns what follows it; it travels only
    // when what follows is the journey ("Bekir Şahinin Naxçıvana işgüzar səfəri").
    if (GENITIVE.test(suffixOf(m, words)) && !journeyAfter(m.last)) continue;
    const here = cues[sentenceOf[m.first]];
    const party = personParty(ctx, m);
    if (!party) continue;
    if (isHome(party) && here.outgoing) add(party, m, 'outgoing', m.first);
    else if (!isHome(party) && here.incoming && !here.outgoing) add(party, m, 'incoming', m.first);
    // A foreign official who speaks at a gathering held here came to it: the release names those
    // who took part, and says the place once, at the start.
    else if (!isHome(party) && textHosted && !textOutgoing && !here.outgoing && ctx.roleOf(m) && !ctx.words[m.first].quoted) add(party, m, 'incoming', m.first);
  }

  // Türkiyə, Qazaxıstan … və Şimali Kipr Türk Respublikasından olan qonaqlar
  for (let o = 1; o < words.length; o++) {
    if (lowerAt(o) !== 'olan' && lowerAt(o) !== 'gələn') continue;
    const group = [1, 2, 3].map((k) => lowerAt(o + k)).find((w) => GROUP_NOUNS.test(w));
    if (!group) continue;
    let end = o - 1;
    // "… və digər ölkələrdən olan həmkarları"
    if (/^(ölkələr|dövlətlər)d[əa]n$/.test(lowerAt(end)) && lowerAt(end - 1) === 'digər' && lowerAt(end - 2) === 'və') end -= 3;
    const parties: [RegistryEntry, number][] = [];
    let m = mentionAt[end];
    if (!m || (end === o - 1 && !ABLATIVE.test(m.suffix))) continue;
    while (m && m.entry.kind === 'country') {
      parties.unshift([m.entry, m.first]);
      const before: number = m.first - 1;
      const comma = before >= 0 && words[m.first].sep === '';
      if (comma) m = mentionAt[before];
      else if (lowerAt(before) === 'və') m = mentionAt[before - 1];
      else break;
    }
    const direction: Direction | null = group.startsWith('qonaq') ? 'incoming' : textOutgoing ? null : textIncoming ? 'incoming' : 'meeting';
    for (const [party, at] of parties) if (!isHome(party)) add(party, null, direction, at);
  }
  // "Bakıda keçirilən iclasda Qazaxıstan, Özbəkistan və Qırğızıstanın baş prokurorları iştirak edib":
  // countries owning officials in the plural, each its own delegation; at a gathering held here they came.
  // "Azərbaycan və Qazaxıstan baş prokurorlarının görüşü": the same with the countries bare.
  for (const m of ctx.mentions) {
    if (m.entry.kind !== 'country' || (m.suffix !== '' && !m.genitive)) continue;
    let k = m.last + 1;
    if (lowerAt(k) === 'baş' || lowerAt(k) === 'xarici' || lowerAt(k) === 'ədliyyə') k++;
    if (lowerAt(k) === 'işlər') k++;
    if (!/^(prokuror|nazir|nümayəndə|rəhbər|səfir|sədr)l[əa]r/.test(lowerAt(k)) || sentenceOf[k] !== sentenceOf[m.first]) continue;
    const here = cues[sentenceOf[m.first]];
    const sides: Mention[] = [];
    let c: Mention | undefined = m;
    while (c && c.entry.kind === 'country') {
      sides.unshift(c);
      const before: number = c.first - 1;
      if (before >= 0 && words[c.first].sep === '') c = mentionAt[before];
      else if (lowerAt(before) === 'və') c = mentionAt[before - 1];
      else break;
    }
    const foreign = sides.filter((side) => !isHome(side.entry));
    // Several sides at a gathering held here came to it; one side met here is a meeting (rule 3).
    const came = here.incoming || ((here.heldHere || (textHosted && !textOutgoing)) && foreign.length > 1);
    const direction: Direction | null = came ? 'incoming' : here.outgoing || textOutgoing ? null : textIncoming ? 'incoming' : 'meeting';
    for (const side of foreign) add(side.entry, null, direction, side.first);
    // "Azərbaycan və Türkiyə xarici işlər nazirlərinin görüşü Ankarada keçirilib": ours went there.
    const home = sides.find((side) => isHome(side.entry));
    if (home && here.outgoing) add(home.entry, null, 'outgoing', home.first);
  }

  // "Özbəkistan prokurorluğunun nümayəndə heyəti … Özbəkistan Baş Prokurorluğunun idarə rəisi X …":
  // with no leader said, the one official of that side the text names speaks for it.
  for (const d of found) {
    if (d.head || isHome(d.party)) continue;
    let only: Mention | null = null;
    let several = false;
    for (const m of ctx.mentions) {
      if (m.entry.kind !== 'person' || only?.entry.key === m.entry.key || personParty(ctx, m)?.key !== d.party.key) continue;
      if (only) several = true;
      only ??= m;
    }
    if (only && !several) {
      d.head = only.entry;
      d.role = ctx.roleOf(only);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

const GENITIVE = /^['’-]?n?[ıiuü]n$/;

/** -la/-lə (the joined form of "ilə", "with"), after a vowel -yla/-ylə. */
const INSTRUMENTAL = /^y?l[aə]$/;

/** The case ending on a mention's last word; proposals carry none, so it is read off the word. */
function suffixOf(m: Mention, words: readonly Word[]): string {
  if (m.suffix) return m.suffix;
  const base = m.entry.names.az.split(/\s+/).pop()!.toLocaleLowerCase('az');
  const word = words[m.last].lower;
  return word.startsWith(base) ? word.slice(base.length) : '';
}
