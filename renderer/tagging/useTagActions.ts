// What the officer does with tags in the panel, one call each: the host answers with the
// release's tag state, which replaces the one on screen. One action at a time, so a double click
// cannot tag twice or race a dismissal.
import { useState } from 'react';
import type { Meta } from '../editor/draft-session';
import type { Direction, ReleaseTags } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { useNotify } from '../ui/Notices';
import type { DelegationSuggestion, Suggestion, Suggestions } from './useSuggestions';

/** What the officer changed in a detected delegation before recording it. */
export interface DelegationCorrection {
  names: { az: string; en: string | null; ru: string | null } | null;
  role: string | null;
  direction: Direction;
}

export function useTagActions(releaseId: number, meta: Meta, { setTags }: Suggestions) {
  const { m } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const perform = async (action: () => Promise<ReleaseTags | null>, failed: string): Promise<boolean> => {
    setBusy(true);
    try {
      const tags = await action();
      if (tags) setTags(tags);
      return true;
    } catch (error) {
      notify(failure(m, failed, error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const acceptOne = async (s: Suggestion): Promise<ReleaseTags> => {
    if (s.entity) return api.setReleaseTag({ releaseId, entityId: s.entity.id, tagged: true });
    return api.acceptProposal({
      releaseId,
      entity: { kind: s.kind, names: s.names, aliases: {}, title: s.title ? { az: s.title } : {}, affiliation: null },
    });
  };

  const accept = async (suggestions: Suggestion[]) => {
    // An accepted proposal becomes a registry entry: the host's registry-changed reloads the
    // registry, so the tagger knows it by its key from then on.
    await perform(async () => {
      let tags: ReleaseTags | null = null;
      for (const s of suggestions) tags = await acceptOne(s);
      return tags;
    }, m.tagging.failures.tag);
  };

  return {
    busy,
    accept,
    dismiss: (key: string) => perform(() => api.dismissSuggestion({ releaseId, suggestion: key }), m.tagging.failures.tag),
    untag: (entityId: number) => perform(() => api.setReleaseTag({ releaseId, entityId, tagged: false }), m.tagging.failures.tag),
    // A corrected head's spelling is the entity's from now on: a proposal is added under it, a
    // registry entry takes it (correctSpelling), so later releases, terms and QA use it.
    recordDelegation: async (d: DelegationSuggestion, correction?: DelegationCorrection) => {
      const names = correction?.names ?? null;
      await perform(async () => {
        let headId = d.head?.id ?? null;
        if (d.headProposal) {
          const proposal = names ? { ...d.headProposal, names } : d.headProposal;
          const tags = await acceptOne(proposal);
          headId = tags.tags.find((tag) => tag.kind === 'person' && tag.names.az === proposal.names.az)?.id ?? null;
        } else if (d.head && names) {
          const changed = (['az', 'en', 'ru'] as const).filter((lang) => names[lang] && names[lang] !== d.head!.names[lang]);
          if (changed.length) {
            await api.correctSpelling({ id: d.head.id, names: Object.fromEntries(changed.map((lang) => [lang, names[lang]!])) });
          }
        }
        await api.saveDelegation({
          releaseId,
          delegation: {
            partyId: d.party.id,
            headId,
            headTitle: correction ? correction.role : d.role,
            direction: correction?.direction ?? d.direction,
            dateFrom: meta.releaseDate,
          },
        });
        return api.getReleaseTags({ releaseId });
      }, m.tagging.failures.delegation);
    },
    unlinkDelegation: (delegationId: number) => perform(() => api.linkDelegation({ delegationId, releaseId, linked: false }), m.tagging.failures.tag),
  };
}

export type TagActions = ReturnType<typeof useTagActions>;
