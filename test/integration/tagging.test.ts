// The registry and tags in a real database file, through the dispatcher as the app calls it.
import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../core/registry/types';
import { SHIPPED_REGISTRY } from '../../core/registry/shipped';
import { getEntity, syncShippedRegistry } from '../../db/entities';
import { createDispatcher } from '../../host/handlers';
import { body } from '../helpers/docs';
import { appCalls } from '../helpers/app-calls';

function setup() {
  const { db, dbPath, call } = appCalls();
  const entityId = (key: string) => db.prepare('SELECT id FROM entities WHERE key = ?').pluck().get(key) as number;
  const release = (title: string, date: string, text: string) => call('createRelease', { title, releaseDate: date, body: body(text) });
  return { db, dbPath, call, entityId, release };
}

describe('the shipped registry in the database', () => {
  it('is there on first open, and an officer edit survives a newer shipped list', async () => {
    const { db, call, entityId } = setup();
    const registry = await call('getRegistry', {});
    expect(registry.length).toBe(SHIPPED_REGISTRY.length);
    const kz = entityId('country:KZ');
    const edited = await call('saveEntity', {
      id: kz,
      entity: { kind: 'country', names: { az: 'Qazaxıstan', en: 'Kazakhstan', ru: 'Казахстан' }, aliases: { az: ['QR'] } },
    });
    expect(edited.edited).toBe(true);

    // A later version of the shipped list renames both an edited and an untouched entry, and adds one.
    const next: RegistryEntry[] = SHIPPED_REGISTRY.map((entry) =>
      entry.key === 'country:KZ' || entry.key === 'country:UZ' ? { ...entry, names: { ...entry.names, en: `${entry.names.en} (new)` } } : entry,
    );
    next.push({ key: 'org:test-body', kind: 'organization', names: { az: 'Sınaq Qurumu', en: 'Test Body', ru: 'Тестовый орган' } });
    syncShippedRegistry(db, next);
    expect(getEntity(db, kz).names.en).toBe('Kazakhstan');
    expect(getEntity(db, kz).aliases.az).toEqual(['QR']);
    expect(getEntity(db, entityId('country:UZ')).names.en).toBe('Uzbekistan (new)');
    expect(entityId('org:test-body')).toBeGreaterThan(0);
    db.close();
  });
});

describe('tags on releases', () => {
  it('finds a release by any name of an entity it is tagged with', async () => {
    const { db, call, entityId, release } = setup();
    const r = await release('Görüş', '2024-04-03', 'Baş prokuror qonaqları qəbul edib.');
    await call('setReleaseTag', { releaseId: r.id, entityId: entityId('org:interpol'), tagged: true });
    await call('setReleaseTag', { releaseId: r.id, entityId: entityId('person:kamran-aliyev'), tagged: true });
    for (const query of ['Интерпол', 'interpol', 'İnterpol', 'Aliyev', 'Алиев', 'Əliyev']) {
      expect(
        (await call('listReleases', { query })).items.map((item) => item.id),
        query,
      ).toEqual([r.id]);
    }
    // Untagging takes the names out of the index again.
    await call('setReleaseTag', { releaseId: r.id, entityId: entityId('org:interpol'), tagged: false });
    expect((await call('listReleases', { query: 'Интерпол' })).total).toBe(0);
    db.close();
  });

  it('counts facets over the listed releases and filters the library by an entity', async () => {
    const { db, call, entityId, release } = setup();
    const kz = entityId('country:KZ');
    const tr = entityId('country:TR');
    const a = await release('Qazaxıstan', '2024-04-03', 'Birinci görüş.');
    const b = await release('Qazaxıstan və Türkiyə', '2024-05-03', 'İkinci görüş.');
    const c = await release('Türkiyə', '2023-01-10', 'Üçüncü görüş.');
    for (const [id, entity] of [
      [a.id, kz],
      [b.id, kz],
      [b.id, tr],
      [c.id, tr],
    ]) {
      await call('setReleaseTag', { releaseId: id, entityId: entity, tagged: true });
    }
    const facets = await call('listFacets', {});
    expect(facets.country.map((f) => [f.name, f.count])).toEqual([
      ['Qazaxıstan', 2],
      ['Türkiyə', 2],
    ]);
    expect((await call('listFacets', { dateFrom: '2024-01-01' })).country.map((f) => [f.name, f.count])).toEqual([
      ['Qazaxıstan', 2],
      ['Türkiyə', 1],
    ]);
    expect((await call('listReleases', { entityId: kz })).items.map((item) => item.id)).toEqual([b.id, a.id]);
    // A release in the trash counts nowhere.
    await call('trashRelease', { id: b.id });
    expect((await call('listFacets', {})).country.map((f) => f.count)).toEqual([1, 1]);
    const page = await call('getEntityPage', { id: kz });
    expect(page.releases.map((item) => item.id)).toEqual([a.id]);
    db.close();
  });

  it('keeps a dismissed suggestion dismissed, and a proposal becomes an entity that tags the release', async () => {
    const { db, call, release } = setup();
    const r = await release('Görüş', '2024-04-03', 'Gürcüstanın Baş prokuroru Giorgi Qvarakidze ilə görüşüb.');
    await call('dismissSuggestion', { releaseId: r.id, suggestion: 'country:GE' });
    const state = await call('acceptProposal', {
      releaseId: r.id,
      entity: { kind: 'person', names: { az: 'Giorgi Qvarakidze', en: 'Giorgi Gvarakidze', ru: null }, title: { az: 'Baş prokuror' } },
    });
    expect(state.dismissed).toEqual(['country:GE']);
    expect(state.tags.map((tag) => [tag.kind, tag.names.az, tag.key.startsWith('user:')])).toEqual([['person', 'Giorgi Qvarakidze', true]]);
    expect((await call('getReleaseTags', { releaseId: r.id })).dismissed).toEqual(['country:GE']);
    expect((await call('listReleases', { query: 'Gvarakidze' })).items.map((i) => i.id)).toEqual([r.id]);
    db.close();
  });

  it('merges a duplicate into its entity: tags, delegations and names move, the duplicate retires', async () => {
    const { db, call, entityId, release } = setup();
    const r = await release('Görüş', '2024-04-03', 'Mətn.');
    const dup = await call('saveEntity', {
      entity: { kind: 'organization', names: { az: 'Beynəlxalq Polis', en: 'Intl Police', ru: null }, aliases: { en: ['ICPO'] } },
    });
    await call('setReleaseTag', { releaseId: r.id, entityId: dup.id, tagged: true });
    const delegation = await call('saveDelegation', { releaseId: r.id, delegation: { partyId: dup.id, direction: 'incoming', dateFrom: '2024-04-03' } });
    const interpol = entityId('org:interpol');
    const merged = await call('mergeEntities', { fromId: dup.id, intoId: interpol });
    expect(merged.aliases.en).toEqual(expect.arrayContaining(['Intl Police', 'ICPO']));
    expect((await call('getReleaseTags', { releaseId: r.id })).tags.map((t) => t.id)).toEqual([interpol]);
    const page = await call('getEntityPage', { id: interpol });
    expect(page.delegations.map((d) => d.id)).toEqual([delegation.id]);
    expect(page.mergedFrom.map((e) => e.id)).toEqual([dup.id]);
    expect((await call('listReleases', { query: 'ICPO' })).items.map((i) => i.id)).toEqual([r.id]);
    expect((await call('getRegistry', {})).some((e) => e.id === dup.id)).toBe(false);
    const refused = await createDispatcher(db, { mode: 'browser', dbPath: '' })('mergeEntities', { fromId: interpol, intoId: interpol });
    expect(refused.ok).toBe(false);
    db.close();
  });

  it('records a delegation once and links it to every release about the visit', async () => {
    const { db, call, entityId, release } = setup();
    const a = await release('Gəliş', '2024-04-03', 'Nümayəndə heyəti gəlib.');
    const b = await release('Görüş', '2024-04-04', 'Görüş keçirilib.');
    const kz = entityId('country:KZ');
    const head = await call('saveEntity', { entity: { kind: 'person', names: { az: 'Jandos Umiraliyev', en: 'Zhandos Umiraliyev', ru: null } } });
    const d = await call('saveDelegation', {
      releaseId: a.id,
      delegation: { partyId: kz, headId: head.id, headTitle: 'Baş prokurorun müavini', direction: 'incoming', dateFrom: '2024-04-03', dateTo: '2024-04-05' },
    });
    await call('linkDelegation', { delegationId: d.id, releaseId: b.id, linked: true });
    expect((await call('listReleases', { delegationId: d.id })).items.map((i) => i.id)).toEqual([b.id, a.id]);
    const facets = await call('listFacets', {});
    expect(facets.delegation).toEqual([
      {
        id: d.id,
        name: 'Qazaxıstan — Jandos Umiraliyev (2024-04-03)',
        count: 2,
        // The parts, for the window to name the delegation in its own language.
        party: { names: { az: 'Qazaxıstan', en: 'Kazakhstan', ru: 'Казахстан' } },
        head: { names: { az: 'Jandos Umiraliyev', en: 'Zhandos Umiraliyev', ru: null } },
        dateFrom: '2024-04-03',
      },
    ]);
    expect((await call('getEntityPage', { id: head.id })).delegations.map((x) => x.id)).toEqual([d.id]);
    db.close();
  });
});

describe('exports carry the tags', () => {
  it('as HTML keywords and JSON-LD about/mentions', async () => {
    const { db, call, entityId, release } = setup();
    const r = await release('Görüş', '2024-04-03', 'Mətn.');
    await call('setReleaseTag', { releaseId: r.id, entityId: entityId('country:KZ'), tagged: true });
    await call('setReleaseTag', { releaseId: r.id, entityId: entityId('person:kamran-aliyev'), tagged: true });
    const { html } = await call('getHtmlFragment', { id: r.id });
    expect(html).toBeTypeOf('string');
    const file = await call('exportRelease', { id: r.id, format: 'html' });
    const page = (await import('node:fs')).readFileSync(file.path, 'utf8');
    expect(page).toMatch(/<meta name="keywords" content="[^"]*Qazaxıstan[^"]*Kamran Əliyev/);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]);
    expect(JSON.stringify(ld.about)).toContain('Qazaxıstan');
    expect(JSON.stringify(ld.mentions)).toContain('Kamran Əliyev');
    db.close();
  });
});
