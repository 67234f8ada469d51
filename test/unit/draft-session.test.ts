import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiArgs, type Release } from '../../core/api';
import { DraftSession } from '../../renderer/editor/draft-session';

const release: Release = {
  id: 7,
  revision: 3,
  title: 'Görüş',
  lead: '',
  dateline: 'Bakı',
  releaseDate: '2025-05-12',
  language: 'az',
  status: 'draft',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  wordCount: 0,
  createdAt: 1,
  updatedAt: 2,
  deletedAt: null,
  embargoUntil: null,
  embargoZone: null,
  publishAt: null,
};

type SaveArgs = ApiArgs<'saveRelease'>;

/** A stand-in host that keeps the revision counter the way the real one does and answers when told to. */
function fakeHost() {
  let revision = release.revision;
  const calls: SaveArgs[] = [];
  const pending: { resolve(): void; reject(error: unknown): void }[] = [];
  let failWith: unknown = null;
  const save = (args: SaveArgs) =>
    new Promise<Release>((resolve, reject) => {
      calls.push(structuredClone(args));
      pending.push({
        resolve: () => {
          if (args.revision !== revision) return reject(new ApiError('stale', 'stale'));
          revision++;
          resolve({ ...release, ...(args.fields as Partial<Release>), revision });
        },
        reject,
      });
    });
  return {
    calls,
    save,
    fail(error: unknown) {
      failWith = error;
    },
    /** Answers every save waiting so far. */
    async answer() {
      for (const call of pending.splice(0)) {
        if (failWith) call.reject(failWith);
        else call.resolve();
      }
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

const timing = { debounceMs: 400, maxWaitMs: 700, retryMs: 3000 };

describe('DraftSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once typing pauses', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    session.setMeta({ title: 'Görüş keçirildi' });
    expect(session.state.kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(399);
    expect(host.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({ id: 7, revision: 3, snapshot: 'auto', fields: { title: 'Görüş keçirildi', dateline: 'Bakı' } });
    expect(session.state.kind).toBe('saving');
    await host.answer();
    expect(session.state.kind).toBe('saved');
    expect(session.revision).toBe(4);
  });

  it('keeps saving while typing never pauses, and saves edits made during a save next', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    let text = '';
    for (let ms = 0; ms < 3000; ms += 100) {
      text += 'ə';
      session.setMeta({ lead: text });
      await vi.advanceTimersByTimeAsync(100);
      await host.answer();
    }
    expect(host.calls.length).toBeGreaterThanOrEqual(4);
    // Each save starts from the revision the previous one returned.
    host.calls.forEach((call, i) => expect(call.revision).toBe(3 + i));
    await vi.advanceTimersByTimeAsync(1000);
    await host.answer();
    expect(host.calls.at(-1)?.fields.lead).toBe(text);
    expect(session.state.kind).toBe('saved');
  });

  it('never has two saves in flight', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    session.setMeta({ title: 'a' });
    await vi.advanceTimersByTimeAsync(400);
    session.setMeta({ title: 'ab' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(host.calls).toHaveLength(1);
    await host.answer();
    expect(host.calls).toHaveLength(2);
    expect(host.calls[1]).toMatchObject({ revision: 4, fields: { title: 'ab' } });
    await host.answer();
    expect(session.state.kind).toBe('saved');
  });

  it('flush saves at once and reports success; explicit saves record a revision even when clean', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    session.setMeta({ dateline: 'Gəncə' });
    const flushed = session.flush();
    await host.answer();
    expect(await flushed).toBe(true);
    const explicit = session.flush('explicit');
    await host.answer();
    expect(await explicit).toBe(true);
    expect(host.calls.map((c) => c.snapshot)).toEqual(['auto', 'explicit']);
    expect(await session.flush()).toBe(true);
    expect(host.calls).toHaveLength(2);
  });

  it('keeps the text and retries when the host cannot be reached', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    host.fail(new TypeError('Failed to fetch'));
    session.setMeta({ title: 'Oflayn' });
    await vi.advanceTimersByTimeAsync(400);
    await host.answer();
    expect(session.state).toMatchObject({ kind: 'error', blocked: false });
    host.fail(null);
    await vi.advanceTimersByTimeAsync(3000);
    expect(host.calls).toHaveLength(2);
    expect(host.calls[1].fields.title).toBe('Oflayn');
    await host.answer();
    expect(session.state.kind).toBe('saved');
  });

  it('stops on a stale revision and never retries', async () => {
    const host = fakeHost();
    const session = new DraftSession({ ...release, revision: 2 }, { save: host.save, timing });
    session.setMeta({ title: 'Mənim' });
    await vi.advanceTimersByTimeAsync(400);
    await host.answer();
    expect(session.state).toMatchObject({ kind: 'error', blocked: true });
    session.setMeta({ title: 'Mənim mətnim' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(host.calls).toHaveLength(1);
    expect(await session.flush()).toBe(false);
    expect(session.fields().title).toBe('Mənim mətnim');
  });

  it('reads the body from the editor only when saving', async () => {
    const host = fakeHost();
    const session = new DraftSession(release, { save: host.save, timing });
    const toJSON = vi.fn(() => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Salam' }] }] }));
    session.setBody({ toJSON });
    session.setBody({ toJSON });
    expect(toJSON).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(toJSON).toHaveBeenCalledTimes(1);
    expect(host.calls[0].fields.body).toEqual(toJSON.mock.results[0].value);
  });
});
