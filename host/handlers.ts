import { ZodError } from 'zod';
import {
  apiCalls,
  type ApiResults,
  type AppInfo,
  type CallName,
  type Envelope,
  type ErrorCode,
  type ParsedArgs,
} from '../core/api';
import { InvalidDocError } from '../core/doc-schema';
import type { Db } from '../db/open';
import { NotFoundError, StaleRevisionError } from '../db/errors';
import { LATEST_VERSION } from '../db/migrate';
import * as releases from '../db/releases';
import { listReleases } from '../db/release-list';
import * as revisions from '../db/revisions';
import * as settings from '../db/settings';
import { localToday } from './app-db';
import pkg from '../package.json';

export type Handlers = { [K in CallName]: (args: ParsedArgs<K>) => ApiResults[K] };
export type Dispatcher = (name: string, args: unknown) => Envelope<unknown>;

/** The implementation of every call in core/api.ts, over one open database. Arguments arrive validated. */
export function createHandlers(db: Db, info: Pick<AppInfo, 'mode' | 'dbPath'>): Handlers {
  return {
    getAppInfo: () => ({ ...info, version: pkg.version, schemaVersion: LATEST_VERSION }),
    getSettings: () => settings.getSettings(db),
    updateSettings: (changes) => settings.updateSettings(db, changes),
    listReleases: (args) => listReleases(db, args),
    getRelease: ({ id }) => releases.getRelease(db, id),
    createRelease: (fields) => releases.createRelease(db, { releaseDate: localToday(), ...fields }),
    saveRelease: ({ id, revision, fields, snapshot }) => releases.saveRelease(db, id, revision, fields, snapshot),
    duplicateRelease: ({ id }) => releases.duplicateRelease(db, id),
    trashRelease: ({ id }) => releases.trashRelease(db, id),
    restoreRelease: ({ id }) => releases.restoreRelease(db, id),
    emptyTrash: () => ({ deleted: releases.emptyTrash(db) }),
    listRevisions: ({ releaseId }) => revisions.listRevisions(db, releaseId),
    getRevision: ({ id }) => revisions.getRevision(db, id),
    restoreRevision: ({ releaseId, revisionId, revision }) =>
      revisions.restoreRevision(db, releaseId, revisionId, revision),
  };
}

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(apiCalls, name);
}

/**
 * The one entry for every transport (IPC and HTTP): unknown calls and malformed arguments are
 * refused before anything touches the database, and every outcome is an envelope with a code.
 */
export function createDispatcher(db: Db, info: Pick<AppInfo, 'mode' | 'dbPath'>): Dispatcher {
  const handlers = createHandlers(db, info);
  return (name, args) => {
    if (!isCallName(name)) return failure('not_found', `there is no call named "${name}"`);
    const parsed = apiCalls[name].safeParse(args === undefined ? {} : args);
    if (!parsed.success) return invalid(name, parsed.error);
    try {
      const handler = handlers[name] as (args: unknown) => unknown;
      return { ok: true, value: handler(parsed.data) };
    } catch (error) {
      return describe(error);
    }
  };
}

function failure(code: ErrorCode, message: string, issues?: string[]): Envelope<never> {
  return { ok: false, error: { code, message, ...(issues && { issues }) } };
}

function invalid(name: string, error: ZodError): Envelope<never> {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
  return failure('invalid', `invalid arguments for ${name}`, issues);
}

function describe(error: unknown): Envelope<never> {
  if (error instanceof NotFoundError) return failure('not_found', error.message);
  if (error instanceof StaleRevisionError) return failure('stale', error.message);
  if (error instanceof InvalidDocError) return failure('invalid', error.message);
  console.error(error);
  return failure('internal', error instanceof Error ? error.message : String(error));
}
