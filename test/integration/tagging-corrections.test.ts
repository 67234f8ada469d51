// What an officer decides about the tagger's suggestions is kept, in a real database file through the
// app's calls: a delegation recorded with its party, head, role and direction as corrected, and a
// corrected spelling of a name used by every later release's tagging, the termbase and the QA.
import { describe, expect, it } from 'vitest';
import type { DocNode, Entity } from '../../core/api';
import { asRegistryEntry } from '../../core/registry/registry-entry';
import { tagText } from '../../core/tagging/tag-text';
import { appCalls } from '../helpers/app-calls';

const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

const VISIT = 'Fransanın Ədliyyə nazirinin müavini Mişel Lebren Bakıya səfərə gəlib.';
const LATER = 'Baş prokuror Kamran Əliyev Fransanın Ədliyyə nazirinin müavini Mişel Lebrenlə görüşüb.';

describe('corrections to suggestions', () => {
  it('records a corrected delegation and uses a corrected name in later tagging, terms and QA', async () => {
    const { db, call } = appCalls();
    const tag = async (text: string) => tagText(text, (await call('getRegistry', {})).map(asRegistryEntry));

    // The tagger proposes the visitor with a spelling rebuilt from the Azerbaijani, as a guess.
    const first = await call('createRelease', { title: 'Səfər', releaseDate: '2025-03-04', body: doc(VISIT) });
    const suggested = await tag(VISIT);
    const delegation = suggested.delegations[0];
    expect(delegation).toMatchObject({ party: 'France', head: 'Michel Lebrin', direction: 'incoming', sentence: { text: VISIT.slice(0, -1) } });
    const proposed = suggested.entities.find((e) => e.en === 'Michel Lebrin')!;
    expect(proposed).toMatchObject({ key: null, guess: true });

    // The officer accepts the head under his own spelling and records the visit as a meeting.
    const tags = await call('acceptProposal', {
      releaseId: first.id,
      entity: { kind: 'person', names: { az: 'Mişel Lebren', en: 'Michel Lebrun', ru: 'Мишель Лебрен' }, title: { az: delegation.role ?? undefined } },
    });
    const head = tags.tags.find((t) => t.kind === 'person') as Entity;
    const france = (await call('getRegistry', {})).find((e) => e.key === 'country:FR')!;
    await call('saveDelegation', {
      releaseId: first.id,
      delegation: { partyId: france.id, headId: head.id, headTitle: delegation.role, direction: 'meeting', dateFrom: '2025-03-04' },
    });
    const recorded = (await call('getReleaseTags', { releaseId: first.id })).delegations;
    expect(recorded.map((d) => [d.party.names.en, d.head?.names.en, d.headTitle, d.direction])).toEqual([
      ['France', 'Michel Lebrun', 'Fransanın Ədliyyə nazirinin müavini', 'meeting'],
    ]);

    // A later release finds him under the officer's spelling, no longer as a guess.
    const later = await tag(LATER);
    expect(later.entities.find((e) => e.kind === 'person' && e.az === 'Mişel Lebren')).toMatchObject({ en: 'Michel Lebrun', guess: false });
    expect(later.delegations.map((d) => [d.party, d.head])).toEqual([['France', 'Michel Lebrun']]);

    // A second correction (the Russian) reaches the termbase and the QA of a translation.
    await call('correctSpelling', { id: head.id, names: { ru: 'Мишель Лебрюн' } });
    const second = await call('createRelease', { title: 'Görüş', releaseDate: '2025-03-05', body: doc(LATER) });
    await call('setReleaseTag', { releaseId: second.id, entityId: head.id, tagged: true });
    const version = await call('translateRelease', { id: second.id, language: 'ru' });
    const segment = (await call('getTranslation', { targetId: version.id })).segments.find((s) => s.source.includes('Lebren'))!;
    const terms = await call('findSegmentTerms', { targetId: version.id, segmentId: segment.id });
    expect(terms.map((hit) => hit.term.ru)).toContain('Мишель Лебрюн');
    await call('saveSegment', {
      targetId: version.id,
      segmentId: segment.id,
      target: 'Генпрокурор Кямран Алиев встретился с Мишелем Лебреном.',
      status: 'translated',
    });
    const issues = await call('runQa', { targetId: version.id });
    expect(issues.filter((i) => i.check === 'entity-missing').map((i) => i.expected)).toContain('Мишель Лебрюн');
    db.close();
  });

  it('keeps a former Azerbaijani spelling as an alias, so texts written that way still find the entity', async () => {
    const { db, call } = appCalls();
    const person = await call('saveEntity', { entity: { kind: 'person', names: { az: 'Cerald Darmane', en: 'Jerald Darmane', ru: null } } });
    const corrected = await call('correctSpelling', { id: person.id, names: { az: 'Cerald Darmanen', en: 'Gérald Darmanin' } });
    expect(corrected).toMatchObject({ names: { az: 'Cerald Darmanen', en: 'Gérald Darmanin', ru: null }, aliases: { az: ['Cerald Darmane'] }, edited: true });
    await expect(call('correctSpelling', { id: person.id, names: {} })).rejects.toThrow(/correctSpelling/);
    db.close();
  });
});
