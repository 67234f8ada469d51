import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../host/app-db';
import { createRelease } from '../../db/releases';
import { body } from '../helpers/docs';
import { tempDir } from '../helpers/temp-dir';

// As users run it: the built bundle behind bin/pressdesk.mjs.
const BIN = join(__dirname, '..', '..', 'bin', 'pressdesk.mjs');

beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'pressdesk.mjs'))) {
    throw new Error('dist/pressdesk.mjs is missing: run `npm run build` first (npm test does it).');
  }
});

const pressdesk = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

function library(): { file: string; id: number } {
  const file = join(tempDir(), 'library.db');
  const db = openAppDatabase(file);
  const { id } = createRelease(db, { title: 'Özbəkistan nümayəndə heyəti', lead: 'Görüş', releaseDate: '2024-04-03', body: body('Görüş Bakıda keçirilib.') });
  db.close();
  return { file, id };
}

describe('pressdesk status, embargo and history', () => {
  it('takes sign-off steps under the same rules as the app and prints the record for audit', () => {
    const { file, id } = library();
    const run = (...args: string[]) => pressdesk(...args, '--db', file);
    expect(run('status', String(id), '--set', 'review', '--by', 'Leyla Məmmədova').status).toBe(0);
    // The library's officer is an author by default: approving needs the approver's role.
    const refused = run('status', String(id), '--set', 'approved', '--by', 'Rəşad Əliyev');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('role');
    expect(run('status', String(id), '--set', 'approved', '--by', 'Rəşad Əliyev', '--role', 'approver').stdout).toContain('review → approved');
    const back = run('status', String(id), '--set', 'draft', '--by', 'Rəşad Əliyev', '--role', 'approver');
    expect(back.stderr).toContain('reason');
    expect(run('embargo', String(id), '--until', '2099-01-01T10:00', '--schedule', '--by', 'Rəşad Əliyev').stdout).toContain(
      'embargo 2099-01-01T06:00:00.000Z  scheduled 2099-01-01T06:00:00.000Z',
    );

    const history = JSON.parse(run('history', String(id), '--json').stdout);
    expect(history.events.map((e: { kind: string; toStatus: string | null; actor: string }) => [e.kind, e.toStatus, e.actor])).toEqual([
      ['transition', 'review', 'Leyla Məmmədova'],
      ['transition', 'approved', 'Rəşad Əliyev'],
      ['embargo', null, 'Rəşad Əliyev'],
    ]);
    expect(history.approvedRevisionId).toBe(history.events[1].revisionId);
    expect(history.approvedRevisionId).toEqual(expect.any(Number));
  });

  it('explains its usage when an argument is missing', () => {
    const { file } = library();
    expect(pressdesk('status', '1', '--db', file).stderr).toContain('status needs --set');
    expect(pressdesk('embargo', 'x', '--db', file).stderr).toContain('embargo needs a release ID');
  });
});
