// `pressdesk status`, `pressdesk embargo` and `pressdesk history`: the sign-off record, changed and
// audited outside the app, through the same dispatcher (and so the same rules) as the app itself.
import { existsSync } from 'node:fs';
import { ROLES, STATUSES, type ApiArgs, type ApiResults, type CallName } from '../core/api';
import { openAppDatabase } from './app-db';
import { createDispatcher } from './handlers';
import { isOneOf, UsageError } from './usage-error';

export interface SignoffFlags {
  set?: string;
  by?: string;
  role?: string;
  reason?: string;
  until?: string;
  zone?: string;
  schedule?: boolean;
  json?: boolean;
}

function releaseId(text: string | undefined, command: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`${command} needs a release ID (a number)`);
  return id;
}

/** A call that answers its result; a refusal is thrown (as Refused). */
type Call = <K extends CallName>(name: K, args: ApiArgs<K>) => Promise<ApiResults[K]>;

/** Runs one CLI command over the library with a dispatcher; a refusal is printed, exit code 1. */
async function withDispatcher(dbPath: string, run: (call: Call) => Promise<void>): Promise<number> {
  if (!existsSync(dbPath)) throw new UsageError(`there is no database at ${dbPath}`);
  const db = openAppDatabase(dbPath);
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath });
  try {
    await run(async (name, args) => {
      const result = await dispatch(name, args);
      if (!result.ok) throw new Refused(`${result.error.message}${result.error.issues ? ` (${result.error.issues.join(', ')})` : ''}`);
      return result.value;
    });
    return 0;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`pressdesk: ${error.message}`);
    return 1;
  } finally {
    db.close();
  }
}

class Refused extends Error {}

export function statusCommand(dbPath: string, args: string[], flags: SignoffFlags): Promise<number> {
  const id = releaseId(args[0], 'status');
  const to = flags.set;
  if (!isOneOf(STATUSES, to)) throw new UsageError(`status needs --set ${STATUSES.join('|')}`);
  const role = flags.role;
  if (role !== undefined && !isOneOf(ROLES, role)) throw new UsageError(`--role takes ${ROLES.join('|')}`);
  return withDispatcher(dbPath, async (call) => {
    const release = await call('getRelease', { id });
    const changed = await call('changeStatus', { id, revision: release.revision, to, reason: flags.reason ?? '', by: flags.by, role });
    console.log(flags.json ? JSON.stringify({ id, status: changed.status }) : `#${id}  ${release.status} → ${changed.status}`);
  });
}

export function embargoCommand(dbPath: string, args: string[], flags: SignoffFlags): Promise<number> {
  const id = releaseId(args[0], 'embargo');
  if (flags.until === undefined) throw new UsageError('embargo needs --until ISO-8601 (or --until none to lift it)');
  const until = flags.until === 'none' ? null : flags.until;
  if (flags.schedule && until === null) throw new UsageError('--schedule needs an --until time to publish at');
  return withDispatcher(dbPath, async (call) => {
    const release = await call('setEmbargo', {
      id,
      until,
      publishAt: flags.schedule ? until : null,
      ...(flags.zone && { timeZone: flags.zone }),
      by: flags.by,
    });
    const shown = (ms: number | null) => (ms === null ? 'none' : new Date(ms).toISOString());
    console.log(
      flags.json
        ? JSON.stringify({ id, embargoUntil: release.embargoUntil, timeZone: release.embargoZone, publishAt: release.publishAt })
        : `#${id}  embargo ${shown(release.embargoUntil)}  scheduled ${shown(release.publishAt)}`,
    );
  });
}

export function historyCommand(dbPath: string, args: string[], flags: SignoffFlags): Promise<number> {
  const id = releaseId(args[0], 'history');
  return withDispatcher(dbPath, async (call) => {
    const history = await call('getReleaseHistory', { id });
    if (flags.json) {
      console.log(JSON.stringify(history, null, 2));
      return;
    }
    const when = (ms: number) => new Date(ms).toISOString();
    for (const e of history.events) {
      const what = e.kind === 'embargo' ? `embargo ${JSON.stringify(e.detail)}` : `${e.fromStatus ?? ''} → ${e.toStatus}`;
      const revision = e.revisionId === null ? '' : `  (revision ${e.revisionId})`;
      console.log(`${when(e.at)}  ${e.kind.padEnd(10)}  ${what}  ${e.actor || '—'}${e.reason ? `: ${e.reason}` : ''}${revision}`);
    }
    for (const p of history.publications) {
      console.log(`${when(p.at)}  export      ${p.format} ${p.fileName ?? ''} [${p.language}, revision ${p.releaseRevision}]  ${p.actor || '—'}`);
    }
  });
}
