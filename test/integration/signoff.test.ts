import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocNode, ReleaseEvent } from '../../core/api';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { getHistory } from '../../db/workflow';
import { writeRelease } from '../../db/write-release';
import { startScheduler, type Clock } from '../../host/scheduler';
import { appCalls } from '../helpers/app-calls';
import { tempDbPath } from '../helpers/temp-dir';

const body = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const READY = { title: 'Baş prokuror görüşüb', lead: 'Görüşdə əməkdaşlıq müzakirə olunub.', releaseDate: '2026-12-08', body: body('Görüş Bakıda keçirilib.') };

async function approverApp() {
  const app = appCalls();
  await app.call('updateSettings', { officer: { name: 'Rəşad Əliyev', role: 'approver' } });
  return app;
}

async function refusal(app: ReturnType<typeof appCalls>, name: string, args: unknown) {
  const envelope = await app.wire(name, args);
  if (envelope.ok) throw new Error(`${name} was accepted`);
  return envelope.error;
}

describe('approval of a revision', () => {
  it('sends back to review only a text that was approved before the write and edited at this desk', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', READY);
    const inReview = await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
    // A shared release's row following the office: the approval arrives with the text it approved.
    const arrived = writeRelease(app.db, created.id, { expected: inReview.revision, fields: { status: 'approved', lead: 'Yeni giriş.' } });
    expect(arrived.status).toBe('approved');
    // Someone else's edit, already judged at their desk: the office's status stands.
    const followed = writeRelease(app.db, created.id, { expected: arrived.revision, fields: { lead: 'Başqa giriş.' }, editedHere: false });
    expect(followed.status).toBe('approved');
    // The same edit made here undoes the approval.
    const here = writeRelease(app.db, created.id, { expected: followed.revision, fields: { lead: 'Bizim giriş.' } });
    expect(here.status).toBe('review');
    app.db.close();
  });

  it('keeps the approved text as a revision and sends an edited approved release back to review', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', READY);
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
    const approved = await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'approved' });
    expect(approved.status).toBe('approved');
    const { approvedRevisionId } = await app.call('getReleaseHistory', { id: created.id });
    const snapshot = await app.call('getRevision', { id: approvedRevisionId! });
    expect(snapshot.bodyText).toBe('Görüş Bakıda keçirilib.');

    // A remark anchored in the approved text changes nothing a reader sees: still approved.
    const comment = await app.call('addComment', { releaseId: created.id, text: 'Yoxlayın', quote: 'Bakıda' });
    const remarked: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Görüş ' },
            { type: 'text', text: 'Bakıda', marks: [{ type: 'comment', attrs: { id: comment.id } }] },
            { type: 'text', text: ' keçirilib.' },
          ],
        },
      ],
    };
    const commented = await app.call('saveRelease', { id: created.id, revision: approved.revision, fields: { body: remarked } });
    expect(commented.status).toBe('approved');

    // Another officer edits the approved text: it is back in review, signed by that officer.
    await app.call('updateSettings', { officer: { name: 'Leyla Məmmədova', role: 'author' } });
    const edited = await app.call('saveRelease', { id: created.id, revision: commented.revision, fields: { body: body('Görüş Gəncədə keçirilib.') } });
    expect(edited.status).toBe('review');
    const history = await app.call('getReleaseHistory', { id: created.id });
    expect(history.approvedRevisionId).toBe(approvedRevisionId);
    expect((await app.call('getRevision', { id: approvedRevisionId! })).bodyText).toBe('Görüş Bakıda keçirilib.');
    expect(history.events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actor, e.reason])).toEqual([
      ['transition', 'draft', 'review', 'Rəşad Əliyev', null],
      ['transition', 'review', 'approved', 'Rəşad Əliyev', null],
      ['transition', 'approved', 'review', 'Leyla Məmmədova', 'edited after approval'],
    ]);
    expect(history.events[2].detail).toEqual({ automatic: true });
    app.db.close();
  });

  it('refuses a step taken on a text that changed since, a role that may not take it, and a missing field', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', { ...READY, lead: '' });
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
    expect((await refusal(app, 'changeStatus', { id: created.id, revision: created.revision, to: 'approved' })).issues).toEqual(['lead']);
    const saved = await app.call('saveRelease', { id: created.id, revision: created.revision, fields: { lead: 'Əməkdaşlıq.' } });
    expect((await refusal(app, 'changeStatus', { id: created.id, revision: created.revision, to: 'approved' })).code).toBe('stale');
    await app.call('updateSettings', { officer: { name: 'Leyla Məmmədova', role: 'author' } });
    expect((await refusal(app, 'changeStatus', { id: created.id, revision: saved.revision, to: 'approved' })).issues).toEqual(['role']);
    // The CLI's --by signs with another name; the role is still the library's officer's.
    expect((await refusal(app, 'changeStatus', { id: created.id, revision: saved.revision, to: 'approved', by: 'Rəşad' })).issues).toEqual(['role']);
    expect((await refusal(app, 'saveRelease', { id: created.id, revision: saved.revision, fields: { status: 'published' } })).code).toBe('invalid');
    expect((await app.call('getRelease', { id: created.id })).status).toBe('review');
    app.db.close();
  });
});

describe('approval and translated versions', () => {
  it('refuses approval while a version put forward, or the version itself, has QA errors', async () => {
    const app = await approverApp();
    const source = await app.call('createRelease', READY);
    const version = await app.call('translateRelease', { id: source.id, language: 'en' });
    await app.call('changeStatus', { id: source.id, revision: source.revision, to: 'review' });
    // A version still in draft does not hold up its source.
    const approved = await app.call('changeStatus', { id: source.id, revision: source.revision, to: 'approved' });
    await app.call('changeStatus', { id: source.id, revision: approved.revision, to: 'draft', reason: 'again' });
    await app.call('changeStatus', { id: source.id, revision: approved.revision, to: 'review' });

    // Put forward untranslated, the version blocks both its own approval and the source's.
    await app.call('changeStatus', { id: version.id, revision: version.revision, to: 'review' });
    const own = await refusal(app, 'changeStatus', { id: version.id, revision: version.revision, to: 'approved' });
    expect(own.issues).toContain('qa-errors');
    const ofSource = await refusal(app, 'changeStatus', { id: source.id, revision: approved.revision, to: 'approved' });
    expect(ofSource.issues).toEqual(['qa-errors']);
    app.db.close();
  });
});

describe('the publication record', () => {
  it('logs every export and copy with format, file, revision, language and officer, and says when the text changed since', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', { ...READY, language: 'en' });
    expect((await app.call('getReleaseHistory', { id: created.id })).changedSincePublished).toBeNull();
    const html = await app.call('exportRelease', { id: created.id, format: 'html' });
    const docx = await app.call('exportRelease', { id: created.id, format: 'docx' });
    await app.call('getHtmlFragment', { id: created.id });
    let history = await app.call('getReleaseHistory', { id: created.id });
    expect(history.publications.map((p) => [p.format, p.fileName, p.releaseRevision, p.language, p.actor])).toEqual([
      ['html', html.fileName, created.revision, 'en', 'Rəşad Əliyev'],
      ['docx', docx.fileName, created.revision, 'en', 'Rəşad Əliyev'],
      ['clipboard', null, created.revision, 'en', 'Rəşad Əliyev'],
    ]);
    expect(history.changedSincePublished).toBeNull();
    await app.call('saveRelease', { id: created.id, revision: created.revision, fields: { title: 'Changed' } });
    history = await app.call('getReleaseHistory', { id: created.id });
    expect(history.changedSincePublished).toBe(history.publications[2].at);
    app.db.close();
  });
});

/** A clock the test moves: timers fire only when it is advanced past them. */
function testClock(start: number) {
  let now = start;
  let pending: { at: number; run: () => void } | null = null;
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => (pending = { at: now + ms, run }),
    clearTimeout: () => (pending = null),
  };
  const advanceTo = (time: number) => {
    while (pending && pending.at <= time) {
      const due = pending;
      pending = null;
      now = due.at;
      due.run();
    }
    now = time;
  };
  return { clock, advanceTo };
}

describe('scheduled publication', () => {
  const T0 = Date.UTC(2026, 11, 8, 5, 0);

  it('publishes an approved release at its time, signed by who scheduled it, and tells the page', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', READY);
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'approved' });
    // 10:00 in Baku is 06:00 UTC.
    await app.call('setEmbargo', { id: created.id, until: '2026-12-08T10:00', publishAt: '2026-12-08T10:00' });
    const draft = await app.call('createRelease', { ...READY, title: 'Not approved' });
    await app.call('setEmbargo', { id: draft.id, until: null, publishAt: '2026-12-08T10:00' });

    const { clock, advanceTo } = testClock(T0);
    const told: ReleaseEvent[][] = [];
    const scheduler = startScheduler(app.db, (events) => told.push(events), clock, 30_000);
    advanceTo(Date.UTC(2026, 11, 8, 5, 59, 59));
    expect((await app.call('getRelease', { id: created.id })).status).toBe('approved');
    expect(told).toEqual([]);
    advanceTo(Date.UTC(2026, 11, 8, 6, 0, 10));
    scheduler.stop();

    const published = await app.call('getRelease', { id: created.id });
    expect(published).toMatchObject({ status: 'published', publishAt: null });
    expect(told.flat().map((e) => [e.releaseId, e.toStatus, e.actor])).toEqual([[created.id, 'published', 'Rəşad Əliyev']]);
    expect(await app.call('listScheduledPublications', { since: T0 })).toEqual(told.flat());
    // The schedule does not skip sign-off: the draft is still a draft.
    expect((await app.call('getRelease', { id: draft.id })).status).toBe('draft');
    app.db.close();
  });

  it('catches up at start on what fell due while Pressdesk was closed', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', READY);
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
    await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'approved' });
    await app.call('setEmbargo', { id: created.id, until: null, publishAt: '2026-12-08T06:00:00Z' });
    const { clock } = testClock(Date.UTC(2026, 11, 9));
    startScheduler(app.db, () => {}, clock).stop();
    expect((await app.call('getRelease', { id: created.id })).status).toBe('published');
    app.db.close();
  });

  it('refuses a publication time before the embargo lifts, and reads times without an offset in the given zone', async () => {
    const app = await approverApp();
    const created = await app.call('createRelease', READY);
    const error = await refusal(app, 'setEmbargo', { id: created.id, until: '2026-12-08T10:00', publishAt: '2026-12-08T09:00' });
    expect(error.message).toContain('before the embargo lifts');
    const london = await app.call('setEmbargo', { id: created.id, until: '2026-07-01T10:00', timeZone: 'Europe/London' });
    expect(london).toMatchObject({ embargoUntil: Date.UTC(2026, 6, 1, 9, 0), embargoZone: 'Europe/London' });
    app.db.close();
  });
});

describe('the library by sign-off', () => {
  it('filters and counts releases by status, embargo and approver', async () => {
    const app = await approverApp();
    const approve = async (title: string) => {
      const created = await app.call('createRelease', { ...READY, title });
      await app.call('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
      return app.call('changeStatus', { id: created.id, revision: created.revision, to: 'approved' });
    };
    const a = await approve('A');
    await app.call('updateSettings', { officer: { name: 'Leyla Məmmədova', role: 'approver' } });
    const b = await approve('B');
    await app.call('setEmbargo', { id: b.id, until: '2099-01-01T10:00', publishAt: '2099-01-01T10:00' });
    const c = await app.call('createRelease', { title: 'C' });
    await app.call('setEmbargo', { id: c.id, until: '2000-01-01T10:00' });
    const titles = async (args: object) => (await app.call('listReleases', { ...args, sort: 'title' })).items.map((i) => i.title);

    expect(await titles({ approver: 'Rəşad Əliyev' })).toEqual(['A']);
    expect(await titles({ embargo: 'embargoed' })).toEqual(['B']);
    expect(await titles({ embargo: 'scheduled' })).toEqual(['B']);
    const listed = (await app.call('listReleases', { embargo: 'scheduled' })).items[0];
    expect(listed).toMatchObject({ embargoZone: 'Asia/Baku', publishAt: Date.UTC(2099, 0, 1, 6, 0) });
    const facets = (await app.call('listFacets', {})).signoff;
    // The welcome release of a new library is a draft too.
    expect(facets.status).toEqual([
      { status: 'approved', count: 2 },
      { status: 'draft', count: 2 },
    ]);
    expect(facets.approver).toEqual([
      { name: 'Leyla Məmmədova', count: 1 },
      { name: 'Rəşad Əliyev', count: 1 },
    ]);
    expect([facets.embargoed, facets.scheduled]).toEqual([1, 1]);
    expect((await app.call('listFacets', { approver: 'Rəşad Əliyev' })).signoff.status).toEqual([{ status: 'approved', count: 1 }]);
    expect(a.status).toBe('approved');
    app.db.close();
  });
});

describe('an old library', () => {
  it('keeps each release status as its current state, with a "migrated" record', () => {
    const file = tempDbPath();
    const old = new Database(file);
    migrate(old, 7);
    const insert = old.prepare(`INSERT INTO releases (id, title, status, created_at, updated_at, revision) VALUES (?, ?, ?, 1000, ?, ?)`);
    const bodies = old.prepare(
      `INSERT INTO release_bodies (release_id, body_json, body_text) VALUES (?, '{"type":"doc","content":[{"type":"paragraph"}]}', '')`,
    );
    const statuses = ['draft', 'review', 'approved', 'published', 'archived'] as const;
    statuses.forEach((status, i) => {
      insert.run(i + 1, `Reliz ${i + 1}`, status, 2000 + i, 3);
      bodies.run(i + 1);
    });
    old.close();

    const db = openDatabase(file);
    statuses.forEach((status, i) => {
      const history = getHistory(db, i + 1);
      expect(history.status).toBe(status);
      expect(history.events.map((e) => [e.kind, e.toStatus, e.at, e.releaseRevision, e.actor])).toEqual([['migrated', status, 2000 + i, 3, '']]);
    });
    db.close();
  });
});
