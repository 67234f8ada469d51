// What the tagger finds in the open release, against what is already decided for it. The
// registry is matched in a worker, shortly after each pause in typing; the release's tags,
// dismissed suggestions and delegations come from the host. A suggestion is a found entity that
// is neither tagged nor dismissed; a detected delegation is offered until one like it is recorded.
import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Direction, Entity, Language, ReleaseTags } from '../../core/api';
import { fold } from '../../core/fold';
import type { EntityKind } from '../../core/registry/types';
import type { TagResult } from '../../core/tagging/tag-text';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { useNotify } from '../ui/Notices';
import { useLoad } from '../ui/useLoad';
import { entityName } from './entity-name';
import { showHighlights, type Highlight } from './mention-highlight';
import { asRegistryEntry } from '../../core/registry/registry-entry';
import { docRange, releaseText, type ReleaseText } from './release-text';
import { tagInWorker } from './tag-in-worker';
import { useTagging } from './TaggingContext';

type Found = TagResult['entities'][number];

/** Typing pauses this long before the text is matched again, and longer on long texts. */
const TAG_DELAY_MS = 300;
const CHARS_PER_MS_OF_PAUSE = 100;
const MAX_TAG_DELAY_MS = 2_000;

export interface Suggestion {
  /** The registry key, or for a proposed new entity `new:<kind>:<name>`: what a dismissal records. */
  key: string;
  kind: EntityKind;
  /** The registry entry; null for a proposal, which becomes an entry when accepted. */
  entity: Entity | null;
  names: { az: string; en: string | null; ru: string | null };
  /** A proposed person's title, as the text gives it where it reports them heading a delegation. */
  title: string | null;
  mentions: number;
  /** A proposal whose spelling the tagger rebuilt or could not read for sure: the officer checks it. */
  guess: boolean;
}

export interface DelegationSuggestion {
  key: string;
  party: Entity;
  head: Entity | null;
  /** A head not in the registry yet: the proposal that would add them, accepted with the delegation. */
  headProposal: Suggestion | null;
  /** The head as the text names them, when they are not in the registry. */
  headName: string | null;
  role: string | null;
  direction: Direction;
  /** The sentence the delegation was read from. */
  sentence: string;
}

export interface Suggestions {
  tags: ReleaseTags | null;
  setTags(tags: ReleaseTags): void;
  suggestions: Suggestion[];
  delegations: DelegationSuggestion[];
}

function proposalKey(found: Found): string {
  return `new:${found.kind}:${found.az ?? found.en ?? found.ru ?? ''}`;
}

export function useSuggestions(releaseId: number, editor: Editor, session: DraftSession): Suggestions {
  const { m, lang } = useI18n();
  const notify = useNotify();
  const { registry } = useTagging();
  const meta = useSyncExternalStore(session.subscribe, session.getMeta);
  const [found, setFound] = useState<TagResult | null>(null);

  // The messages only word a failure; a language switch must not reload the tags. Another window's
  // tagging of this release (or a registry edit) does.
  const loaded = useLoad(() => api.getReleaseTags({ releaseId }), [releaseId], {
    reloadOn: (event) => event.type === 'tags-changed' && (event.releaseId === releaseId || event.releaseId === null),
    onError: (error) => notify(failure(m, m.tagging.failures.load, error)),
  });
  const tags = loaded.value ?? null;
  const setTags: (next: ReleaseTags) => void = loaded.set;

  const entries = useMemo(() => registry?.map(asRegistryEntry) ?? null, [registry]);
  const byKey = useMemo(() => new Map((registry ?? []).map((entity) => [entity.key, entity])), [registry]);

  // Timers and editor events call the newest closure, with the newest tags and registry.
  const run = useRef<() => void>(() => {});
  /** Numbers the runs: an answer that a newer run overtook is dropped. */
  const latestRun = useRef(0);
  run.current = () => {
    if (!entries || !tags || editor.isDestroyed) return;
    const doc = editor.state.doc;
    const text = releaseText(meta.title, meta.lead, doc);
    const runNumber = ++latestRun.current;
    tagInWorker(text.text, entries, { language: meta.language }).then(
      (result) => {
        if (runNumber !== latestRun.current || editor.isDestroyed) return;
        setFound(result);
        // Offsets name places in the text as it was sent; typed on since, the next run marks them.
        if (editor.state.doc === doc) showHighlights(editor, highlights(result, text, tags, byKey, lang));
      },
      // Suggestions are a help: text the tagger trips over must never stop the writing.
      (error: unknown) => console.error('Pressdesk tagger failed', error),
    );
  };

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const idle = useRef<number>(undefined);
  // Matching the whole text is one long task on a long release, so it waits for a pause that grows
  // with the text and then for the browser to be idle: never between two keystrokes.
  const runSoon = () => {
    clearTimeout(timer.current);
    if (idle.current !== undefined) cancelIdleCallback(idle.current);
    const pause = Math.min(TAG_DELAY_MS + editor.state.doc.content.size / CHARS_PER_MS_OF_PAUSE, MAX_TAG_DELAY_MS);
    timer.current = setTimeout(() => {
      idle.current = requestIdleCallback(() => run.current(), { timeout: MAX_TAG_DELAY_MS });
    }, pause);
  };

  useEffect(() => {
    editor.on('update', runSoon);
    return () => {
      editor.off('update', runSoon);
      clearTimeout(timer.current);
      if (idle.current !== undefined) cancelIdleCallback(idle.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runSoon keeps only refs and the editor: the listener of one editor
  }, [editor]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the fields are the trigger; runSoon reads the newest editor itself
  useEffect(runSoon, [meta.title, meta.lead, meta.language]);
  // New tags or a new registry change what is a suggestion at once, not after a pause.
  useEffect(() => run.current(), [entries, tags, lang]);

  const suggestions = useMemo(() => (found && tags ? entitySuggestions(found, tags, byKey) : []), [found, tags, byKey]);
  const delegations = useMemo(
    () => (found && tags && registry ? delegationSuggestions(found, tags, registry, suggestions) : []),
    [found, tags, registry, suggestions],
  );
  return { tags, setTags, suggestions, delegations };
}

function isTagged(found: Found, tags: ReleaseTags): boolean {
  if (found.key) return tags.tags.some((tag) => tag.key === found.key);
  // An accepted proposal is a registry entry of its own now, under a key the tagger has not seen yet.
  const name = fold(found.az ?? found.en ?? found.ru ?? '');
  return tags.tags.some((tag) => tag.kind === found.kind && fold(tag.names.az) === name);
}

function entitySuggestions(result: TagResult, tags: ReleaseTags, byKey: Map<string, Entity>): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const found of result.entities) {
    const key = found.key ?? proposalKey(found);
    const entity = found.key ? (byKey.get(found.key) ?? null) : null;
    if (found.key && !entity) continue;
    if (isTagged(found, tags) || tags.dismissed.includes(key)) continue;
    const az = entity?.names.az ?? found.az ?? found.en ?? found.ru;
    if (!az) continue;
    const names = entity?.names ?? { az, en: found.en, ru: found.ru };
    const title = entity ? null : (result.delegations.find((d) => d.head !== null && d.head === (found.en ?? found.az))?.role ?? null);
    suggestions.push({ key, kind: found.kind, entity, names, title, mentions: found.mentions.length, guess: !entity && found.guess });
  }
  return suggestions;
}

/** The tagger names a delegation's party and head (in English where it can); tags are searched first. */
function findEntity(name: string, tags: ReleaseTags, registry: Entity[]): Entity | null {
  const folded = fold(name);
  const named = (entity: Entity) => [entity.names.az, entity.names.en, entity.names.ru].some((n) => n !== null && fold(n) === folded);
  return tags.tags.find(named) ?? registry.find(named) ?? null;
}

function delegationSuggestions(result: TagResult, tags: ReleaseTags, registry: Entity[], offered: Suggestion[]): DelegationSuggestion[] {
  const suggestions: DelegationSuggestion[] = [];
  for (const found of result.delegations) {
    const party = findEntity(found.party, tags, registry);
    if (!party) continue;
    const key = `delegation:${party.key}:${found.direction}`;
    const recorded = tags.delegations.some((d) => d.party.id === party.id && d.direction === found.direction);
    if (recorded || tags.dismissed.includes(key) || suggestions.some((s) => s.key === key)) continue;
    const head = found.head ? findEntity(found.head, tags, registry) : null;
    const proposal = head || !found.head ? null : (offered.find((s) => !s.entity && (s.names.en ?? s.names.az) === found.head) ?? null);
    const headName = head ? null : (proposal?.names.az ?? found.head);
    suggestions.push({ key, party, head, headProposal: proposal, headName, role: found.role, direction: found.direction, sentence: found.sentence.text });
  }
  return suggestions;
}

function highlights(result: TagResult, text: ReleaseText, tags: ReleaseTags, byKey: Map<string, Entity>, lang: Language): Highlight[] {
  const marks: Highlight[] = [];
  for (const found of result.entities) {
    const tagged = isTagged(found, tags);
    if (!tagged && tags.dismissed.includes(found.key ?? proposalKey(found))) continue;
    const entity = found.key ? byKey.get(found.key) : undefined;
    const label = entity ? entityName(entity, lang) : (found[lang] ?? found.az ?? found.en ?? found.ru ?? '');
    for (const mention of found.mentions) {
      const range = docRange(text, mention.start, mention.end);
      if (range) marks.push({ ...range, status: tagged ? 'tagged' : 'suggested', label });
    }
  }
  return marks;
}
