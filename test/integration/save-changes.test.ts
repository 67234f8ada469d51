// Autosave by changes, through the dispatcher on a real database file: the stored body, its text in
// the search index and the word count come out as a whole-body save would leave them.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { appCalls } from '../helpers/app-calls';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map(p) });

describe('saveReleaseChanges', () => {
  it('replaces the named blocks and changed fields only, and the search finds the new words', async () => {
    const { call } = appCalls();
    const created = await call('createRelease', { title: 'Görüş', body: doc('Birinci abzas.', 'İkinci abzas.', 'Üçüncü abzas.') });
    const saved = await call('saveReleaseChanges', {
      id: created.id,
      revision: created.revision,
      fields: { dateline: 'Gəncə' },
      body: { baseLength: 3, from: 1, removed: 1, blocks: [p('Zaqatalada keçirilən iclas.'), p('Əlavə abzas.')] },
      snapshot: 'auto',
    });
    expect(saved.revision).toBe(created.revision + 1);
    expect('body' in saved).toBe(false);
    const stored = await call('getRelease', { id: created.id });
    const whole = await call('createRelease', { title: 'Görüş', body: stored.body });
    expect(saved.wordCount).toBe(whole.wordCount);
    expect(stored.body).toEqual(doc('Birinci abzas.', 'Zaqatalada keçirilən iclas.', 'Əlavə abzas.', 'Üçüncü abzas.'));
    expect(stored).toMatchObject({ title: 'Görüş', dateline: 'Gəncə' });
    const found = await call('listReleases', { query: 'zaqatala' });
    expect(found.items.map((item) => item.id).sort()).toEqual([created.id, whole.id]);
    expect((await call('listReleases', { query: 'ikinci' })).items).toEqual([]);
  });

  it('refuses a stale revision and a body of another length, writing nothing', async () => {
    const { call } = appCalls();
    const created = await call('createRelease', { title: 'Görüş', body: doc('Bir.', 'İki.') });
    const change = { id: created.id, fields: {}, body: { baseLength: 2, from: 0, removed: 1, blocks: [p('Yeni.')] }, snapshot: 'auto' as const };
    await expect(call('saveReleaseChanges', { ...change, revision: created.revision + 1 })).rejects.toThrow(/stale/);
    await expect(call('saveReleaseChanges', { ...change, revision: created.revision, body: { ...change.body, baseLength: 3 } })).rejects.toThrow(
      /invalid.*3 blocks/,
    );
    expect((await call('getRelease', { id: created.id })).body).toEqual(doc('Bir.', 'İki.'));
  });
});
