// A Word file with tracked changes and comments through the app's calls: the report lists them,
// the comments become the release's threads, exports refuse the marked text, and the officer's
// "accept all" reads the kept file again into Word's accepted text.
import { describe, expect, it } from 'vitest';
import type { Release } from '../../core/api';
import { docToText } from '../../core/doc-text';
import { appCalls } from '../helpers/app-calls';
import { p, r, wordDocx } from '../helpers/word-docx';

const BY = 'w:author="Leyla Məmmədova" w:date="2026-11-30T09:15:00Z"';

async function wordFile(): Promise<string> {
  const bytes = await wordDocx({
    comments: `<w:comment w:id="7" w:author="Nigar Həsənova" w:date="2026-12-02T11:30:00Z">${p(r('Tarixi yoxlayın.'))}</w:comment>`,
    headers: [{ part: 'header', type: 'default', body: p(r('EMBARGO: 5 dekabr 2026, saat 10:00-dək')) }],
    body: [
      p(r('Görüş barədə')),
      p(
        `${r('Görüş ')}<w:commentRangeStart w:id="7"/>${r('3 dekabrda')}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>` +
          `<w:del w:id="1" ${BY}><w:r><w:delText> Bakıda</w:delText></w:r></w:del><w:ins w:id="2" ${BY}>${r(' Gəncədə')}</w:ins>${r(' keçirilib.')}`,
      ),
    ].join(''),
  });
  return Buffer.from(bytes).toString('base64');
}

describe('a Word file with tracked changes and comments, through the app', () => {
  it('reports them, keeps the comment as a thread on its words, refuses to export, and accepts all as Word does', async () => {
    const { db, call } = appCalls();
    const outcome = await call('importFile', { fileName: 'görüş.docx', data: await wordFile() });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const release: Release = outcome.release;
    expect(docToText(release.body)).toContain('Görüş 3 dekabrda Bakıda Gəncədə keçirilib.');

    const record = await call('getImportRecord', { releaseId: release.id });
    expect(record?.word?.trackedChangeMode).toBe('keep');
    expect(record?.word?.trackedChanges.map((c) => [c.kind, c.author, c.text])).toEqual([
      ['deletion', 'Leyla Məmmədova', ' Bakıda'],
      ['insertion', 'Leyla Məmmədova', ' Gəncədə'],
    ]);
    expect(record?.word?.headersFooters).toEqual([{ part: 'header', kind: 'default', text: 'EMBARGO: 5 dekabr 2026, saat 10:00-dək' }]);

    const threads = await call('listComments', { releaseId: release.id });
    expect(threads.map((t) => [t.author, t.text, t.quote, t.origin, new Date(t.createdAt).toISOString()])).toEqual([
      ['Nigar Həsənova', 'Tarixi yoxlayın.', '3 dekabrda', 'word', '2026-12-02T11:30:00.000Z'],
    ]);
    const marked = release.body.content![1].content!.filter((n) => n.marks?.some((m) => m.type === 'comment'));
    expect(marked.map((n) => [n.text, n.marks!.find((m) => m.type === 'comment')!.attrs!.id])).toEqual([['3 dekabrda', threads[0].id]]);

    await expect(call('exportRelease', { id: release.id, format: 'html', overrideQa: true })).rejects.toThrow(/tracked changes by Leyla Məmmədova/);

    const accepted = await call('reapplyImport', { releaseId: release.id, revision: release.revision, skip: [], trackedChanges: 'accept' });
    expect(docToText(accepted.body)).toContain('Görüş 3 dekabrda Gəncədə keçirilib.');
    expect(JSON.stringify(accepted.body)).not.toMatch(/"insertion"|"deletion"/);
    // The same comment thread, not a second one.
    expect((await call('listComments', { releaseId: release.id })).map((t) => t.id)).toEqual([threads[0].id]);
    expect((await call('getImportRecord', { releaseId: release.id }))?.word?.trackedChangeMode).toBe('accept');
    const exported = await call('exportRelease', { id: accepted.id, format: 'html', overrideQa: true });
    expect(exported.fileName).toMatch(/\.html$/);
    db.close();
  });
});
