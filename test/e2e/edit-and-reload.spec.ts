// A release written in Azerbaijani is kept, letter for letter, across a reload.
import { expect, test } from './fixtures';
import { bodyEditor, docText, expectSaved, newRelease, openRelease } from './helpers';

test('a new release keeps its Azerbaijani title and body across a reload', async ({ app }) => {
  const { page } = app;
  const title = 'İçərişəhərdə ölkələrarası görüş';
  const body = 'Şəkidə keçirilən çağırışda ğ, ı, ə, ş, ç, ö, ü və İ hərfləri düzgün göründü.';

  const id = await newRelease(app);
  await page.getByTestId('field-title').fill(title);
  await bodyEditor(page).click();
  await page.keyboard.type(body);
  await expectSaved(page);

  await page.reload();
  await openRelease(page, id);
  await expect(page.getByTestId('field-title')).toHaveValue(title);
  await expect(bodyEditor(page)).toHaveText(body);

  const stored = await app.api('getRelease', { id });
  expect(stored.title).toBe(title);
  expect(docText(stored.body)).toBe(body);
});
