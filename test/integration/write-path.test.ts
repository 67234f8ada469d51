import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { saveRelease } from '../../db/releases';
import { NestedWriteError } from '../../db/write-transaction';
import { appCalls } from '../helpers/app-calls';

const doc = (...paragraphs: string[]): DocNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Starts the other writer and resolves once it holds the write lock. */
function otherWriter(file: string, holdMs: number) {
  const flag = new SharedArrayBuffer(8);
  const worker = new Worker(new URL('../helpers/hold-write-lock.mjs', import.meta.url), { workerData: { file, holdMs, flag } });
  const committed = new Promise<void>((resolve, reject) => {
    worker.on('message', (message) => message === 'committed' && resolve());
    worker.on('error', reject);
  });
  const holding = new Promise<void>((resolve, reject) => {
    worker.on('message', (message) => message === 'holding' && resolve());
    worker.on('error', reject);
  });
  return { holding, committed, hasCommitted: () => Atomics.load(new Int32Array(flag), 0) === 1 };
}

describe('the one write path', () => {
  it('waits for another writer holding the write lock, then saves (with translated versions synced)', async () => {
    const { call, db, dbPath } = appCalls();
    const source = await call('createRelease', { title: 'Görüş', body: doc('Birinci cümlə. İkinci cümlə.') });
    const version = await call('translateRelease', { id: source.id, language: 'en' });
    const second = (await call('getTranslation', { targetId: version.id })).segments.find((s) => s.source === 'İkinci cümlə.')!;
    await call('saveSegment', { targetId: version.id, segmentId: second.id, target: 'Second sentence.', status: 'translated' });

    const writer = otherWriter(dbPath, 1500);
    await writer.holding;
    expect(writer.hasCommitted()).toBe(false);
    // Synchronous under the hood: this thread blocks in SQLite's busy handler until the worker commits.
    const saved = await call('saveRelease', {
      id: source.id,
      revision: source.revision,
      fields: { body: doc('Birinci cümlə. İkinci cümlə dəyişdi.') },
      snapshot: 'auto',
    });
    expect(writer.hasCommitted()).toBe(true);
    await writer.committed;

    expect(saved.revision).toBe(source.revision + 1);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'other-writer'").pluck().get()).toBe('was here');
    const segments = (await call('getTranslation', { targetId: version.id })).segments;
    expect(segments.find((s) => s.id === second.id)).toMatchObject({ target: 'Second sentence.', outdatedFrom: 'İkinci cümlə.' });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses to run inside a deferred transaction, the nesting that could not wait', async () => {
    const { call, db } = appCalls();
    const release = await call('createRelease', { title: 'A' });
    const nested = db.transaction(() => {
      db.prepare('SELECT count(*) FROM releases').get();
      return saveRelease(db, release.id, release.revision, { title: 'B' }, 'auto');
    });
    expect(() => nested()).toThrow(NestedWriteError);
    expect((await call('getRelease', { id: release.id })).title).toBe('A');
  });

  it("re-applying an import marks the translated versions' changed sentences outdated", async () => {
    const { call } = appCalls();
    const text = 'Görüş keçirilib\n\nTərəflər əmək-\ndaşlıq məsələlərini müzakirə ediblər. Görüş səmimi olub.\n';
    const outcome = await call('importFile', { fileName: 'görüş.txt', data: Buffer.from(text).toString('base64'), force: false });
    if (outcome.status !== 'imported') throw new Error(`not imported: ${outcome.status}`);
    const record = await call('getImportRecord', { releaseId: outcome.release.id });
    const join = record!.changes.find((change) => change.kind === 'hyphen-join');
    expect(join).toBeDefined();

    const version = await call('translateRelease', { id: outcome.release.id, language: 'en' });
    const view = await call('getTranslation', { targetId: version.id });
    const joined = view.segments.find((segment) => segment.source.includes('əməkdaşlıq'))!;
    await call('saveSegment', { targetId: version.id, segmentId: joined.id, target: 'The parties discussed cooperation.', status: 'translated' });

    const current = await call('getRelease', { id: outcome.release.id });
    await call('reapplyImport', { releaseId: current.id, revision: current.revision, skip: [join!.id] });

    const after = (await call('getTranslation', { targetId: version.id })).segments;
    const outdated = after.filter((segment) => segment.outdatedFrom !== null);
    expect(outdated).toHaveLength(1);
    expect(outdated[0]).toMatchObject({ target: 'The parties discussed cooperation.', outdatedFrom: joined.source });
    expect(outdated[0]!.source).not.toContain('əməkdaşlıq');
  });
});
