// The shape of the tagging registry: entities a release can be tagged with, named in the three
// languages the service publishes in. The shipped list and officers' own entries share it.

export const ENTITY_KINDS = ['country', 'organization', 'person', 'place', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Names {
  az: string;
  en: string;
  ru: string;
}

export interface RegistryEntry {
  /** Stable across releases of the shipped list (e.g. 'country:KZ', 'org:interpol'): officers' edits attach to it. */
  key: string;
  kind: EntityKind;
  names: Names;
  /** Other names and abbreviations per language (BMTNCİ, UNODC, УНП ООН; ABŞ, USA, США). */
  aliases?: Partial<Record<keyof Names, string[]>>;
  /** For people: their title per language, and the key of their organisation or country. */
  title?: Partial<Names>;
  affiliation?: string;
  /** For places: the key of the country they are in. */
  country?: string;
}
