// Who may change what in the shared library. The office server enforces these per document (a
// connection to a document its role may not edit is read-only); the host checks the same rules
// before it changes a live document, so an API call is refused with a clear message instead of
// being dropped by the server later.
import type { Status } from '../api';
import { parseDocName } from './names';

export const TEAM_ROLES = ['author', 'editor', 'approver', 'translator', 'admin'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

/** Roles that write source releases: everyone but the translator. */
const RELEASE_EDITORS: readonly TeamRole[] = ['author', 'editor', 'approver', 'admin'];
/** The registry of names is kept by the people who write releases; translators use it read-only. */
const REGISTRY_EDITORS: readonly TeamRole[] = RELEASE_EDITORS;

/** Whether `role` may change document `name` (false for a name no Pressdesk makes). */
export function canEditDoc(role: TeamRole, name: string): boolean {
  const ref = parseDocName(name);
  if (!ref) return false;
  switch (ref.kind) {
    case 'release':
      return RELEASE_EDITORS.includes(role);
    case 'registry':
      return REGISTRY_EDITORS.includes(role);
    // Versions are the translators' work, but anyone may correct one; the library index, the
    // termbase and the memory are written as a side effect of everyone's work.
    case 'version':
    case 'library':
    case 'termbase':
    case 'memory':
      return true;
  }
}

/** Whether `role` may read document `name`: every signed-in user reads the whole library. */
export function canReadDoc(_role: TeamRole, name: string): boolean {
  return parseDocName(name) !== null;
}

/** Statuses only an approver (or an admin) may set: approving and publishing are the sign-off. */
export const SIGN_OFF_STATUSES: readonly Status[] = ['approved', 'published'];

export function canSetStatus(role: TeamRole, to: Status): boolean {
  return !SIGN_OFF_STATUSES.includes(to) || role === 'approver' || role === 'admin';
}

/** Why `role` may not edit `name`, in a sentence for the officer; null when it may. */
export function editRefusal(role: TeamRole, name: string): string | null {
  if (canEditDoc(role, name)) return null;
  const ref = parseDocName(name);
  if (!ref) return `"${name}" is not a document of the shared library`;
  if (role === 'translator' && ref.kind === 'release') {
    return 'a translator edits the translated versions, not the source release: open the English or Russian version instead';
  }
  return `the ${role} role may not change ${ref.kind === 'release' ? 'this release' : `the ${ref.kind}`}`;
}

/** A caret colour for a user, the same on every machine (from the name, not chosen by anyone). */
export function userColor(name: string): string {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return `hsl(${hash % 360}, 70%, 42%)`;
}
