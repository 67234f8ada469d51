// A deleted release goes to the trash, not away, and comes back from it.
import { expect, test } from './fixtures';
import { libraryItem, paragraphs } from './helpers';

test('a deleted release leaves the library, shows in the trash and can be restored', async ({ app }) => {
  const { page } = app;
  const kept = await app.api('createRelease', { title: 'Qalan buraxılış', body: paragraphs('Bu buraxılış yerində qalır.') });
  const doomed = await app.api('createRelease', { title: 'Silinəcək buraxılış', body: paragraphs('Bu buraxılış zibil qutusuna gedir.') });
  await page.reload();
  await expect(libraryItem(page, kept.id)).toBeVisible();
  await expect(libraryItem(page, doomed.id)).toContainText('Silinəcək buraxılış');

  await libraryItem(page, doomed.id).getByTestId('delete-release').click();
  await expect(libraryItem(page, doomed.id)).toHaveCount(0);
  await expect(libraryItem(page, kept.id)).toBeVisible();
  expect((await app.api('getRelease', { id: doomed.id })).deletedAt).not.toBeNull();

  await page.getByTestId('trash-toggle').click();
  await expect(libraryItem(page, doomed.id)).toContainText('Silinəcək buraxılış');
  await expect(libraryItem(page, kept.id)).toHaveCount(0);

  await libraryItem(page, doomed.id).getByTestId('restore-release').click();
  await expect(libraryItem(page, doomed.id)).toHaveCount(0);
  expect((await app.api('getRelease', { id: doomed.id })).deletedAt).toBeNull();

  await page.getByTestId('trash-toggle').click();
  await expect(libraryItem(page, doomed.id)).toContainText('Silinəcək buraxılış');
  await expect(libraryItem(page, kept.id)).toBeVisible();
});
