// What a new press officer trips over first, driven as they would: a translated segment confirmed
// with the mouse, Ctrl+S answered at once, and the library walked from the keyboard into the text.
import { expect, test } from './fixtures';
import { bodyEditor, expectSaved, libraryItem, newRelease, openRelease, paragraphs } from './helpers';

test('a translated segment is confirmed with its button, which names its shortcut and moves on', async ({ app }) => {
  const { page } = app;
  const release = await app.api('createRelease', {
    title: 'Görüş keçirilib',
    body: paragraphs('Baş prokuror qonaqları qəbul edib.', 'Görüşdə əməkdaşlıq müzakirə olunub.'),
  });
  const version = await app.api('translateRelease', { id: release.id, language: 'en' });
  await page.reload();
  await openRelease(page, release.id);
  await page.getByTestId('translate-menu').click();
  await page.getByTestId('translate-en').click();
  await expect(page.getByTestId('translation-workspace')).toBeVisible();

  const rows = page.getByTestId('segment');
  const first = rows.first();
  await first.getByTestId('segment-target').click();
  const confirm = first.getByTestId('segment-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('Təsdiqlə və növbətiyə keç');
  await expect(confirm).toContainText('Ctrl+Enter');
  await first.getByTestId('segment-target').fill('A meeting was held');
  await confirm.click();
  await expect(first).toHaveAttribute('data-status', 'translated');
  await expect(rows.nth(1).getByTestId('segment-target')).toBeFocused();
  // The version's own row in the library follows at once, without reopening anything.
  await expect(libraryItem(page, version.id)).toContainText('A meeting was held');
  const stored = (await app.api('getTranslation', { targetId: version.id })).segments;
  expect(stored.find((s) => s.id === 'title')).toMatchObject({ target: 'A meeting was held', status: 'translated' });
});

test('Ctrl+S answers at once that a version was kept', async ({ app }) => {
  const { page } = app;
  await newRelease(app);
  await page.getByTestId('field-title').fill('Versiya sınağı');
  await bodyEditor(page).click();
  await page.keyboard.type('Mətn.');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('notice').filter({ hasText: 'Versiya saxlanıldı' })).toBeVisible({ timeout: 2_000 });
  await expectSaved(page);
});

test('from the search into the results with the arrow keys, and from a row into the text', async ({ app }) => {
  const { page } = app;
  const older = await app.api('createRelease', { title: 'Birinci Zaqatala xəbəri', releaseDate: '2024-01-10', body: paragraphs('Birinci mətn.') });
  const newer = await app.api('createRelease', { title: 'İkinci Zaqatala xəbəri', releaseDate: '2024-02-10', body: paragraphs('İkinci mətn.') });
  await page.reload();
  const search = page.getByTestId('library-search');
  await search.fill('zaqatala');
  await expect(page.getByTestId('library-item')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  const firstRow = libraryItem(page, newer.id).getByRole('button').first();
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(libraryItem(page, older.id).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();

  // Enter on a row opens the release and puts the cursor in its text.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(libraryItem(page, older.id)).toHaveAttribute('aria-current', 'true');
  await expect(bodyEditor(page)).toBeFocused();
  await page.keyboard.type('Əlavə ');
  await expect(bodyEditor(page)).toContainText('Əlavə Birinci mətn.');

  // The list is one Tab stop: from the search, past the filters, Tab reaches a row and the next Tab leaves the list.
  await search.focus();
  let tabs = 0;
  while (
    !(await libraryItem(page, older.id)
      .getByRole('button')
      .first()
      .evaluate((el) => el === document.activeElement)) &&
    tabs < 30
  ) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  // Seven filters (status, language, embargo, approver, two dates, order), the tags and registry
  // buttons, the selection toggle, then the list (22 Tabs before with five filters).
  expect(tabs).toBeLessThanOrEqual(11);
  await page.keyboard.press('Tab');
  await expect(libraryItem(page, newer.id).getByRole('button').first()).not.toBeFocused();
});

test('accepting a tag suggestion with Enter keeps the focus in the tags panel', async ({ app }) => {
  const { page } = app;
  const release = await app.api('createRelease', {
    title: 'Qazaxıstan və Gürcüstan nümayəndələri ilə görüş',
    body: paragraphs('Baş prokuror Qazaxıstanın və Gürcüstanın nümayəndə heyətləri ilə görüşüb.'),
  });
  await page.reload();
  await openRelease(page, release.id);
  const panel = page.getByTestId('tags-panel');
  const suggestions = panel.getByTestId('suggestion');
  await expect(suggestions.first()).toBeVisible();
  const before = await suggestions.count();
  expect(before).toBeGreaterThan(1);
  await suggestions.first().getByTestId('accept-suggestion').focus();
  await page.keyboard.press('Enter');
  await expect(suggestions).toHaveCount(before - 1);
  // The next suggestion's accept button took the place of the accepted one: Enter again accepts it.
  await expect(suggestions.first().getByTestId('accept-suggestion')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('tag-chip')).toHaveCount(2);
  // The chips and the list of suggestions are redrawn by separate answers; the focus lands once both are in.
  await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
});

test('date fields read and write days as the interface language does, whatever the browser’s own locale', async ({ app }) => {
  const { page } = app;
  const release = await app.api('createRelease', { title: 'Tarix sınağı', body: paragraphs('Mətn.') });
  // An embargo is signed by the officer.
  await app.api('updateSettings', { officer: { name: 'Aygün Məmmədova', role: 'approver' } });
  await page.reload();
  await openRelease(page, release.id);

  // Typed from the keyboard, day first, in the fields Chromium would otherwise draw as mm/dd/yyyy.
  const day = page.getByTestId('field-date');
  const until = page.getByTestId('embargo-until');
  await expect(day).toHaveAttribute('type', 'text');
  await expect(until).toHaveAttribute('type', 'text');
  await expect(until).toHaveAttribute('placeholder', 'dd.mm.yyyy ss:dd');
  await day.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('15.05.2024');
  await expect(day).toHaveAttribute('data-value', '2024-05-15');
  await until.focus();
  await page.keyboard.type('1.2.2099 10:30');
  await page.keyboard.press('Enter');
  await expect(until).toHaveValue('01.02.2099 10:30');
  await page.getByTestId('embargo-set').click();
  await expect(page.getByTestId('embargo-state')).toContainText('1 fevral 2099, 10:30');
  await expectSaved(page);
  const stored = await app.api('getRelease', { id: release.id });
  expect(stored.releaseDate).toBe('2024-05-15');
  // 10:30 on the embargo's clock (Baku, UTC+4).
  expect(new Date(stored.embargoUntil!).toISOString()).toBe('2099-02-01T06:30:00.000Z');

  // Shown again after a reload, and in each interface language's own order.
  await page.reload();
  await openRelease(page, release.id);
  const shown = { az: ['15.05.2024', '01.02.2099 10:30'], en: ['15/05/2024', '01/02/2099 10:30'], ru: ['15.05.2024', '01.02.2099 10:30'] };
  for (const language of ['az', 'en', 'ru'] as const) {
    if (language !== 'az') await page.getByTestId('ui-language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(day).toHaveValue(shown[language][0]);
    await expect(until).toHaveValue(shown[language][1]);
  }
});
