// Two editors on one release: the second save, made from an outdated copy, is refused, and the
// first one's text is what stays stored.
import { expect, test } from './fixtures';
import { bodyEditor, docText, expectSaved, openRelease, paragraphs } from './helpers';

test('a save from an outdated copy is refused and does not overwrite the newer text', async ({ app }) => {
  test.skip(app.mode === 'electron', 'the Electron shell has one window; two editors on one release need browser mode');
  const original = 'İlkin mətn.';
  const { id } = await app.api('createRelease', { title: 'İki pəncərədə eyni buraxılış', body: paragraphs(original) });

  const first = app.page;
  await first.reload();
  await openRelease(first, id);
  // A second window of the app as the browser makes one: it inherits the first one's session key.
  const [second] = await Promise.all([first.context().waitForEvent('page'), first.evaluate(() => void window.open(location.pathname))]);
  await second.waitForLoadState();
  await openRelease(second, id);
  await expect(bodyEditor(second)).toHaveText(original);

  await bodyEditor(first).click();
  await first.keyboard.press('Control+End');
  await first.keyboard.type(' Birinci pəncərədən əlavə.');
  await expectSaved(first);
  await expect.poll(async () => docText((await app.api('getRelease', { id })).body)).toBe(`${original} Birinci pəncərədən əlavə.`);

  await bodyEditor(second).click();
  await second.keyboard.press('Control+End');
  await second.keyboard.type(' İkinci pəncərədən əlavə.');
  await expect(second.getByTestId('save-state')).toHaveAttribute('data-state', 'error');

  const stored = await app.api('getRelease', { id });
  expect(docText(stored.body)).toBe(`${original} Birinci pəncərədən əlavə.`);
  await expect(first.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
});
