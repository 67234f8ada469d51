// `pressdesk translit --to en|ru [--country CODE] NAME...`: one name per line. A person the registry
// knows gets their own spelling; with --country (ISO 3166 alpha-2) a foreign name is rebuilt for that
// country's language (foreign-names.ts); otherwise the rules for Azerbaijani citizens, official
// spellings first.
import { personBySpelling } from '../registry/name-likeness';
import { SHIPPED_REGISTRY } from '../registry/shipped';
import type { RegistryEntry } from '../registry/types';
import { reconstructName } from './foreign-names';
import { NAME_EXCEPTIONS } from './name-exceptions';
import { nameKey, transliterateName, type NameTarget } from './transliterate';

let people: Map<string, RegistryEntry> | undefined;

/** Registry people by every Azerbaijani and English spelling of their name. */
function registryPeople(): Map<string, RegistryEntry> {
  if (people) return people;
  people = new Map();
  for (const entry of SHIPPED_REGISTRY) {
    if (entry.kind !== 'person') continue;
    for (const name of [entry.names.az, entry.names.en, ...(entry.aliases?.az ?? []), ...(entry.aliases?.en ?? [])]) {
      if (name && !people.has(nameKey(name))) people.set(nameKey(name), entry);
    }
  }
  return people;
}

export function isCountryCode(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code);
}

export function translitName(name: string, to: NameTarget, country?: string): string {
  const code = country?.toUpperCase();
  // Another spelling of a registry person, unless their country is said to be another.
  const alike = personBySpelling(SHIPPED_REGISTRY, name);
  const known =
    registryPeople().get(nameKey(name)) ??
    (alike && (!code || !alike.affiliation?.startsWith('country:') || alike.affiliation === `country:${code}`) ? alike : undefined);
  if (known?.names[to]) return known.names[to];
  if (country && country.toUpperCase() !== 'AZ') return reconstructName(name, country, to);
  return transliterateName(name, to, NAME_EXCEPTIONS[to]);
}

export function translitLines(names: string[], to: NameTarget, country?: string): string[] {
  return names.map((name) => translitName(name, to, country));
}
