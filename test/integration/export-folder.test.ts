import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appCalls } from '../helpers/app-calls';

describe('export folders through the API', () => {
  it('refuses a relative or system folder in settings and in calls, and never writes relative to the working folder', async () => {
    const { call, dispatch } = appCalls();
    const [welcome] = (await call('listReleases', {})).items;
    for (const folder of ['exports', '/etc', 'C:\\Windows']) {
      const settings = await dispatch('updateSettings', { export: { ...(await call('getSettings', {})).export, defaultFolder: folder } });
      expect(settings.ok ? 'saved' : settings.error.code).toBe('invalid');
      const exported = await dispatch('exportRelease', { id: welcome!.id, format: 'html', folder });
      expect(exported.ok ? 'written' : exported.error.code).toBe('invalid');
    }
    expect(existsSync('exports')).toBe(false);
    expect((await call('getSettings', {})).export.defaultFolder).toBeNull();
  });
});
