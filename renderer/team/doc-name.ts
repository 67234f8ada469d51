// Which shared document holds a release: `release/<uid>`, or `version/<uid>/<lang>` for a version
// (the source's uid). TEMPORARY reading of optional fields until team-sync's contract adds them.
import type { Release, ReleaseSummary } from '../../core/api';

type Shared = { uid?: string | null; docName?: string | null };

export function sharedDocName(release: Release | ReleaseSummary): string | null {
  const { uid, docName } = release as (Release | ReleaseSummary) & Shared;
  return docName ?? (uid ? `release/${uid}` : null);
}
