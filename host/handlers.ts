import { ZodError } from 'zod';
import {
  apiCalls,
  type ApiArgs,
  type ApiResults,
  type AppInfo,
  type CallName,
  type Envelope,
  type ErrorCode,
  type ParsedArgs,
  type Role,
  type TeamStatus,
} from '../core/api';
import { CodedError } from '../core/errors';
import { exportHtmlFragment } from '../core/export/html';
import { docToText } from '../core/doc-text';
import * as browse from '../db/entity-browse';
import * as entities from '../db/entities';
import * as comments from '../db/comments';
import * as imports from '../db/imports';
import * as workflow from '../db/workflow';
import * as translations from '../db/translations';
import * as memory from '../db/translation-memory';
import * as translationFiles from './translation-files';
import * as checks from './translation-checks';
import * as terms from '../db/terms';
import { officerActor } from '../db/actor';
import { qaErrorCount } from './signoff';
import { parseInstant } from '../core/embargo';
import { importFile, readWordAgain, reapplyImport, saveWordReapply } from './import-file';
import type { Db } from '../db/open';
import { InvalidRequestError, NotFoundError } from '../db/errors';
import { LATEST_VERSION } from '../db/migrate';
import * as releases from '../db/releases';
import { listReleases } from '../db/release-list';
import { writeTransaction } from '../db/write-transaction';
import * as revisions from '../db/revisions';
import * as settings from '../db/settings';
import { localToday } from './app-db';
import { defaultExportDir, exportInput, renderExport, writeExport } from './export-file';
import { systemOpen, type OpenHow } from './system-open';
import { chromiumPrintPdf, type PrintPdf } from './pdf';
import pkg from '../package.json';
import { docOfRelease } from '../db/team-store';
import { TeamRefusedError } from './team/refused';
import type { TeamHost } from './team/team-host';

export type Handlers = { [K in CallName]: (args: ParsedArgs<K>) => ApiResults[K] | Promise<ApiResults[K]> };
/**
 * The one entry to every call, typed from the contract: `dispatch('getRelease', { id })` answers an
 * envelope of a Release. Resolves to an envelope, never rejects: imports and PDF printing take time,
 * everything else answers at once.
 */
export type Dispatcher = <K extends CallName>(name: K, args: ApiArgs<K>) => Promise<Envelope<ApiResults[K]>>;
/** A call as a transport receives it (HTTP, IPC, a message): a name and arguments nothing has checked yet. */
export type WireDispatcher = (name: string, args: unknown) => Promise<Envelope<unknown>>;

/** What differs between the Electron shell and browser mode. */
export interface HostServices {
  /** Joins the office while running (the connect dialog); only hosts that can swap in team mode give it. */
  joinOffice?(args: ParsedArgs<'joinOffice'>): Promise<TeamStatus>;
  printPdf: PrintPdf;
  exportDir: string;
  /** The system's opener; tests give one that records what it was asked. */
  openPath?: (path: string, how: OpenHow) => Promise<void>;
}

export const defaultServices = (): HostServices => ({ printPdf: chromiumPrintPdf(), exportDir: defaultExportDir() });

/** The implementation of every call in core/api.ts, over one open database. Arguments arrive validated. */
function createHandlers(db: Db, info: Pick<AppInfo, 'mode' | 'dbPath'>, services: HostServices = defaultServices(), team?: TeamHost): Handlers {
  /** Who acts: joined to the office, always the signed-in user (kept as the officer); solo, whom the call names. */
  const actor = (by?: string, role?: Role) => (team ? officerActor(db) : officerActor(db, by, role));
  const exportFolder = () => settings.getSettings(db).export.defaultFolder ?? services.exportDir;
  /** The files this host wrote as exports: the only ones openExport hands to the system. */
  const exported = new Set<string>();
  return {
    getAppInfo: () => ({ ...info, version: pkg.version, schemaVersion: LATEST_VERSION }),
    teamStatus: () => team?.status() ?? { mode: 'solo' },
    joinOffice: async (args) => {
      if (team) throw new TeamRefusedError('this library is already joined to an office');
      if (!services.joinOffice) throw new TeamRefusedError('this host cannot join an office while it runs: start it with --team');
      return services.joinOffice(args);
    },
    teamDocOf: ({ id }) => {
      releases.getRelease(db, id);
      return { name: docOfRelease(db, id) };
    },
    getSettings: () => settings.getSettings(db),
    updateSettings: (changes) => settings.updateSettings(db, changes),
    listReleases: (args) => listReleases(db, args),
    getRelease: ({ id }) => releases.getRelease(db, id),
    createRelease: (fields) => releases.createRelease(db, { releaseDate: localToday(), ...fields }),
    saveRelease: ({ id, revision, fields, snapshot }) =>
      team?.saveRelease(id, revision, fields, snapshot) ?? releases.saveRelease(db, id, revision, fields, snapshot),
    changeStatus: ({ id, revision, to, reason, by, role }) =>
      workflow.changeStatus(db, id, { to, reason, expected: revision, actor: actor(by, role), qaErrors: qaErrorCount(db, id) }),
    setEmbargo: ({ id, until, publishAt, timeZone, by }) =>
      workflow.setEmbargo(db, id, {
        until: until === null ? null : parseInstant(until, timeZone),
        publishAt: publishAt === null ? null : parseInstant(publishAt, timeZone),
        timeZone,
        actor: actor(by),
      }),
    getReleaseHistory: ({ id }) => workflow.getHistory(db, id),
    listScheduledPublications: ({ since }) => workflow.scheduledPublications(db, since),
    saveReleaseChanges: ({ id, revision, fields, body, snapshot }) => {
      const shared = team?.saveReleaseChanges(id, revision, fields, body, snapshot);
      if (shared) return shared;
      const { body: _stored, ...saved } = releases.saveReleaseChanges(db, id, revision, fields, body, snapshot);
      return saved;
    },
    duplicateRelease: ({ id }) => releases.duplicateRelease(db, id),
    trashRelease: ({ id }) => releases.trashRelease(db, id),
    restoreRelease: ({ id }) => releases.restoreRelease(db, id),
    emptyTrash: () => ({ deleted: releases.emptyTrash(db) }),
    listRevisions: ({ releaseId }) => revisions.listRevisions(db, releaseId),
    getRevision: ({ id }) => revisions.getRevision(db, id),
    restoreRevision: ({ releaseId, revisionId, revision }) => revisions.restoreRevision(db, releaseId, revisionId, revision),
    translateRelease: ({ id, language }) => translations.createVersion(db, id, language),
    getTranslation: ({ targetId }) => translations.getTranslation(db, targetId),
    saveSegment: ({ targetId, segmentId, target, status }) => translations.saveSegment(db, targetId, segmentId, target, status),
    lookupMemory: ({ targetId, segmentId, limit }) => {
      const { source, target, segments } = translations.getTranslation(db, targetId);
      const segment = segments.find((s) => s.id === segmentId);
      if (!segment) throw new NotFoundError(`segment ${segmentId} of version`, targetId);
      return memory.lookup(db, { sourceLang: source.language, targetLang: target.language, text: segment.source, limit });
    },
    prefillFromMemory: ({ targetId }) => translations.prefillFromMemory(db, targetId),
    exportXliff: async ({ targetId, folder, version }) => translationFiles.exportXliff(db, targetId, folder ?? exportFolder(), version),
    importXliff: ({ targetId, data }) => translationFiles.importXliff(db, targetId, Buffer.from(data, 'base64')),
    exportTmx: async ({ folder }) => translationFiles.exportTmx(db, folder ?? exportFolder()),
    importTmx: ({ fileName, data }) => translationFiles.importTmx(db, fileName, Buffer.from(data, 'base64')),
    listTerms: () => terms.listTerms(db),
    saveTerm: ({ id, term }) => terms.saveTerm(db, term, id),
    deleteTerm: ({ id }) => {
      terms.deleteTerm(db, id);
      return { deleted: true as const };
    },
    findSegmentTerms: ({ targetId, segmentId }) => checks.segmentTerms(db, targetId, segmentId),
    importTerms: ({ format, data }) => checks.importTerms(db, format, Buffer.from(data, 'base64')),
    exportTerms: async ({ format, folder }) => checks.exportTerms(db, format, folder ?? exportFolder()),
    runQa: ({ targetId }) => checks.runQa(db, targetId),
    listVersions: ({ id }) => {
      releases.getRelease(db, id);
      return { sourceId: translations.sourceOf(db, id), versions: translations.versionsOf(db, id) };
    },
    importFile: ({ fileName, data, force, trackedChanges }) => importFile(db, fileName, Buffer.from(data, 'base64'), force, trackedChanges),
    getImportRecord: ({ releaseId }) => imports.getImportRecord(db, releaseId),
    listComments: ({ releaseId }) => comments.listComments(db, releaseId),
    addComment: ({ releaseId, commentId, text, quote, origin, replyTo }) =>
      comments.addComment(db, releaseId, { id: commentId, author: officerActor(db).name, text, quote, origin, replyTo }),
    resolveComment: ({ id, resolved }) => comments.resolveComment(db, id, officerActor(db).name, resolved),
    reapplyImport: async ({ releaseId, revision, skip, trackedChanges }) => {
      if (!trackedChanges) return reapplyImport(db, releaseId, revision, skip);
      const draft = await readWordAgain(db, releaseId, trackedChanges);
      return saveWordReapply(db, releaseId, revision, draft);
    },
    exportRelease: async ({ id, format, folder, overrideQa }) => {
      const release = releases.getRelease(db, id);
      checks.assertExportable(db, id, overrideQa);
      const exportSettings = settings.getSettings(db).export;
      const input = exportInput(release, exportSettings, entities.releaseTags(db, id));
      const bytes = await renderExport(input, format, services.printPdf);
      const file = await writeExport(folder ?? exportFolder(), release, format, bytes);
      workflow.recordPublication(db, id, { format, fileName: file.fileName, actor: officerActor(db) });
      exported.add(file.path);
      return file;
    },
    openExport: async ({ path, how }) => {
      if (!exported.has(path)) throw new InvalidRequestError('only a file exported in this session can be opened from here');
      await (services.openPath ?? systemOpen)(path, how);
      return { path };
    },
    getRegistry: () => entities.activeEntities(db),
    getReleaseTags: ({ releaseId }) => browse.releaseTagState(db, releaseId),
    setReleaseTag: ({ releaseId, entityId, tagged }) => {
      releases.getRelease(db, releaseId);
      entities.setTagged(db, releaseId, entityId, tagged);
      return browse.releaseTagState(db, releaseId);
    },
    acceptProposal: ({ releaseId, entity }) => {
      releases.getRelease(db, releaseId);
      writeTransaction(db, () => entities.setTagged(db, releaseId, entities.createEntity(db, entity).id, true));
      return browse.releaseTagState(db, releaseId);
    },
    dismissSuggestion: ({ releaseId, suggestion }) => {
      releases.getRelease(db, releaseId);
      entities.dismissSuggestion(db, releaseId, suggestion);
      return browse.releaseTagState(db, releaseId);
    },
    listEntities: (args) => browse.listEntities(db, args),
    getEntityPage: ({ id }) => browse.getEntityPage(db, id),
    saveEntity: ({ id, entity }) => (id === undefined ? entities.createEntity(db, entity) : entities.updateEntity(db, id, entity)),
    correctSpelling: ({ id, names }) => entities.correctSpelling(db, id, names),
    mergeEntities: ({ fromId, intoId }) => entities.mergeEntities(db, fromId, intoId),
    retireEntity: ({ id, retired }) => entities.setRetired(db, id, retired),
    listFacets: (args) => browse.listFacets(db, args),
    saveDelegation: ({ id, releaseId, delegation }) => {
      releases.getRelease(db, releaseId);
      return browse.saveDelegation(db, releaseId, delegation, id);
    },
    linkDelegation: ({ delegationId, releaseId, linked }) => {
      releases.getRelease(db, releaseId);
      return browse.linkDelegation(db, delegationId, releaseId, linked);
    },
    getHtmlFragment: ({ id }) => {
      const release = releases.getRelease(db, id);
      const html = exportHtmlFragment(exportInput(release, settings.getSettings(db).export, entities.releaseTags(db, id)));
      workflow.recordPublication(db, id, { format: 'clipboard', fileName: null, actor: officerActor(db) });
      return { html, text: [release.title, release.lead, docToText(release.body)].filter(Boolean).join('\n\n') };
    },
  };
}

function isCallName(name: string): name is CallName {
  return Object.hasOwn(apiCalls, name);
}

/**
 * The one entry for every transport (IPC and HTTP), the CLI and the tests: unknown calls and
 * malformed arguments are refused before anything touches the database, and every outcome is an
 * envelope with a code.
 */
export function createDispatcher(db: Db, info: Pick<AppInfo, 'mode' | 'dbPath'>, services?: HostServices, team?: TeamHost): Dispatcher {
  const handlers = createHandlers(db, info, services, team);
  return async <K extends CallName>(name: K, args: ApiArgs<K>): Promise<Envelope<ApiResults[K]>> => {
    // Checked at run time too: JavaScript callers and fromWire pass names the compiler never saw.
    if (!isCallName(name)) return failure('not_found', `there is no call named "${name}"`);
    const parsed = apiCalls[name].args.safeParse(args === undefined ? {} : args);
    if (!parsed.success) return invalid(name, parsed.error);
    // The schema of call K parsed the argument, so it is ParsedArgs<K>; TypeScript cannot follow
    // the name through the union of all calls' schemas.
    const handler = handlers[name] as (args: ParsedArgs<K>) => ApiResults[K] | Promise<ApiResults[K]>;
    try {
      team?.beforeCall(name, parsed.data);
      const value = await handler(parsed.data as ParsedArgs<K>);
      // Joined to the office: what the call changed goes into the shared documents before it answers.
      await team?.afterCall(name, parsed.data);
      return { ok: true, value };
    } catch (error) {
      return describe(error);
    }
  };
}

/** The dispatcher for a transport: the name is checked here, the arguments by the call's schema. */
export function fromWire(dispatch: Dispatcher): WireDispatcher {
  return (name, args) =>
    isCallName(name) ? dispatch(name, args as ApiArgs<typeof name>) : Promise.resolve(failure('not_found', `there is no call named "${name}"`));
}

function failure(code: ErrorCode, message: string, issues?: string[]): Envelope<never> {
  return { ok: false, error: { code, message, ...(issues && { issues }) } };
}

function invalid(name: string, error: ZodError): Envelope<never> {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
  return failure('invalid', `invalid arguments for ${name}`, issues);
}

/** A refusal answers with the code its error carries; anything else is a fault of the program. */
function describe(error: unknown): Envelope<never> {
  if (error instanceof CodedError) return failure(error.code, error.message, error.issues);
  if (String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_READONLY')) {
    return failure('read_only', 'this library was opened as a read-only copy: nothing can be changed, only read and exported');
  }
  console.error(error);
  return failure('internal', error instanceof Error ? error.message : String(error));
}
