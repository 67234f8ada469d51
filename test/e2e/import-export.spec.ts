// Releases in and out through the real UI: files imported with the Import button and by dropping them
// on the library, the cleaner's changes reviewed and one undone in the editor, a file imported twice,
// and a release exported as HTML, DOCX and PDF and copied as HTML for the website.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { MAX_UNPACKED_BYTES, MIB } from '../../core/limits';
import { docxBomb } from '../helpers/hostile-files';
import { hasTool, runTool } from '../helpers/tools';
import { expect, test } from './fixtures';
import { bodyEditor, docText, expectSaved, openRelease, paragraphs } from './helpers';
import { shoot } from './screenshot';

// A release as it comes when copied off a news site: the date line the office's archive adds, a word
// broken at the end of a line with a hyphen, and the site's script notice.
const NEWS = [
  'date 2024-04',
  'Baş prokuror Litva Respublikasının nümayəndə heyəti ilə görüşüb',
  '',
  'Baş prokuror Kamran Əliyev Litva Respublikası Baş prokurorluğunun nümayəndə heyətini qəbul edib.',
  '',
  'Görüşdə iki ölkə arasında hüquqi yardım sahəsində əməkdaşlığın uğurla davam etdirildiyi, müqavilənin imzalandığı və icra olundu-',
  'ğu qeyd edilib.',
  '',
  'You must enable Javascript on your browser for the site to work optimally and display sections completely.',
  '',
].join('\n');
const NEWS_TITLE = 'Baş prokuror Litva Respublikasının nümayəndə heyəti ilə görüşüb';

/** Bytes no text file holds: NULs at odd and even offsets alike, so not UTF-16 either. */
function binaryBytes(): Buffer {
  return Buffer.from(Array.from({ length: 256 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) & 0xff)));
}

async function writeFixture(testInfo: TestInfo, name: string, content: string | Buffer): Promise<string> {
  const dir = testInfo.outputPath('files');
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(paths);
}

test('files imported with the Import button: progress, report, review of the changes, and a second import', async ({ app }, testInfo) => {
  const { page } = app;
  const news = await writeFixture(testInfo, 'litva-gorusu.txt', NEWS);
  const binary = await writeFixture(testInfo, 'x.txt', binaryBytes());

  // Held back in browser mode, so the progress of a running import can be seen before it ends.
  let release: () => void = () => {};
  if (app.mode === 'browser') {
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/importFile', async (route) => {
      await held;
      await route.continue();
    });
  }
  await chooseFiles(page, [news, binary]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  if (app.mode === 'browser') {
    const progress = dialog.getByTestId('import-progress');
    await expect(progress).toContainText('0 / 2');
    await expect(progress).toContainText('litva-gorusu.txt');
    await expect(progress.locator('progress')).toHaveAttribute('max', '2');
    release();
  }

  const imported = dialog.locator('[data-testid="import-item"][data-status="imported"]');
  const refused = dialog.locator('[data-testid="import-item"][data-status="refused"]');
  await expect(imported).toHaveCount(1);
  await expect(refused).toHaveCount(1);
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  await expect(imported).toContainText(NEWS_TITLE);
  // The month-only date and the rest are reported; the binary file with its reason.
  await expect(imported.locator('[data-code="date-partial"]')).toBeVisible();
  await expect(refused).toContainText('x.txt');
  await expect(refused.getByTestId('import-reason')).toHaveAttribute('data-code', 'binary');
  await expect(refused.getByTestId('import-reason')).toContainText('Bu mətn faylı deyil');
  await shoot(page, 'import-report', testInfo);

  await imported.getByTestId('import-open').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('field-title')).toHaveValue(NEWS_TITLE);
  await expect(page.getByTestId('field-date')).toHaveAttribute('data-value', '2024-04-01');
  // The Azerbaijani interface writes the day first, whatever the browser's own locale.
  await expect(page.getByTestId('field-date')).toHaveValue('01.04.2024');
  const body = bodyEditor(page);
  await expect(body).toContainText('icra olunduğu qeyd edilib');
  await expect(body).not.toContainText('Javascript');
  // The library lists it, with the title it was given.
  await expect(page.getByTestId('library-item').filter({ hasText: NEWS_TITLE })).toHaveCount(1);

  // Undo the joining of the hyphenated word: the line break at the hyphen comes back.
  const review = page.getByTestId('import-review');
  await review.locator('summary').click();
  const hyphen = review.locator('[data-testid="import-change"][data-kind="hyphen-join"]');
  await expect(hyphen).toHaveCount(1);
  await expect(hyphen).toContainText('olundu-↵ğu');
  await expect(review.locator('[data-testid="import-change"][data-kind="boilerplate"]')).toContainText('enable Javascript');
  await shoot(page, 'import-review', testInfo);
  await hyphen.getByTestId('import-change-keep').uncheck();
  await review.getByTestId('import-review-apply').click();
  await page.getByTestId('confirm-ok').click();
  await expect(bodyEditor(page)).toContainText('icra olundu-ğu qeyd edilib');
  await expect(bodyEditor(page)).not.toContainText('Javascript');
  const id = (await app.api('listReleases', { query: 'Litva' })).items[0].id;
  await expect.poll(async () => docText((await app.api('getRelease', { id })).body)).toContain('olundu-ğu');
  // The change stays listed, unticked, for a change of mind.
  await page.getByTestId('import-review').locator('summary').click();
  await expect(page.locator('[data-testid="import-change"][data-kind="hyphen-join"]').getByTestId('import-change-keep')).not.toBeChecked();

  // The same file again is a duplicate, imported only when asked.
  await chooseFiles(page, [news]);
  const duplicate = dialog.locator('[data-testid="import-item"][data-status="duplicate"]');
  await expect(duplicate).toHaveCount(1);
  await expect(duplicate).toContainText(`«${NEWS_TITLE}»`);
  expect((await app.api('listReleases', { query: 'Litva' })).total).toBe(1);
  await duplicate.getByTestId('import-anyway').click();
  await expect(dialog.locator('[data-testid="import-item"][data-status="imported"]')).toHaveCount(1);
  await expect(duplicate).toHaveCount(0);
  expect((await app.api('listReleases', { query: 'Litva' })).total).toBe(2);
  await dialog.getByTestId('import-close').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('library-item').filter({ hasText: NEWS_TITLE })).toHaveCount(2);
});

test("a zip bomb is refused in the officer's language naming the limit, and 10,000 dropped images are one warning", async ({ app }, testInfo) => {
  const { page } = app;
  const bomb = await writeFixture(testInfo, 'bomba.docx', docxBomb(1024, false));
  const images = await writeFixture(testInfo, 'şəkillər.html', '<p>Mətn.</p>' + '<img src="data:image/png;base64,AA==">'.repeat(10_000));
  await chooseFiles(page, [bomb, images]);
  const dialog = page.getByTestId('import-dialog');
  const refused = dialog.locator('[data-testid="import-item"][data-status="refused"]');
  await expect(refused.getByTestId('import-reason')).toHaveAttribute('data-code', 'too-large');
  await expect(refused.getByTestId('import-reason')).toContainText(`açılmış halda ${MAX_UNPACKED_BYTES / MIB} MB`);
  const warning = dialog.locator('[data-testid="import-item"][data-status="imported"] [data-code="not-kept"]');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('(10.000 dəfə)');
  await dialog.getByTestId('import-close').click();
  await expect(page.getByTestId('library-item').filter({ hasText: 'bomba' })).toHaveCount(0);
});

test('a Markdown file dropped on the library is imported; a dragged text is not a file drop', async ({ app }) => {
  const { page } = app;
  const library = page.getByTestId('library');

  const textDrag = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'bir az mətn');
    return transfer;
  });
  await library.dispatchEvent('dragenter', { dataTransfer: textDrag });
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);

  const markdown = [
    '---',
    'date: 2024-05-17',
    '---',
    '# Baş prokuror Estoniya səfiri ilə görüşüb',
    '',
    'Görüşdə **hüquqi yardım** məsələləri müzakirə olunub.',
    '',
    '- ekstradisiya',
    '- kibercinayətkarlıq',
    '',
  ].join('\n');
  const fileDrag = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'estoniya.md', { type: 'text/markdown' }));
    return transfer;
  }, markdown);
  await library.dispatchEvent('dragenter', { dataTransfer: fileDrag });
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await library.dispatchEvent('dragover', { dataTransfer: fileDrag });
  await library.dispatchEvent('drop', { dataTransfer: fileDrag });
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);

  const dialog = page.getByTestId('import-dialog');
  const imported = dialog.locator('[data-testid="import-item"][data-status="imported"]');
  await expect(imported).toHaveCount(1);
  await expect(imported).toContainText('Baş prokuror Estoniya səfiri ilə görüşüb');
  await expect(imported).toContainText('estoniya.md');
  await imported.getByTestId('import-open').click();
  await expect(page.getByTestId('field-title')).toHaveValue('Baş prokuror Estoniya səfiri ilə görüşüb');
  await expect(page.getByTestId('field-date')).toHaveAttribute('data-value', '2024-05-17');
  await expect(bodyEditor(page).locator('ul li')).toHaveText(['ekstradisiya', 'kibercinayətkarlıq']);
  await expect(bodyEditor(page).locator('strong')).toHaveText('hüquqi yardım');
});

test('the open release exported as HTML, DOCX and PDF, and copied as HTML for the website', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('exports');
  const current = await app.api('getSettings', {});
  await app.api('updateSettings', { export: { ...current.export, defaultFolder: folder } });
  const created = await app.api('createRelease', {
    title: 'Baş prokuror Gürcüstan nümayəndə heyətini qəbul edib',
    dateline: 'Bakı',
    releaseDate: '2025-03-14',
    language: 'az',
    body: paragraphs('Görüşdə sərhədyanı cinayətkarlığa qarşı mübarizədə əməkdaşlıq müzakirə olunub.'),
  });
  await page.reload();
  await openRelease(page, created.id);

  // Typed just before exporting: the export must carry it, so the editor saves first.
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Sonda memorandum imzalanıb.');

  const stem = '2025-03-14-baş-prokuror-gürcüstan-nümayəndə-heyətini-qəbul-edib';
  const exportAs = async (format: 'html' | 'docx' | 'pdf', screenshot?: string) => {
    await page.getByTestId('export-menu').click();
    await expect(page.getByRole('menu')).toBeVisible();
    if (screenshot) await shoot(page, screenshot, testInfo);
    await page.getByTestId(`export-${format}`).click();
    const path = join(folder, `${stem}.${format}`);
    // The notice names the file; "Show in folder" leads to where it is.
    await expect(page.getByTestId('notice').filter({ hasText: `${stem}.${format}` })).toBeVisible({ timeout: format === 'pdf' ? 45_000 : 10_000 });
    return readFile(path);
  };

  const html = (await exportAs('html', 'export-menu')).toString('utf8');
  expect(html).toContain('<html lang="az"');
  expect(html).toContain('Baş prokuror Gürcüstan nümayəndə heyətini qəbul edib');
  expect(html).toContain('Sonda memorandum imzalanıb.');

  const docx = await exportAs('docx');
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  if (hasTool('pandoc')) {
    const text = runTool('pandoc', ['-f', 'docx', '-t', 'plain', join(folder, `${stem}.docx`)]);
    expect(text.replace(/\s+/g, ' ')).toContain('Sonda memorandum imzalanıb.');
  }

  const pdf = await exportAs('pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect((await readdir(folder)).sort()).toEqual([`${stem}.docx`, `${stem}.html`, `${stem}.pdf`]);

  // The website's copy: rich HTML and plain text on the clipboard.
  if (app.mode === 'browser') {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  }
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-copy').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'HTML kopyalandı' })).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      html: await (await item.getType('text/html')).text(),
      text: await (await item.getType('text/plain')).text(),
    };
  });
  expect(copied.html).toContain('Sonda memorandum imzalanıb.');
  expect(copied.html).not.toContain('<html');
  expect(copied.text).toContain('Baş prokuror Gürcüstan nümayəndə heyətini qəbul edib');
  await expectSaved(page);
});

test('HTML pasted from Word becomes a list, keeps bold, and loses what is unsafe', async ({ app }) => {
  const { page } = app;
  const created = await app.api('createRelease', { title: 'Yapışdırma', body: paragraphs('Əvvəl , sonra') });
  await page.reload();
  await openRelease(page, created.id);
  if (app.mode === 'browser') {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  }
  const putOnClipboard = (html: string) =>
    page.evaluate(
      (markup) =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([markup], { type: 'text/html' }),
            'text/plain': new Blob(['(plain text)'], { type: 'text/plain' }),
          }),
        ]),
      html,
    );

  // A phrase pasted inside a sentence joins it instead of splitting the paragraph.
  await bodyEditor(page).getByText('Əvvəl , sonra').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Əvvəl '.length; i++) await page.keyboard.press('ArrowRight');
  await putOnClipboard('<meta charset="utf-8"><b style="font-weight:700">qalın söz</b>');
  await page.keyboard.press('Control+v');
  await expect(bodyEditor(page).locator('p').first()).toHaveText('Əvvəl qalın söz, sonra');
  await expect(bodyEditor(page).locator('strong')).toHaveText('qalın söz');

  // Word writes list items as paragraphs with mso-list styles and the bullet as text.
  const word = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoListParagraph{margin:0}</style>',
    '<script>window.pasted = true</script></head><body>',
    "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Ekstradisiya</p>",
    "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]>Hüquqi yardım</p>",
    '<p class=MsoNormal><a href="javascript:window.pasted=true">Keçid</a> <img src="x" onerror="window.pasted=true"></p>',
    '</body></html>',
  ].join('');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await putOnClipboard(word);
  await page.keyboard.press('Control+v');
  await expect(bodyEditor(page).locator('ul > li')).toHaveText(['Ekstradisiya', 'Hüquqi yardım']);
  await expect(bodyEditor(page)).toContainText('Keçid');
  await expect(bodyEditor(page).locator('a, img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pasted?: boolean }).pasted)).toBeUndefined();

  await expectSaved(page);
  const stored = JSON.stringify((await app.api('getRelease', { id: created.id })).body);
  expect(stored).toContain('"bulletList"');
  expect(stored).not.toContain('javascript:');
});
