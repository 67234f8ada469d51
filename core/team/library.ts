// The `library` document: the index of the shared releases, so a host learns of releases it does not
// have yet (and creates them locally) without opening every release document. Map 'releases': uid ->
// a summary written by whoever last changed the release; map 'versions': `<uid>/<lang>` -> when the
// version was made. The release documents stay the truth: a summary is only a pointer with a label.
import * as Y from 'yjs';
import type { Language, Status } from '../api';
import { isUid, VERSION_LANGUAGES, type VersionLanguage } from './names';

export const LIBRARY_RELEASES = 'releases';
export const LIBRARY_VERSIONS = 'versions';

export interface LibraryEntry {
  title: string;
  date: string | null;
  language: Language;
  status: Status;
  /** Epoch ms of the change this summary was written for. */
  updatedAt: number;
  /** Who created the release (the signed-in user's name). */
  createdBy: string;
  /** In the trash of the office library. */
  trashed: boolean;
}

function isEntry(value: unknown): value is LibraryEntry {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.title === 'string' && typeof entry.updatedAt === 'number' && typeof entry.createdBy === 'string';
}

export function libraryEntries(doc: Y.Doc): Map<string, LibraryEntry> {
  const entries = new Map<string, LibraryEntry>();
  for (const [uid, value] of doc.getMap(LIBRARY_RELEASES).entries()) {
    if (isUid(uid) && isEntry(value)) entries.set(uid, value);
  }
  return entries;
}

export function setLibraryEntry(doc: Y.Doc, uid: string, entry: LibraryEntry, origin: unknown = null): void {
  if (!isUid(uid)) throw new Error(`not a release uid: ${uid}`);
  const map = doc.getMap(LIBRARY_RELEASES);
  const current = map.get(uid);
  if (JSON.stringify(current) === JSON.stringify(entry)) return;
  doc.transact(() => map.set(uid, entry), origin);
}

/** The translated versions listed for release `uid`. */
export function libraryVersions(doc: Y.Doc, uid: string): VersionLanguage[] {
  const map = doc.getMap(LIBRARY_VERSIONS);
  return VERSION_LANGUAGES.filter((language) => map.has(`${uid}/${language}`));
}

export function addLibraryVersion(doc: Y.Doc, uid: string, language: VersionLanguage, now: number, origin: unknown = null): void {
  const map = doc.getMap(LIBRARY_VERSIONS);
  const key = `${uid}/${language}`;
  if (!map.has(key)) doc.transact(() => map.set(key, { createdAt: now }), origin);
}
