import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../core/api';
import { exportDocx } from '../../core/export/docx';
import { exportHtml } from '../../core/export/html';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appCalls } from '../helpers/app-calls';
import { fixtureInput } from '../helpers/export-fixtures';
import { pandocBlocks, pandocRead } from '../helpers/pandoc';
import { tempDir } from '../helpers/temp-dir';
import { missingTools } from '../helpers/tools';

const remarked = (id: string): DocNode => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Görüş ' },
        { type: 'text', text: 'Bakıda', marks: [{ type: 'comment', attrs: { id } }, { type: 'bold' }] },
        { type: 'text', text: ' keçirilib.' },
      ],
    },
  ],
});

describe('review comments', () => {
  it('keeps threads beside the text, signed by the officer, open until resolved and open again on request', async () => {
    const { call, db } = appCalls();
    await call('updateSettings', { officer: { name: 'Leyla Məmmədova', role: 'editor' } });
    const release = await call('createRelease', { title: 'Görüş' });
    const comment = await call('addComment', { releaseId: release.id, text: 'Tarixi yoxlayın', quote: 'Bakıda' });
    expect(comment).toMatchObject({ author: 'Leyla Məmmədova', text: 'Tarixi yoxlayın', quote: 'Bakıda', origin: 'review', resolvedAt: null });

    const saved = await call('saveRelease', { id: release.id, revision: release.revision, fields: { body: remarked(comment.id) } });
    expect(JSON.stringify(saved.body)).toContain(comment.id);

    const word = await call('addComment', { releaseId: release.id, commentId: 'w-1', text: 'From Word', origin: 'word' });
    expect(word.id).toBe('w-1');
    const again = await dispatchError(() => call('addComment', { releaseId: release.id, commentId: 'w-1', text: 'again' }));
    expect(again).toContain('exists already');

    const resolved = await call('resolveComment', { id: comment.id });
    expect(resolved.resolvedBy).toBe('Leyla Məmmədova');
    expect(resolved.resolvedAt).toEqual(expect.any(Number));
    expect((await call('listComments', { releaseId: release.id })).map((c) => [c.id, c.resolvedAt === null])).toEqual([
      [comment.id, false],
      ['w-1', true],
    ]);
    const reopened = await call('resolveComment', { id: comment.id, resolved: false });
    expect(reopened.resolvedAt).toBeNull();

    // Replies join the thread, a reply to a reply too; resolving any of them resolves the thread.
    const reply = await call('addComment', { releaseId: release.id, text: 'Yoxladım', replyTo: comment.id });
    const answer = await call('addComment', { releaseId: release.id, text: 'Sağ olun', replyTo: reply.id });
    expect([reply.replyTo, answer.replyTo]).toEqual([comment.id, comment.id]);
    expect((await call('resolveComment', { id: answer.id })).id).toBe(comment.id);
    expect((await call('listComments', { releaseId: release.id })).find((c) => c.id === comment.id)?.resolvedAt).toEqual(expect.any(Number));
    const other = await call('createRelease', { title: 'Başqa' });
    expect(await dispatchError(() => call('addComment', { releaseId: other.id, text: 'x', replyTo: comment.id }))).toContain('another release');
    db.close();
  });

  it.skipIf(missingTools('pandoc'))('never reaches an export: the words under a remark are printed, the remark is not', async () => {
    const input = fixtureInput({ name: 'remark', language: 'az', title: 'Görüş', body: remarked('c-42') });
    const html = exportHtml(input);
    expect(html).toContain('Görüş <strong>Bakıda</strong> keçirilib.');
    expect(html).not.toContain('c-42');
    expect(html).not.toContain('comment');
    const path = join(tempDir(), 'remark.docx');
    writeFileSync(path, await exportDocx(input));
    expect(pandocBlocks(pandocRead(path).blocks).at(-1)).toEqual({
      kind: 'para',
      runs: [
        { text: 'Görüş ', marks: [] },
        { text: 'Bakıda', marks: ['strong'] },
        { text: ' keçirilib.', marks: [] },
      ],
    });
  });
});

async function dispatchError(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}
