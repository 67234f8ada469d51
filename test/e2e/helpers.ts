// What several specs do with the renderer: find the editor, wait for a save, open a release, and
// read a stored body as text.
import type { Locator, Page } from '@playwright/test';
import type { DocNode } from '../../core/api';
import { expect, type App } from './fixtures';

/** The contenteditable inside the body field. */
export function bodyEditor(page: Page): Locator {
  return page.getByTestId('editor-body').locator('.ProseMirror');
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** A release's row in the library (or the trash, when that is shown). */
export function libraryItem(page: Page, id: number): Locator {
  return page.getByTestId('library-item').and(page.locator(`[data-id="${id}"]`));
}

/** Waits until the editor shows release `id` (its row is marked as the open one). */
async function expectOpen(page: Page, id: number): Promise<void> {
  await expect(libraryItem(page, id)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('editor')).toBeVisible();
}

/** Clicks `new-release` and waits for the editor to show the new release; returns its id. */
export async function newRelease(app: App): Promise<number> {
  const before = new Set((await app.api('listReleases', { limit: 500 })).items.map((item) => item.id));
  await app.page.getByTestId('new-release').click();
  let id = 0;
  await expect
    .poll(
      async () => {
        const created = (await app.api('listReleases', { limit: 500 })).items.filter((item) => !before.has(item.id));
        id = created.length === 1 ? created[0].id : 0;
        return created.length;
      },
      { message: 'new-release creates exactly one release' },
    )
    .toBe(1);
  await expectOpen(app.page, id);
  return id;
}

/** Opens a release from the library list (its row's main button; the others are row actions). */
export async function openRelease(page: Page, id: number): Promise<void> {
  await libraryItem(page, id).getByRole('button').first().click();
  await expectOpen(page, id);
}

/** A body of plain paragraphs, as the editor stores it. */
export function paragraphs(...texts: string[]) {
  return {
    type: 'doc' as const,
    content: texts.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

/** The text of a stored body: blocks on lines of their own. */
export function docText(node: DocNode): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(docText);
  const isInline = (child: DocNode) => child.text !== undefined || child.type === 'hardBreak';
  return node.content?.every(isInline) ? inner.join('') : inner.join('\n');
}

/** Whitespace-insensitive form, so that trailing or doubled spaces do not decide a comparison of words. */
export function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
