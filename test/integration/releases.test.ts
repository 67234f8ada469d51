import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { NotFoundError, StaleRevisionError } from '../../db/errors';
import { createRelease, duplicateRelease, emptyTrash, getRelease, restoreRelease, saveRelease, trashRelease } from '../../db/releases';
import { listReleases } from '../../db/release-list';
import { getRevision, listRevisions, restoreRevision, SNAPSHOT_INTERVAL_MS } from '../../db/revisions';
import { ListArgs } from '../../core/api';
import { InvalidDocError } from '../../core/doc-schema';
import { body } from '../helpers/docs';
import { tempDbPath } from '../helpers/temp-dir';

function freshDb(): Db {
  const db = openDatabase(tempDbPath());
  return db;
}

const list = (db: Db, args: ListArgs = {}) => listReleases(db, ListArgs.parse(args));
const bodyText = (db: Db, id: number) => db.prepare('SELECT body_text FROM release_bodies WHERE release_id = ?').pluck().get(id);

describe('releases', () => {
  it('stores fields, derives plain text and word count, and survives reopening', () => {
    const file = tempDbPath();
    let db = openDatabase(file);
    const created = createRelease(db, {
      title: 'Baş Prokurorluqda görüş',
      lead: 'Qazaxıstan nümayəndə heyəti ilə görüş keçirilib.',
      dateline: 'Bakı',
      releaseDate: '2024-04-03',
      language: 'az',
      status: 'review',
      body: body('Görüşdə hüquq-mühafizə orqanları arasında əməkdaşlıq müzakirə olunub.\n\nİkinci abzas.'),
    });
    expect(created.revision).toBe(1);
    expect(created.wordCount).toBe(9);
    db.close();

    db = openDatabase(file);
    const stored = getRelease(db, created.id);
    expect(stored).toEqual(created);
    expect(bodyText(db, created.id)).toBe('Görüşdə hüquq-mühafizə orqanları arasında əməkdaşlıq müzakirə olunub.\n\nİkinci abzas.');
    db.close();
  });

  it('bumps the revision counter on every save and refuses a save from a stale one, writing nothing', () => {
    const db = freshDb();
    const { id } = createRelease(db, { title: 'Birinci', body: body('mətn') });
    const first = saveRelease(db, id, 1, { title: 'İkinci' }, 'auto', 1_000);
    expect(first.revision).toBe(2);

    // The same release open in a second window still believes it is at revision 1.
    const revisionsBefore = listRevisions(db, id);
    expect(() => saveRelease(db, id, 1, { title: 'Köhnə pəncərə', body: body('başqa') }, 'explicit', 2_000)).toThrow(StaleRevisionError);
    const after = getRelease(db, id);
    expect(after.title).toBe('İkinci');
    expect(after.revision).toBe(2);
    expect(bodyText(db, id)).toBe('mətn');
    expect(listRevisions(db, id)).toEqual(revisionsBefore);
    db.close();
  });

  it('refuses a body that does not fit the editor schema and keeps the stored one', () => {
    const db = freshDb();
    const { id } = createRelease(db, { body: body('yaxşı mətn') });
    const bad = { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] };
    expect(() => saveRelease(db, id, 1, { body: bad }, 'auto')).toThrow(InvalidDocError);
    expect(getRelease(db, id).revision).toBe(1);
    expect(bodyText(db, id)).toBe('yaxşı mətn');
    db.close();
  });

  it('drops links to anything but web pages and mail, keeping their text', () => {
    const db = freshDb();
    const link = (href: string) => ({ type: 'text', text: href.split(':')[0], marks: [{ type: 'link', attrs: { href } }] });
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [link('javascript:alert(1)'), link('https://prosecutor.gov.az'), link('mailto:press@example.az')] }],
    };
    const { body: stored } = createRelease(db, { body: doc });
    const marks = stored.content![0].content!.map((node) => node.marks?.map((mark) => mark.attrs?.href) ?? []);
    expect(marks).toEqual([[], ['https://prosecutor.gov.az'], ['mailto:press@example.az']]);
    expect(stored.content![0].content![0].text).toBe('javascript');
    db.close();
  });

  it('duplicates a release as a new draft', () => {
    const db = freshDb();
    const source = createRelease(db, { title: 'Görüş', status: 'published', body: body('mətn') });
    const copy = duplicateRelease(db, source.id);
    expect(copy.id).not.toBe(source.id);
    expect(copy.title).toBe('Görüş (surət)');
    expect(copy.status).toBe('draft');
    expect(copy.body).toEqual(source.body);
    expect(() => duplicateRelease(db, 9999)).toThrow(NotFoundError);
    db.close();
  });
});

describe('revisions', () => {
  it('snapshots every explicit save, and autosaves at most once per interval', () => {
    const db = freshDb();
    const { id } = createRelease(db, { body: body('bir') }, 0);
    let revision = 1;
    const save = (text: string, kind: 'auto' | 'explicit', at: number) => (revision = saveRelease(db, id, revision, { body: body(text) }, kind, at).revision);

    save('iki', 'auto', 1_000); // the first autosave always leaves a snapshot
    save('üç', 'auto', 2_000);
    save('dörd', 'auto', 3_000);
    save('beş', 'explicit', 4_000);
    save('altı', 'auto', 4_000 + SNAPSHOT_INTERVAL_MS);
    const texts = listRevisions(db, id).map((summary) => getRevision(db, summary.id).bodyText);
    expect(texts).toEqual(['altı', 'beş', 'iki']);
    expect(listRevisions(db, id).map((summary) => summary.kind)).toEqual(['auto', 'explicit', 'auto']);
    db.close();
  });

  it('restores an older revision, keeping what it replaced as a revision of its own', () => {
    const db = freshDb();
    const { id } = createRelease(db, { title: 'A', body: body('Birinci variant.') });
    const v2 = saveRelease(db, id, 1, { title: 'A', body: body('Birinci variant.') }, 'explicit', 1_000);
    const v3 = saveRelease(db, id, v2.revision, { title: 'B', body: body('İkinci variant.') }, 'explicit', 2_000);
    const older = listRevisions(db, id).find((summary) => summary.title === 'A')!;

    expect(() => restoreRevision(db, id, older.id, v2.revision)).toThrow(StaleRevisionError);
    const restored = restoreRevision(db, id, older.id, v3.revision, 3_000);
    expect(restored.title).toBe('A');
    expect(restored.revision).toBe(v3.revision + 1);
    expect(bodyText(db, id)).toBe('Birinci variant.');
    const history = listRevisions(db, id);
    expect(history[0].kind).toBe('restore');
    expect(getRevision(db, history[0].id).bodyText).toBe('İkinci variant.');
    // The restored text is searchable again, the replaced one is not.
    expect(list(db, { query: 'birinci' }).items.map((item) => item.id)).toEqual([id]);
    expect(list(db, { query: 'ikinci' }).items).toEqual([]);
    db.close();
  });

  it('will not restore a revision of another release', () => {
    const db = freshDb();
    const a = createRelease(db, { body: body('a') });
    const b = createRelease(db, { body: body('b') });
    saveRelease(db, a.id, 1, { body: body('a2') }, 'explicit');
    const [revisionOfA] = listRevisions(db, a.id);
    expect(() => restoreRevision(db, b.id, revisionOfA.id, 1)).toThrow(NotFoundError);
    expect(bodyText(db, b.id)).toBe('b');
    db.close();
  });
});

describe('trash', () => {
  it('moves to the trash and back, and empties it for good', () => {
    const db = freshDb();
    const keep = createRelease(db, { title: 'Qalır', body: body('Bakıda görüş') });
    const gone = createRelease(db, { title: 'Silinir', body: body('Bakıda görüş') });
    saveRelease(db, gone.id, 1, { body: body('Bakıda görüş oldu') }, 'explicit');

    trashRelease(db, gone.id);
    expect(list(db).items.map((item) => item.id)).toEqual([keep.id]);
    expect(list(db, { trash: true }).items.map((item) => item.id)).toEqual([gone.id]);
    expect(list(db, { query: 'baki' }).items.map((item) => item.id)).toEqual([keep.id]);

    restoreRelease(db, gone.id);
    expect(list(db).total).toBe(2);
    expect(list(db, { query: 'baki' }).total).toBe(2);

    trashRelease(db, gone.id);
    expect(emptyTrash(db)).toBe(1);
    expect(() => getRelease(db, gone.id)).toThrow(NotFoundError);
    expect(db.prepare('SELECT count(*) FROM revisions WHERE release_id = ?').pluck().get(gone.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM release_bodies WHERE release_id = ?').pluck().get(gone.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM release_search').pluck().get()).toBe(1);
    expect(list(db, { trash: true }).total).toBe(0);
    expect(getRelease(db, keep.id).title).toBe('Qalır');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
