// The export settings dialog stores what exports carry, and a selection of releases is exported at
// once into a folder, with a report of what was written.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { paragraphs } from './helpers';
import { shoot } from './screenshot';

// A 1×1 PNG: the smallest real image a logo can be.
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('export settings are edited per language, with a logo and a default folder', async ({ app }, testInfo) => {
  const { page } = app;
  const files = testInfo.outputPath('files');
  await mkdir(files, { recursive: true });
  const logo = join(files, 'gerb.png');
  await writeFile(logo, Buffer.from(PNG_1PX, 'base64'));
  const notImage = join(files, 'gerb.svg.txt');
  await writeFile(notImage, 'not an image');
  const folder = testInfo.outputPath('exports');

  await page.getByTestId('export-settings-button').click();
  const dialog = page.getByTestId('export-settings');
  await expect(dialog).toBeVisible();
  const before = await app.api('getSettings', {});
  await expect(dialog.getByTestId('settings-office-name')).toHaveValue(before.export.officeName.az);

  await dialog.getByTestId('settings-boilerplate').fill('Baş Prokurorluğun mətbuat xidməti.\n\nƏlavə məlumat üçün müraciət edin.');
  await dialog.getByTestId('settings-tab-en').click();
  await expect(dialog.getByTestId('settings-tab-en')).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByTestId('settings-office-name')).toHaveValue(before.export.officeName.en);
  await dialog.getByTestId('settings-media-contact').fill('Press service: +994 12 000 00 00');
  // Arrow keys move between the language tabs.
  await dialog.getByTestId('settings-tab-en').press('ArrowRight');
  await expect(dialog.getByTestId('settings-tab-ru')).toBeFocused();
  await dialog.getByTestId('settings-office-name').fill('Генеральная прокуратура');

  await dialog.getByTestId('settings-logo-input').setInputFiles(notImage);
  await expect(dialog.getByRole('alert')).toContainText('PNG, JPEG və ya SVG');
  await dialog.getByTestId('settings-logo-input').setInputFiles(logo);
  await expect(dialog.getByTestId('settings-logo-preview')).toBeVisible();
  // A typed folder must be a full path of the officer's own (browser mode has no system picker).
  for (const [typed, says] of [
    ['ixrac', 'tam yolunu'],
    ['/etc', 'sistem qovluğudur'],
  ]) {
    await dialog.getByTestId('settings-default-folder').fill(typed);
    await expect(dialog.getByTestId('settings-folder-hint')).toContainText(says);
    await expect(dialog.getByTestId('settings-save')).toBeDisabled();
  }
  await dialog.getByTestId('settings-default-folder').fill(folder);
  await expect(dialog.getByTestId('settings-save')).toBeEnabled();
  await shoot(page, 'export-settings', testInfo);
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toBeHidden();

  const saved = (await app.api('getSettings', {})).export;
  expect(saved.boilerplate).toEqual({ az: 'Baş Prokurorluğun mətbuat xidməti.\n\nƏlavə məlumat üçün müraciət edin.', en: '', ru: '' });
  expect(saved.mediaContact.en).toBe('Press service: +994 12 000 00 00');
  expect(saved.officeName).toEqual({ ...before.export.officeName, ru: 'Генеральная прокуратура' });
  expect(saved.logo).toBe(`data:image/png;base64,${PNG_1PX}`);
  expect(saved.defaultFolder).toBe(folder);

  // Removing the logo is saved too.
  await page.getByTestId('export-settings-button').click();
  await dialog.getByTestId('settings-logo-remove').click();
  await dialog.getByTestId('settings-save').click();
  await expect(dialog).toBeHidden();
  expect((await app.api('getSettings', {})).export.logo).toBeNull();
});

test('releases selected in the library are exported together, with progress and a report', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('batch');
  for (const item of (await app.api('listReleases', {})).items) await app.api('trashRelease', { id: item.id });
  const titles = ['Azad olunmuş ərazilərdə görüş', 'Beynəlxalq konfrans', 'Vətəndaşların qəbulu'];
  for (const [i, title] of titles.entries()) {
    await app.api('createRelease', { title, releaseDate: `2025-01-0${i + 1}`, body: paragraphs(`${title}: mətn.`) });
  }
  await page.reload();
  await expect(page.getByTestId('library-item')).toHaveCount(3);

  await page.getByTestId('select-toggle').click();
  await page.getByTestId('select-all').check();
  await expect(page.getByTestId('selection-count')).toContainText('3');
  // One left out.
  await page.getByTestId('library-item').filter({ hasText: 'Beynəlxalq konfrans' }).getByTestId('select-item').uncheck();
  await expect(page.getByTestId('selection-count')).toContainText('2');
  await page.getByTestId('export-selected').click();

  const dialog = page.getByTestId('batch-export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('batch-format-html')).toBeChecked();
  await dialog.getByTestId('batch-format-docx').uncheck();
  await dialog.getByTestId('batch-format-html').uncheck();
  await expect(dialog.getByTestId('batch-start')).toBeDisabled();
  await dialog.getByTestId('batch-format-html').check();
  await dialog.getByTestId('batch-format-docx').check();
  await dialog.getByTestId('batch-folder').fill(folder);
  await shoot(page, 'batch-export', testInfo);
  await dialog.getByTestId('batch-start').click();

  const report = dialog.getByTestId('batch-report');
  await expect(report).toContainText('4 fayl saxlanıldı');
  await expect(report).toContainText(folder);
  await expect(dialog.getByTestId('batch-failure')).toHaveCount(0);
  expect((await readdir(folder)).sort()).toEqual([
    '2025-01-01-azad-olunmuş-ərazilərdə-görüş.docx',
    '2025-01-01-azad-olunmuş-ərazilərdə-görüş.html',
    '2025-01-03-vətəndaşların-qəbulu.docx',
    '2025-01-03-vətəndaşların-qəbulu.html',
  ]);
  expect(await readFile(join(folder, '2025-01-03-vətəndaşların-qəbulu.html'), 'utf8')).toContain('Vətəndaşların qəbulu: mətn.');
  await dialog.getByTestId('batch-close').click();
  await expect(dialog).toBeHidden();
});
