import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState } from '../../electron/window-state';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 860 };
const MONITOR_RIGHT = { x: 1440, y: 0, width: 2560, height: 1400 };

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pressdesk-window-state-'));
  file = path.join(dir, 'window-state.json');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('opens centred at the default size without a saved state', () => {
    const state = loadWindowState(file, [LAPTOP]);
    expect(state).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('ignores a file that is not ours', () => {
    for (const text of ['{not json', '[]', '{"width":"big","height":700,"maximized":false}', '{"width":50,"height":50,"maximized":false}']) {
      writeFileSync(file, text);
      expect(loadWindowState(file, [LAPTOP])).toEqual({ width: 1280, height: 860, maximized: false });
    }
  });

  it('brings back size, position and maximized as saved', () => {
    saveWindowState(file, { x: 1600, y: 100, width: 1800, height: 1000, maximized: true });
    expect(loadWindowState(file, [LAPTOP, MONITOR_RIGHT])).toEqual({ x: 1600, y: 100, width: 1800, height: 1000, maximized: true });
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it('drops a position left on a monitor that is gone, and fits the size to what remains', () => {
    saveWindowState(file, { x: 1600, y: 100, width: 1800, height: 1000, maximized: false });
    expect(loadWindowState(file, [LAPTOP])).toEqual({ width: 1440, height: 860, maximized: false });
  });

  it('drops a position whose title bar is above the screen', () => {
    saveWindowState(file, { x: 100, y: -500, width: 1000, height: 700, maximized: false });
    expect(loadWindowState(file, [LAPTOP])).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
