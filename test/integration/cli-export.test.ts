import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appCalls } from '../helpers/app-calls';
import { body } from '../helpers/docs';

// The CLI as users run it: the built bundle behind bin/pressdesk.mjs.
const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');
beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'pressdesk.mjs'))) throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first');
});

describe("pressdesk export goes through the app's own exportRelease call", () => {
  it('refuses a translated version whose QA finds errors, as the app does, and exports its finished source', async () => {
    const { call, db, dbPath, dir } = appCalls();
    const source = await call('createRelease', { title: 'Görüş', releaseDate: '2024-06-05', body: body('Görüş 5 iyun tarixində keçirilib.') });
    const version = await call('translateRelease', { id: source.id, language: 'en' });
    await call('saveSegment', { targetId: version.id, segmentId: 'title', target: 'Meeting', status: 'translated' });
    await call('saveSegment', { targetId: version.id, segmentId: '0:0', target: 'The meeting was held on 6 June.', status: 'translated' });
    expect((await call('runQa', { targetId: version.id })).some((issue) => issue.severity === 'error')).toBe(true);
    db.close();

    const out = join(dir, 'out');
    const refused = spawnSync(process.execPath, [BIN, 'export', String(version.id), '--format', 'html', '--out', out, '--db', dbPath], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`release ${version.id}`);
    expect(refused.stderr).toMatch(/dates/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const exported = spawnSync(process.execPath, [BIN, 'export', String(source.id), '--format', 'html', '--out', out, '--db', dbPath], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(readdirSync(out)).toEqual(['2024-06-05-görüş.html']);
  });
});
