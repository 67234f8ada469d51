// The editor's fields in a shared document's `fields` map, through core/team's readers and writers
// (which check every value as the API would).
import type * as Y from 'yjs';
import { readFieldsPresent, releaseFieldsOf, writeFields, type TeamFields } from '../../core/team';
import type { Meta } from '../editor/draft-session';

/** The map's keys the editor shows (the status and embargo have the sign-off bar). */
export const FIELD_KEYS = ['title', 'lead', 'dateline', 'date', 'language'] as const;

export function readMeta(doc: Y.Doc): Partial<Meta> {
  const { status: _status, ...meta } = releaseFieldsOf(readFieldsPresent(doc));
  return meta;
}

export function writeMeta(doc: Y.Doc, patch: Partial<Meta>, origin: unknown): void {
  const { releaseDate, ...same } = patch;
  const changes: Partial<TeamFields> = { ...same, ...(releaseDate !== undefined ? { date: releaseDate } : {}) };
  writeFields(doc, changes, origin);
}
