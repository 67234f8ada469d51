// An older revision can be compared and restored; restoring keeps the replaced text as a new revision.
import { expect, test } from './fixtures';
import { bodyEditor, docText, expectSaved, newRelease, words } from './helpers';

test('restoring an older revision brings its text back and adds a history entry', async ({ app }) => {
  const { page } = app;
  const textA = 'Birinci variant: prokurorluq əməkdaşları vətəndaşları qəbul ediblər.';
  const textB = 'İkinci variant: şöbə rəisi ictimaiyyətə çıxış edib.';

  const id = await newRelease(app);
  await page.getByTestId('field-title').fill('Tarixçə sınağı');
  await bodyEditor(page).click();
  await page.keyboard.type(textA);
  await page.keyboard.press('Control+s');
  await expectSaved(page);

  await page.keyboard.press('Control+a');
  await page.keyboard.type(textB);
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  await expect.poll(async () => docText((await app.api('getRelease', { id })).body)).toBe(textB);

  // The explicit save of A is the revision to go back to.
  const revisions = await app.api('listRevisions', { releaseId: id });
  const bodies = await Promise.all(
    revisions.map(async ({ id: revisionId, kind }) => ({ id: revisionId, kind, text: (await app.api('getRevision', { id: revisionId })).bodyText })),
  );
  const older = bodies.find((revision) => revision.kind === 'explicit' && words(revision.text) === textA);
  expect(older, `an explicit revision holds text A; revisions: ${JSON.stringify(bodies)}`).toBeDefined();

  await page.getByTestId('history-toggle').click();
  const panel = page.getByTestId('history-panel');
  await expect(panel).toBeVisible();
  const entries = panel.getByTestId('revision-item');
  await expect(entries).toHaveCount(revisions.length);
  await entries.and(page.locator(`[data-id="${older!.id}"]`)).click();
  // Words only A has, and words only B has: the comparison shows both sides.
  await expect(page.getByTestId('revision-diff')).toContainText('vətəndaşları');
  await expect(page.getByTestId('revision-diff')).toContainText('ictimaiyyətə');

  await page.getByTestId('revision-restore').click();
  await expect(bodyEditor(page)).toHaveText(textA);
  await expect(entries).toHaveCount(revisions.length + 1);
  await expect.poll(async () => docText((await app.api('getRelease', { id })).body)).toBe(textA);
});
