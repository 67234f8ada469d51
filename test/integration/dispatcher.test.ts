import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../core/api';
import { openAppDatabase } from '../../host/app-db';
import { createDispatcher, fromWire } from '../../host/handlers';
import { tempDbPath } from '../helpers/temp-dir';

// The dispatcher is what Electron's IPC handlers call (electron/main.ts registers one per call name),
// so these are the IPC path's guarantees, checked without Electron.
function setup() {
  const dbPath = tempDbPath();
  const db = openAppDatabase(dbPath);
  const dispatch = createDispatcher(db, { mode: 'electron', dbPath });
  const state = () => ({
    releases: db.prepare('SELECT * FROM releases ORDER BY id').all(),
    bodies: db.prepare('SELECT * FROM release_bodies ORDER BY release_id').all(),
    revisions: db.prepare('SELECT count(*) FROM revisions').pluck().get(),
    settings: db.prepare('SELECT * FROM settings').all(),
  });
  return { db, dispatch, wire: fromWire(dispatch), state };
}

describe('the API dispatcher (the IPC path)', () => {
  it('refuses malformed arguments of every call with a clear message, changing nothing', async () => {
    const { db, wire, state } = setup();
    const before = state();
    const malformed: unknown[] = [null, 'text', 42, [], { id: 1.5 }, { unexpected: true }, { id: { $gt: 0 } }];
    for (const name of CALL_NAMES) {
      for (const args of malformed) {
        const envelope = await wire(name, args);
        expect(envelope.ok ? 'accepted' : envelope.error.code, `${name} ${JSON.stringify(args)}`).toBe('invalid');
        if (envelope.ok) continue;
        expect(envelope.error.message).toContain(name);
      }
    }
    expect(state()).toEqual(before);
    db.close();
  });

  it('refuses calls the contract does not list, including inherited names', async () => {
    const { db, wire } = setup();
    for (const name of ['eval', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      const envelope = await wire(name, {});
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.code).toBe('not_found');
    }
    db.close();
  });

  it('answers a missing release with not_found and keeps the library as it was', async () => {
    const { db, dispatch, state } = setup();
    const before = state();
    for (const name of ['getRelease', 'trashRelease', 'duplicateRelease', 'restoreRelease'] as const) {
      const envelope = await dispatch(name, { id: 999 });
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('not_found');
    }
    expect(state()).toEqual(before);
    db.close();
  });
});
