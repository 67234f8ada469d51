// The names of the shared documents. Every host, the office server and the renderer spell them with
// these helpers, so the server's per-role rules and the host's local copies always agree on a name.
import type { Language } from '../api';

/** A release's shared id: a UUID made where the release was created, kept on the local releases row. */
const UID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Translated versions are made in these languages (the sources are Azerbaijani). */
export const VERSION_LANGUAGES = ['en', 'ru'] as const satisfies readonly Language[];
export type VersionLanguage = (typeof VERSION_LANGUAGES)[number];

/** Documents that are one per office, not one per release. */
const SINGLE_DOCS = ['library', 'registry', 'termbase', 'memory'] as const;
export type SingleDoc = (typeof SINGLE_DOCS)[number];

export type DocRef = { kind: 'release'; uid: string } | { kind: 'version'; uid: string; language: VersionLanguage } | { kind: SingleDoc };

export const LIBRARY_DOC = 'library';

export function isUid(value: string): boolean {
  return UID_PATTERN.test(value);
}

export function releaseDocName(uid: string): string {
  if (!isUid(uid)) throw new Error(`not a release uid: ${uid}`);
  return `release/${uid}`;
}

export function versionDocName(uid: string, language: VersionLanguage): string {
  if (!isUid(uid)) throw new Error(`not a release uid: ${uid}`);
  if (!(VERSION_LANGUAGES as readonly string[]).includes(language)) throw new Error(`not a version language: ${language}`);
  return `version/${uid}/${language}`;
}

/** What a document name refers to; null for a name no Pressdesk makes (refused by server and relay alike). */
export function parseDocName(name: string): DocRef | null {
  if ((SINGLE_DOCS as readonly string[]).includes(name)) return { kind: name as SingleDoc };
  const release = /^release\/([^/]+)$/.exec(name);
  if (release) return isUid(release[1]) ? { kind: 'release', uid: release[1] } : null;
  const version = /^version\/([^/]+)\/([^/]+)$/.exec(name);
  if (version && isUid(version[1]) && (VERSION_LANGUAGES as readonly string[]).includes(version[2])) {
    return { kind: 'version', uid: version[1], language: version[2] as VersionLanguage };
  }
  return null;
}
