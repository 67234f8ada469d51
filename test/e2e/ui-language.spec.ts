// The interface speaks Azerbaijani, English or Russian; the choice is stored and survives a reload.
import { expect, test } from './fixtures';

test('switching the UI language changes the text and the lang attribute, and persists', async ({ app }) => {
  const { page } = app;
  const html = page.locator('html');
  const select = page.getByTestId('ui-language');
  const newButton = page.getByTestId('new-release');

  // Azerbaijani first.
  await expect(html).toHaveAttribute('lang', 'az');
  await expect(select).toHaveValue('az');
  const texts: Record<string, string> = { az: (await newButton.innerText()).trim() };
  expect(texts.az).not.toBe('');

  let previous = texts.az;
  for (const language of ['en', 'ru'] as const) {
    await select.selectOption(language);
    await expect(html).toHaveAttribute('lang', language);
    await expect(newButton).not.toHaveText(previous);
    texts[language] = previous = (await newButton.innerText()).trim();
  }
  expect(new Set(Object.values(texts)).size, JSON.stringify(texts)).toBe(3);
  await expect.poll(async () => (await app.api('getSettings', {})).uiLanguage).toBe('ru');

  await page.reload();
  await expect(html).toHaveAttribute('lang', 'ru');
  await expect(select).toHaveValue('ru');
  await expect(newButton).toHaveText(texts.ru);

  await select.selectOption('az');
  await expect(html).toHaveAttribute('lang', 'az');
  await expect(newButton).toHaveText(texts.az);
  await expect.poll(async () => (await app.api('getSettings', {})).uiLanguage).toBe('az');
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'az');
  await expect(newButton).toHaveText(texts.az);
});
