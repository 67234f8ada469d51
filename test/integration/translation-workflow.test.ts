// The workspace's calls end to end on a real database: memory pre-fill and lookup, terms from the
// termbase and the registry, QA blocking an export until fixed or overridden, XLIFF out and back,
// TMX and termbase files through the export folder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { appCalls } from '../helpers/app-calls';

const para = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map(para) });

const setup = appCalls;

describe('the translation workspace calls', () => {
  it('pre-fills from memory, finds terms, and lets QA block an export until fixed or overridden', async () => {
    const { db, dispatch, call } = setup();
    // Earlier work: one confirmed sentence in the memory.
    const earlier = await call('createRelease', { title: 'Köhnə', body: doc('Görüşdə əməkdaşlıq məsələləri müzakirə olunub.') });
    const earlierEn = await call('translateRelease', { id: earlier.id, language: 'en' });
    await call('saveSegment', { targetId: earlierEn.id, segmentId: '0:0', target: 'Cooperation issues were discussed at the meeting.', status: 'translated' });

    const source = await call('createRelease', {
      title: 'Qazaxıstan nümayəndə heyəti',
      body: doc('Baş prokuror Qazaxıstan nümayəndə heyətini 5 iyun tarixində qəbul edib. Görüşdə əməkdaşlıq məsələləri müzakirə olunub.'),
    });
    const version = await call('translateRelease', { id: source.id, language: 'en' });
    const filled = await call('prefillFromMemory', { targetId: version.id });
    expect(filled.filled).toBe(1);
    expect(filled.view.segments.find((s) => s.id === '0:1')).toMatchObject({ target: 'Cooperation issues were discussed at the meeting.', status: 'draft' });

    const fuzzy = await call('lookupMemory', { targetId: version.id, segmentId: '0:1' });
    expect(fuzzy[0]).toMatchObject({ exact: true, score: 100 });

    await call('saveTerm', { term: { az: 'nümayəndə heyəti', en: 'delegation', ru: 'делегация', forbidden: { en: ['deputation'] } } });
    const terms = await call('findSegmentTerms', { targetId: version.id, segmentId: '0:0' });
    expect(terms.map((hit) => [hit.text, hit.term.en])).toEqual(
      expect.arrayContaining([
        ['Qazaxıstan', 'Kazakhstan'],
        ['nümayəndə heyətini', 'delegation'],
      ]),
    );

    // A wrong date and an unconfirmed segment: export is refused, with the reasons.
    await call('saveSegment', { targetId: version.id, segmentId: 'title', target: 'Delegation of Kazakhstan', status: 'translated' });
    await call('saveSegment', {
      targetId: version.id,
      segmentId: '0:0',
      target: 'The Prosecutor General received the delegation of Kazakhstan on 6 June.',
      status: 'translated',
    });
    const blocked = await dispatch('exportRelease', { id: version.id, format: 'html' });
    expect(blocked.ok ? 'exported' : blocked.error.code).toBe('blocked');
    const reasons = blocked.ok ? [] : (blocked.error.issues ?? []);
    expect(reasons.some((r) => r.startsWith('dates'))).toBe(true);

    // Consciously overridden, it goes out; fixed, it goes out without asking.
    expect((await call('exportRelease', { id: version.id, format: 'html', overrideQa: true })).fileName).toMatch(/\.html$/);
    await call('saveSegment', {
      targetId: version.id,
      segmentId: '0:0',
      target: 'The Prosecutor General received the delegation of Kazakhstan on 5 June.',
      status: 'translated',
    });
    await call('saveSegment', { targetId: version.id, segmentId: '0:1', target: 'Cooperation issues were discussed at the meeting.', status: 'reviewed' });
    expect((await call('runQa', { targetId: version.id })).filter((i) => i.severity === 'error')).toEqual([]);
    const exported = await call('exportRelease', { id: version.id, format: 'docx' });
    expect(exported.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-delegation-of-kazakhstan\.docx$/);
    db.close();
  });

  it('sends a version out as XLIFF and takes the translated file back, reporting conflicts', async () => {
    const { db, call } = setup();
    const source = await call('createRelease', { title: 'Görüş', body: doc('Birinci cümlə. İkinci cümlə.') });
    const version = await call('translateRelease', { id: source.id, language: 'ru' });
    const file = await call('exportXliff', { targetId: version.id });
    const xml = readFileSync(file.path, 'utf8');
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0');
    // The outside translator fills two segments; meanwhile the officer edits the second sentence.
    const translated = xml
      .replace(/(<segment id="title"[^>]*>\s*<source>[^<]*<\/source>)/, '$1<target>Встреча</target>')
      .replace(/(<source>Birinci cümlə\.<\/source>)/, '$1<target>Первое предложение.</target>')
      .replace(/(<source>İkinci cümlə\.<\/source>)/, '$1<target>Второе предложение.</target>');
    await call('saveRelease', { id: source.id, revision: source.revision, fields: { body: doc('Birinci cümlə. İkinci cümlə dəyişdi.') } });
    const result = await call('importXliff', { targetId: version.id, data: Buffer.from(translated).toString('base64') });
    expect(result.updated).toBeGreaterThanOrEqual(2);
    expect(result.conflicts.some((c) => c.kind === 'source-changed' || c.kind === 'unknown-segment' || c.kind === 'missing-segment')).toBe(true);
    expect(result.view.segments.find((s) => s.id === '0:0')?.target).toBe('Первое предложение.');
    db.close();
  });

  it('sends a version out as XLIFF 1.2 for an older CAT tool and takes the translated file back', async () => {
    const { db, call } = setup();
    const source = await call('createRelease', { title: 'Görüş', body: doc('Birinci cümlə. İkinci cümlə.') });
    const version = await call('translateRelease', { id: source.id, language: 'en' });
    const file = await call('exportXliff', { targetId: version.id, version: '1.2' });
    expect(file.fileName).toMatch(/-az-en-xliff12\.xlf$/);
    const xml = readFileSync(file.path, 'utf8');
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    // What OmegaT does with a 1.2 file: a target after each source, state "translated".
    const translated = xml
      .replace(/(<source>Birinci cümlə\.<\/source>)/, '$1<target state="translated">First sentence.</target>')
      .replace(/(<source>İkinci cümlə\.<\/source>)/, '$1<target state="signed-off">Second sentence.</target>');
    const result = await call('importXliff', { targetId: version.id, data: Buffer.from(translated).toString('base64') });
    expect(result.conflicts).toEqual([]);
    expect(result.view.segments.filter((s) => s.target).map((s) => [s.target, s.status])).toEqual([
      ['First sentence.', 'translated'],
      ['Second sentence.', 'reviewed'],
    ]);
    db.close();
  });

  it('writes the memory as TMX and the termbase as CSV and TBX, and reads them into another database', async () => {
    const a = setup();
    const source = await a.call('createRelease', { title: 'Görüş', body: doc('Görüş keçirilib.') });
    const version = await a.call('translateRelease', { id: source.id, language: 'en' });
    await a.call('saveSegment', { targetId: version.id, segmentId: '0:0', target: 'A meeting was held.', status: 'translated' });
    await a.call('saveTerm', { term: { az: 'ekstradisiya', en: 'extradition', ru: 'экстрадиция', note: 'hüquqi termin' } });
    const tmx = await a.call('exportTmx', {});
    const csv = await a.call('exportTerms', { format: 'csv' });
    const tbx = await a.call('exportTerms', { format: 'tbx' });
    a.db.close();

    const b = setup();
    const imported = await b.call('importTmx', { fileName: 'a.tmx', data: readFileSync(tmx.path).toString('base64') });
    expect(imported.added).toBeGreaterThanOrEqual(1);
    expect((await b.call('importTerms', { format: 'csv', data: readFileSync(csv.path).toString('base64') })).added).toBe(1);
    expect((await b.call('importTerms', { format: 'tbx', data: readFileSync(tbx.path).toString('base64') })).added).toBe(0);
    expect((await b.call('listTerms', {})).map((t) => [t.az, t.en, t.ru, t.note])).toEqual([['ekstradisiya', 'extradition', 'экстрадиция', 'hüquqi termin']]);
    const other = await b.call('createRelease', { title: 'X', body: doc('Görüş keçirilib.') });
    const otherEn = await b.call('translateRelease', { id: other.id, language: 'en' });
    expect((await b.call('prefillFromMemory', { targetId: otherEn.id })).filled).toBe(1);
    b.db.close();
  });
});
