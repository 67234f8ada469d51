// What each writing call tells the open windows once it has succeeded, in one table beside the
// contract: a new call that writes adds its line here. The dispatcher is wrapped (withEvents), so
// every transport (IPC, HTTP, the CLI's serve) emits the same events and no handler can forget to.
import type { ApiResults, CallName, ParsedArgs } from '../core/api';
import type { EventHub, HostEvent } from '../core/host-events';
import type { Dispatcher } from './handlers';

type Describe<K extends CallName> = (args: ParsedArgs<K>, result: ApiResults[K]) => HostEvent[];

const saved = (release: { id: number; revision: number }): HostEvent[] => [{ type: 'release-saved', id: release.id, revision: release.revision }];
const translated = ({ source, target }: { source: { id: number }; target: { id: number } }): HostEvent[] => [
  { type: 'translation-changed', sourceId: source.id, targetId: target.id },
];
const tagsOf = (releaseId: number): HostEvent[] => [{ type: 'tags-changed', releaseId }];
const registry: HostEvent[] = [{ type: 'registry-changed' }, { type: 'tags-changed', releaseId: null }];

const CALL_EVENTS: { [K in CallName]?: Describe<K> } = {
  updateSettings: () => [{ type: 'settings-changed' }],
  createRelease: (_args, release) => [{ type: 'release-created', id: release.id }],
  saveRelease: (_args, release) => saved(release),
  saveReleaseChanges: (_args, release) => saved(release),
  duplicateRelease: (_args, release) => [{ type: 'release-created', id: release.id }],
  trashRelease: ({ id }) => [{ type: 'release-trashed', id }],
  restoreRelease: ({ id }) => [{ type: 'release-restored', id }],
  emptyTrash: (_args, { deleted }) => [{ type: 'trash-emptied', deleted }],
  restoreRevision: (_args, release) => saved(release),
  importFile: (_args, outcome) => (outcome.status === 'imported' ? [{ type: 'release-created', id: outcome.release.id }] : []),
  reapplyImport: (_args, release) => saved(release),
  changeStatus: ({ id }) => [{ type: 'status-changed', id, scheduled: false }],
  setEmbargo: ({ id }) => [{ type: 'embargo-changed', id }],
  setReleaseTag: ({ releaseId }) => tagsOf(releaseId),
  acceptProposal: ({ releaseId }) => [{ type: 'registry-changed' }, ...tagsOf(releaseId)],
  dismissSuggestion: ({ releaseId }) => tagsOf(releaseId),
  saveEntity: () => registry,
  correctSpelling: () => registry,
  mergeEntities: () => registry,
  retireEntity: () => registry,
  saveDelegation: ({ releaseId }) => tagsOf(releaseId),
  linkDelegation: ({ releaseId }) => tagsOf(releaseId),
  translateRelease: ({ id }, version) => [
    { type: 'release-created', id: version.id },
    { type: 'translation-changed', sourceId: id, targetId: version.id },
  ],
  saveSegment: (_args, view) => translated(view),
  prefillFromMemory: (_args, { view }) => translated(view),
  importXliff: (_args, { view }) => translated(view),
};

/** The events a succeeded call causes; none for a read, or for an arguments object it refused. */
function eventsOf(name: string, args: unknown, result: unknown): HostEvent[] {
  const describe = (CALL_EVENTS as Record<string, ((args: unknown, result: unknown) => HostEvent[]) | undefined>)[name];
  return describe ? describe(args, result) : [];
}

/**
 * The dispatcher, telling `hub` what each succeeded write changed. The arguments are read as the
 * dispatcher accepted them: a call whose arguments failed validation has no result and no event.
 */
export function withEvents(dispatch: Dispatcher, hub: Pick<EventHub, 'emit'>): Dispatcher {
  return async (name, args) => {
    const envelope = await dispatch(name, args);
    if (envelope.ok) {
      try {
        for (const event of eventsOf(name, args ?? {}, envelope.value)) hub.emit(event);
      } catch (error) {
        // An event that cannot be described must not turn a done write into a failed call.
        console.error(error);
      }
    }
    return envelope;
  };
}
