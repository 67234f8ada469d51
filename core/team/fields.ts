// A release's or version's fields in its shared document: `doc.getMap('fields')`, one plain JSON
// value per key, so two officers changing different fields merge and the same field is last-writer
// wins. Values from the network are checked with the API's own schemas: a value that would not pass
// the API is read as absent, never stored.
import * as Y from 'yjs';
import { ReleaseFields, STATUSES, type Language, type Status } from '../api';

export const FIELDS_MAP = 'fields';
const TAGS_MAP = 'tags';

export interface Embargo {
  /** Epoch ms until which the text may not go out; null when only a publication is scheduled. */
  until: number | null;
  zone: string | null;
  /** Epoch ms of a scheduled publication, or null. */
  publishAt: number | null;
}

/** The keys of the fields map, as every client spells them. */
export interface TeamFields {
  title: string;
  lead: string;
  dateline: string;
  /** The release date, YYYY-MM-DD, or null. */
  date: string | null;
  language: Language;
  status: Status;
  embargo: Embargo | null;
}
export type TeamFieldName = keyof TeamFields;
export const TEAM_FIELD_NAMES: readonly TeamFieldName[] = ['title', 'lead', 'dateline', 'date', 'language', 'status', 'embargo'];

const DEFAULT_TEAM_FIELDS: TeamFields = {
  title: '',
  lead: '',
  dateline: '',
  date: null,
  language: 'az',
  status: 'draft',
  embargo: null,
};

const epoch = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isSafeInteger(value));

const valid: { [K in TeamFieldName]: (value: unknown) => value is TeamFields[K] } = {
  title: (value): value is string => ReleaseFields.shape.title.safeParse(value).success,
  lead: (value): value is string => ReleaseFields.shape.lead.safeParse(value).success,
  dateline: (value): value is string => ReleaseFields.shape.dateline.safeParse(value).success,
  date: (value): value is string | null => ReleaseFields.shape.releaseDate.safeParse(value).success,
  language: (value): value is Language => ReleaseFields.shape.language.safeParse(value).success,
  status: (value): value is Status => typeof value === 'string' && (STATUSES as readonly string[]).includes(value),
  embargo: (value): value is Embargo | null => {
    if (value === null) return true;
    if (typeof value !== 'object' || Array.isArray(value)) return false;
    const { until, zone, publishAt } = value as Record<string, unknown>;
    return epoch(until) && epoch(publishAt) && (zone === null || (typeof zone === 'string' && zone.length <= 100));
  },
};

/** The fields the document holds (valid ones only); a field never written is absent. */
export function readFieldsPresent(doc: Y.Doc): Partial<TeamFields> {
  const map = doc.getMap(FIELDS_MAP);
  const fields: Partial<Record<TeamFieldName, unknown>> = {};
  for (const name of TEAM_FIELD_NAMES) {
    const value = map.get(name);
    if (value !== undefined && valid[name](value)) fields[name] = value;
  }
  return fields as Partial<TeamFields>;
}

/** The document's fields, defaults for the absent ones. */
export function readFields(doc: Y.Doc): TeamFields {
  return { ...DEFAULT_TEAM_FIELDS, ...readFieldsPresent(doc) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Sets the given fields in one Yjs transaction, only those whose value differs (an unchanged field
 * written again would win over a concurrent change elsewhere for nothing). Returns the names changed.
 */
export function writeFields(doc: Y.Doc, changes: Partial<TeamFields>, origin: unknown = null): TeamFieldName[] {
  const map = doc.getMap(FIELDS_MAP);
  const changed: TeamFieldName[] = [];
  doc.transact(() => {
    for (const name of TEAM_FIELD_NAMES) {
      const value = changes[name];
      if (value === undefined) continue;
      if (!valid[name](value)) throw new Error(`invalid value for the shared field "${name}"`);
      if (same(map.get(name), value)) continue;
      map.set(name, value);
      changed.push(name);
    }
  }, origin);
  return changed;
}

/**
 * Tags and delegations: `doc.getMap('tags')`, keyed by a stable key made from what the tag names
 * (never a local row id, which differs from one machine to the next); the value is plain JSON.
 */
export type TagValue = { [key: string]: string | number | boolean | null | TagValue | TagValue[] };

/** A key that is the same on every machine for the same tagged thing: parts joined with '/'. */
function tagKey(...parts: string[]): string {
  return parts.map((part) => encodeURIComponent(part.normalize('NFC'))).join('/');
}

/** An entity tag's key: kind and Azerbaijani name (lower-cased, as the registry matches names). */
export function entityTagKey(kind: string, az: string): string {
  return tagKey('entity', kind, az.toLocaleLowerCase('az'));
}

export function readTags(doc: Y.Doc): Record<string, TagValue> {
  const tags: Record<string, TagValue> = {};
  for (const [key, value] of doc.getMap(TAGS_MAP).entries()) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) tags[key] = value as TagValue;
  }
  return tags;
}

/** Sets (or with null removes) one tag. */
export function setTag(doc: Y.Doc, key: string, value: TagValue | null, origin: unknown = null): void {
  const map = doc.getMap(TAGS_MAP);
  doc.transact(() => {
    if (value === null) map.delete(key);
    else if (!same(map.get(key), value)) map.set(key, value);
  }, origin);
}

/** A local release's fields as the shared document spells them. */
export function teamFieldsOf(release: {
  title: string;
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Language;
  status: Status;
  embargoUntil?: number | null;
  embargoZone?: string | null;
  publishAt?: number | null;
}): TeamFields {
  const { embargoUntil = null, embargoZone = null, publishAt = null } = release;
  return {
    title: release.title,
    lead: release.lead,
    dateline: release.dateline,
    date: release.releaseDate,
    language: release.language,
    status: release.status,
    embargo: embargoUntil === null && publishAt === null ? null : { until: embargoUntil, zone: embargoZone, publishAt },
  };
}

/** Shared fields as the local release row spells them (the embargo apart: it has its own columns). */
export function releaseFieldsOf(fields: Partial<TeamFields>): {
  title?: string;
  lead?: string;
  dateline?: string;
  releaseDate?: string | null;
  language?: Language;
  status?: Status;
} {
  const { title, lead, dateline, date, language, status } = fields;
  return Object.fromEntries(Object.entries({ title, lead, dateline, releaseDate: date, language, status }).filter(([, value]) => value !== undefined));
}
