// The editor's fields in a shared document's `fields` map.
import type { Meta } from '../editor/draft-session';
import type * as Y from 'yjs';

/** Meta's names as the shared document spells them. */
const KEYS = { title: 'title', lead: 'lead', dateline: 'dateline', releaseDate: 'date', language: 'language' } as const satisfies Record<keyof Meta, string>;
export const FIELD_KEYS = Object.values(KEYS);

export function readMeta(fields: Y.Map<unknown>): Partial<Meta> {
  const meta: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(KEYS)) if (fields.has(key)) meta[name] = fields.get(key);
  return meta as Partial<Meta>;
}

export function writeMeta(fields: Y.Map<unknown>, patch: Partial<Meta>): void {
  for (const [name, value] of Object.entries(patch)) {
    const key = KEYS[name as keyof Meta];
    if (key && fields.get(key) !== value) fields.set(key, value);
  }
}
