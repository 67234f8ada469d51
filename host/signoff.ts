import type { Db } from '../db/open';
import { sourceOf, versionsOf } from '../db/translations';
import { runQa } from './translation-checks';

/**
 * QA errors standing against approving a release: its own when it is a translated version, and
 * those of its versions that have been put forward (past draft). A version still being drafted
 * does not hold up the source's approval.
 */
export function qaErrorCount(db: Db, id: number): number {
  const versions = [
    ...(sourceOf(db, id) === null ? [] : [id]),
    ...versionsOf(db, id)
      .filter((version) => version.status !== 'draft')
      .map((version) => version.id),
  ];
  return versions.reduce((sum, version) => sum + runQa(db, version).filter((issue) => issue.severity === 'error').length, 0);
}
