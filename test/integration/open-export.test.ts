// "Show in folder" and "Open" after an export: the host hands to the system only files it exported itself.
import { describe, expect, it } from 'vitest';
import { chromiumPrintPdf } from '../../host/pdf';
import { createDispatcher } from '../../host/handlers';
import { openDatabase } from '../../db/open';
import { tempDir } from '../helpers/temp-dir';
import { join } from 'node:path';

describe('openExport', () => {
  it('opens or reveals a file exported in this session and refuses every other path', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'p.db'));
    const asked: Array<[string, string]> = [];
    const dispatch = createDispatcher(
      db,
      { mode: 'browser', dbPath: join(dir, 'p.db') },
      {
        printPdf: chromiumPrintPdf(),
        exportDir: join(dir, 'exports'),
        // The desktop's opener cannot run here: this one records what the system would be asked.
        openPath: async (path, how) => void asked.push([path, how]),
      },
    );
    const created = await dispatch('createRelease', {
      title: 'Görüş',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mətn.' }] }] },
    });
    if (!created.ok) throw new Error(created.error.message);
    const exported = await dispatch('exportRelease', { id: created.value.id, format: 'html' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(await dispatch('openExport', { path: exported.value.path, how: 'reveal' })).toMatchObject({ ok: true });
    expect(await dispatch('openExport', { path: exported.value.path, how: 'open' })).toMatchObject({ ok: true });
    expect(asked).toEqual([
      [exported.value.path, 'reveal'],
      [exported.value.path, 'open'],
    ]);
    for (const path of ['/etc/passwd', join(dir, 'p.db'), `${exported.value.path}/../../p.db`]) {
      expect(await dispatch('openExport', { path, how: 'open' }), path).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(asked).toHaveLength(2);
    db.close();
  });
});
