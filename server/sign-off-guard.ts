// Only approvers and admins approve or publish: an incoming update that would turn a document's
// fields.status into a sign-off status is refused before the server applies it. The document's own
// rules (core/team/roles.ts) decide; this file only finds out what an update would do.
import * as Y from 'yjs';
import { FIELDS_MAP } from '../core/team/fields';
import { canSetStatus, SIGN_OFF_STATUSES, type TeamRole } from '../core/team/roles';
import type { Status } from '../core/api';

/**
 * Whether the update carries a sign-off status value at all: a cheap look at its items' contents, so
 * the full check (a copy of the document) runs only for the rare update that might approve something.
 */
function mentionsSignOff(update: Uint8Array): boolean {
  const { structs } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content as { arr?: unknown[]; str?: string };
    const values = content.arr ?? (content.str !== undefined ? [content.str] : []);
    if (values.some((value) => typeof value === 'string' && (SIGN_OFF_STATUSES as readonly string[]).includes(value))) return true;
  }
  return false;
}

function statusOf(doc: Y.Doc): unknown {
  return doc.getMap(FIELDS_MAP).get('status');
}

/**
 * The sign-off status `update` would set on `document` that `role` may not set, or null when the update
 * may be applied. The update is applied to a copy, never to the live document.
 */
export function refusedStatus(document: Y.Doc, update: Uint8Array, role: TeamRole): Status | null {
  if (!mentionsSignOff(update)) return null;
  const before = statusOf(document);
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
    Y.applyUpdate(copy, update);
    const after = statusOf(copy);
    if (after === before || typeof after !== 'string') return null;
    return canSetStatus(role, after as Status) ? null : (after as Status);
  } finally {
    copy.destroy();
  }
}
