// Translated versions in a real database file, through the dispatcher as the app calls them.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { lookup } from '../../db/translation-memory';
import { appCalls } from '../helpers/app-calls';

const setup = appCalls;

const BODY: DocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Baş prokuror K.Əliyev ' },
        { type: 'text', text: 'Qazaxıstan', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' nümayəndə heyətini qəbul edib. Görüş 2024-cü ilin aprelində keçirilib.' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ekstradisiya.' }] }] }] },
  ],
};

describe('translated versions', () => {
  it('splits the source into segments and rebuilds the version from the translations, marks included', async () => {
    const { db, call } = setup();
    const source = await call('createRelease', { title: 'Qazaxıstan nümayəndə heyəti', lead: '', releaseDate: '2024-04-03', body: BODY });
    const version = await call('translateRelease', { id: source.id, language: 'en' });
    expect(version.language).toBe('en');
    expect(await call('translateRelease', { id: source.id, language: 'en' })).toMatchObject({ id: version.id });

    const view = await call('getTranslation', { targetId: version.id });
    expect(view.segments.map((s) => [s.id, s.source, s.status])).toEqual([
      ['title', 'Qazaxıstan nümayəndə heyəti', 'empty'],
      ['0:0', 'Baş prokuror K.Əliyev {1}Qazaxıstan{/1} nümayəndə heyətini qəbul edib.', 'empty'],
      ['0:1', 'Görüş 2024-cü ilin aprelində keçirilib.', 'empty'],
      ['1.0.0:0', 'Ekstradisiya.', 'empty'],
    ]);
    const targets: Record<string, string> = {
      title: 'Delegation of Kazakhstan',
      '0:0': 'Prosecutor General K.Aliyev received the delegation of {1}Kazakhstan{/1}.',
      '0:1': 'The meeting took place in April 2024.',
      '1.0.0:0': 'Extradition.',
    };
    let last = view;
    for (const [segmentId, target] of Object.entries(targets)) {
      last = await call('saveSegment', { targetId: version.id, segmentId, target, status: 'translated' });
    }
    expect(last.target.title).toBe('Delegation of Kazakhstan');
    expect(last.target.body.content?.[0].content).toEqual([
      { type: 'text', text: 'Prosecutor General K.Aliyev received the delegation of ' },
      { type: 'text', text: 'Kazakhstan', marks: [{ type: 'bold' }] },
      { type: 'text', text: '. The meeting took place in April 2024.' },
    ]);
    expect(last.target.body.content?.[1].type).toBe('bulletList');
    // Confirmed pairs went into the memory.
    expect(lookup(db, { sourceLang: 'az', targetLang: 'en', text: 'Ekstradisiya.' })[0]).toMatchObject({ exact: true, target: 'Extradition.' });

    const listed = await call('listVersions', { id: source.id });
    expect(listed.versions).toEqual([{ id: version.id, language: 'en', status: 'draft', total: 4, done: 4, outdated: 0 }]);
    expect((await call('listVersions', { id: version.id })).sourceId).toBe(source.id);
    const summary = (await call('listReleases', {})).items.find((item) => item.id === source.id);
    expect(summary?.versions.map((v) => [v.language, v.done, v.total])).toEqual([['en', 4, 4]]);
    db.close();
  });

  it('marks the segments whose source sentence changed as outdated, showing the old sentence', async () => {
    const { db, call } = setup();
    const source = await call('createRelease', { title: 'Görüş', releaseDate: '2024-04-03', body: BODY });
    const version = await call('translateRelease', { id: source.id, language: 'ru' });
    await call('saveSegment', { targetId: version.id, segmentId: '0:1', target: 'Встреча прошла в апреле 2024 года.', status: 'translated' });
    await call('saveSegment', { targetId: version.id, segmentId: '1.0.0:0', target: 'Экстрадиция.', status: 'reviewed' });

    const edited = structuredClone(BODY);
    edited.content![0].content![2].text = ' nümayəndə heyətini qəbul edib. Görüş 2024-cü ilin mayında keçirilib.';
    await call('saveRelease', { id: source.id, revision: source.revision, fields: { body: edited }, snapshot: 'auto' });

    const view = await call('getTranslation', { targetId: version.id });
    const byId = new Map(view.segments.map((s) => [s.id, s]));
    expect(byId.get('0:1')).toMatchObject({
      source: 'Görüş 2024-cü ilin mayında keçirilib.',
      outdatedFrom: 'Görüş 2024-cü ilin aprelində keçirilib.',
      target: 'Встреча прошла в апреле 2024 года.',
    });
    expect(byId.get('1.0.0:0')).toMatchObject({ outdatedFrom: null, status: 'reviewed' });
    expect((await call('listVersions', { id: source.id })).versions[0].outdated).toBe(1);

    // Confirming the segment again clears the mark.
    const fixed = await call('saveSegment', { targetId: version.id, segmentId: '0:1', target: 'Встреча прошла в мае 2024 года.', status: 'translated' });
    expect(fixed.segments.find((s) => s.id === '0:1')?.outdatedFrom).toBeNull();
    expect(docToText(fixed.target.body)).toContain('Встреча прошла в мае 2024 года.');
    db.close();
  });

  it('refuses a version in the source language', async () => {
    const { db, dispatch, call } = setup();
    const source = await call('createRelease', { title: 'Görüş', language: 'az' });
    const refused = await dispatch('translateRelease', { id: source.id, language: 'az' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('invalid');
    db.close();
  });
});
