// Remembers the window's size, position and maximized state between runs. Only types come from
// electron (the displays are passed in), so the loading rules are unit-tested under plain Node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export const MIN_SIZE = { width: 720, height: 480 };
const DEFAULT_STATE: WindowState = { width: 1280, height: 860, maximized: false };
const SAVE_DELAY_MS = 500;
/** How much of the window's top edge must be on a display for the user to grab and move it. */
const GRIP = { width: 120, height: 24 };

const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_SIZE.height).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/**
 * The saved state, or the default when the file is missing or not ours. The size is cut to the
 * largest display, and a position whose title bar would be on no display (a monitor unplugged since)
 * is dropped so the window opens centred.
 */
export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  let saved: WindowState;
  try {
    saved = WindowState.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_STATE };
  }
  const width = fit(
    saved.width,
    workAreas.map((area) => area.width),
    MIN_SIZE.width,
  );
  const height = fit(
    saved.height,
    workAreas.map((area) => area.height),
    MIN_SIZE.height,
  );
  const { x, y, maximized } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized };
  const titleBar = { x, y, width, height: GRIP.height };
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(area.x + area.width, titleBar.x + titleBar.width) - Math.max(area.x, titleBar.x);
    const overlapY = Math.min(area.y + area.height, titleBar.y + titleBar.height) - Math.max(area.y, titleBar.y);
    return overlapX >= GRIP.width && overlapY >= GRIP.height;
  });
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}

/** `saved` cut to the largest room a display offers, never below `min`. */
function fit(saved: number, room: number[], min: number): number {
  return room.length ? Math.max(min, Math.min(saved, Math.max(...room))) : saved;
}

/** Writes atomically so a crash mid-write leaves the previous state, not a torn file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** Saves shortly after the window is moved or resized, and at once when it closes. */
export function trackWindowState(win: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    try {
      // Normal bounds, so a maximized window comes back to its restored size when unmaximized.
      const { x, y, width, height } = win.getNormalBounds();
      saveWindowState(file, { x, y, width, height, maximized: win.isMaximized() });
    } catch (error) {
      console.warn(`Pressdesk: window state not saved: ${(error as Error).message}`);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', save);
}
