// The translation workspace's other ways: an export the checks block and the officer overrides, a
// segment left outdated by an edit of the source, XLIFF out to a translator and back, and the
// termbase (a term added, found in a segment under a case suffix, inserted, exported as CSV).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, type App } from './fixtures';
import { openRelease, paragraphs } from './helpers';

const TITLE = 'Prokurorluğun məlumatı';
const TITLE_EN = "Information from the Prosecutor's Office";

function segmentRow(page: Page, id: string) {
  return page.getByTestId('segment').and(page.locator(`[data-id="${id}"]`));
}

/** English UI (its words are what the assertions read) and exports into the test's own folder. */
async function setUp(app: App, testInfo: TestInfo): Promise<string> {
  const folder = testInfo.outputPath('exports');
  await mkdir(folder, { recursive: true });
  const settings = await app.api('getSettings', {});
  await app.api('updateSettings', { uiLanguage: 'en', export: { ...settings.export, defaultFolder: folder } });
  return folder;
}

/** A release of one-sentence paragraphs and its English version, with the version's segment ids by source. */
async function releaseWithVersion(app: App, sentences: string[]) {
  const release = await app.api('createRelease', { title: TITLE, body: paragraphs(...sentences) });
  const version = await app.api('translateRelease', { id: release.id, language: 'en' });
  const { segments } = await app.api('getTranslation', { targetId: version.id });
  const idOf = (source: string) => {
    const found = segments.filter((s) => s.source === source);
    expect(found, `one segment is "${source}"`).toHaveLength(1);
    return found[0].id;
  };
  return { sourceId: release.id, versionId: version.id, idOf };
}

async function confirm(app: App, targetId: number, segmentId: string, target: string): Promise<void> {
  await app.api('saveSegment', { targetId, segmentId, target, status: 'translated' });
}

/** From the source release in the editor, its English chip opens the workspace. */
async function openWorkspace(page: Page, sourceId: number): Promise<void> {
  await page.reload();
  await openRelease(page, sourceId);
  await page.getByTestId('version-chip').and(page.locator('[data-language="en"]')).click();
  await expect(page.getByTestId('translation-workspace')).toBeVisible();
}

async function filesIn(folder: string, extension: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith(extension)).sort();
}

test('an export blocked by the checks lists the errors, goes out when overridden, and freely once fixed', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = await setUp(app, testInfo);
  const counted = 'Əməliyyat zamanı 15 nəfər saxlanılıb.';
  const dated = 'Məhkəmə iclası 12 mart 2024-cü il tarixində keçiriləcək.';
  const { sourceId, versionId, idOf } = await releaseWithVersion(app, [counted, dated]);
  await confirm(app, versionId, 'title', TITLE_EN);
  await confirm(app, versionId, idOf(counted), 'During the operation 16 people were detained.');
  await openWorkspace(page, sourceId);

  await page.getByTestId('tw-export').click();
  await page.getByTestId('tw-export-docx').click();
  const dialog = page.getByTestId('export-blocked');
  await expect(dialog).toBeVisible();
  const errors = dialog.getByTestId('qa-issue');
  await expect(errors).toHaveCount(2);
  await expect(errors.and(page.locator('[data-severity="error"]'))).toHaveCount(2);
  await expect(errors.filter({ hasText: 'Numbers differ from the source' })).toContainText('15');
  await expect(errors.filter({ hasText: 'Numbers differ from the source' })).toContainText('16');
  await expect(errors.filter({ hasText: 'Not translated or not confirmed' })).toHaveCount(1);
  const truth = (await app.api('runQa', { targetId: versionId })).filter((issue) => issue.severity === 'error');
  expect(truth.map((issue) => [issue.check, issue.segmentId]).sort()).toEqual(
    [
      ['numbers', idOf(counted)],
      ['untranslated', idOf(dated)],
    ].sort(),
  );
  expect(await filesIn(folder, '.docx')).toEqual([]);

  await dialog.getByTestId('export-anyway').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice').filter({ hasText: '.docx' })).toBeVisible();
  const first = await filesIn(folder, '.docx');
  expect(first).toHaveLength(1);
  expect((await readFile(join(folder, first[0]))).subarray(0, 2).toString('latin1')).toBe('PK');

  // Fixed in the workspace, as the translator would: typed and confirmed from the keyboard.
  for (const [id, english] of [
    [idOf(counted), 'During the operation 15 people were detained.'],
    [idOf(dated), 'The court hearing will be held on 12 March 2024.'],
  ]) {
    const input = segmentRow(page, id).getByTestId('segment-target');
    await input.fill(english);
    await input.press('ControlOrMeta+Enter');
    await expect(segmentRow(page, id)).toHaveAttribute('data-status', 'translated');
  }
  await page.getByTestId('tw-export').click();
  await page.getByTestId('tw-export-docx').click();
  const stem = first[0].replace(/\.docx$/, '');
  await expect(page.getByTestId('notice').filter({ hasText: `${stem}-2.docx` })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(await filesIn(folder, '.docx')).toEqual([first[0], `${stem}-2.docx`].sort());
  expect((await app.api('runQa', { targetId: versionId })).filter((issue) => issue.severity === 'error')).toEqual([]);
});

test('a confirmed segment whose source sentence was edited shows as outdated until confirmed again', async ({ app }, testInfo) => {
  const { page } = app;
  await setUp(app, testInfo);
  const before = 'Cinayət işi üzrə istintaq davam etdirilir.';
  const after = 'Cinayət işi üzrə ibtidai istintaq davam etdirilir.';
  const english = 'The investigation of the criminal case continues.';
  const { sourceId, versionId, idOf } = await releaseWithVersion(app, [before]);
  const id = idOf(before);
  await confirm(app, versionId, id, english);

  const release = await app.api('getRelease', { id: sourceId });
  await app.api('saveRelease', { id: sourceId, revision: release.revision, fields: { body: paragraphs(after) } });
  expect((await app.api('listVersions', { id: sourceId })).versions.find((v) => v.language === 'en')!.outdated).toBe(1);
  await openWorkspace(page, sourceId);

  const row = segmentRow(page, id);
  await expect(row).toHaveClass(/segment-outdated/);
  const outdated = row.getByTestId('outdated-source');
  await expect(outdated).toContainText('The source changed since this was translated');
  await expect(outdated.locator('p').filter({ hasText: 'Before' })).toHaveText(`Before${before}`);
  await expect(outdated.locator('p').filter({ hasText: 'Now' })).toHaveText(`Now${after}`);
  await expect(outdated.locator('ins')).toHaveText('ibtidai');
  await expect(row.getByTestId('segment-target')).toHaveValue(english);

  await page.getByTestId('qa-run').click();
  const outdatedIssue = page.getByTestId('qa-issue').filter({ hasText: 'Translated from an older source' });
  await expect(outdatedIssue).toHaveCount(1);
  await expect(outdatedIssue).toHaveAttribute('data-severity', 'error');

  const input = row.getByTestId('segment-target');
  await input.click();
  await input.press('ControlOrMeta+Enter');
  await expect(row).not.toHaveClass(/segment-outdated/);
  await expect(row.getByTestId('outdated-source')).toHaveCount(0);
  await expect(row).toHaveAttribute('data-status', 'translated');
  await expect.poll(async () => (await app.api('listVersions', { id: sourceId })).versions.find((v) => v.language === 'en')!.outdated).toBe(0);
  const stored = (await app.api('getTranslation', { targetId: versionId })).segments.find((s) => s.id === id)!;
  expect(stored).toMatchObject({ source: after, target: english, status: 'translated', outdatedFrom: null });
});

test('XLIFF goes out with the sources and comes back with two translations', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = await setUp(app, testInfo);
  const sentences = ['Baş prokuror vətəndaşları qəbul edib.', 'Qəbulda müraciətlər dinlənilib.', 'Bir sıra məsələlər yerində həll olunub.'];
  const { sourceId, versionId, idOf } = await releaseWithVersion(app, sentences);
  await openWorkspace(page, sourceId);

  await page.getByTestId('tw-files').click();
  await page.getByTestId('xliff-export').click();
  await expect(page.getByTestId('notice').filter({ hasText: '.xlf' })).toBeVisible();
  const exported = await filesIn(folder, '.xlf');
  expect(exported).toHaveLength(1);
  const xml = await readFile(join(folder, exported[0]), 'utf8');
  expect(xml).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="az" trgLang="en">/);
  for (const sentence of [TITLE, ...sentences]) expect(xml).toContain(`<source>${sentence}</source>`);
  expect(xml).not.toContain('<target>');

  // The outside translator's work: two sentences translated and marked so.
  const returned: [source: string, english: string][] = [
    [sentences[0], 'The Prosecutor General received citizens.'],
    [sentences[2], 'A number of issues were resolved on the spot.'],
  ];
  let edited = xml;
  for (const [source, english] of returned) {
    const id = idOf(source);
    const unit = `<segment id="${id}" state="initial">\n        <source>${source}</source>`;
    expect(edited).toContain(unit);
    edited = edited.replace(unit, `<segment id="${id}" state="translated">\n        <source>${source}</source>\n        <target>${english}</target>`);
  }
  const back = testInfo.outputPath('returned.xlf');
  await writeFile(back, edited);

  await page.getByTestId('tw-files').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('xliff-import').click();
  await (await chooser).setFiles(back);
  await expect(page.getByTestId('notice').filter({ hasText: '2 segments updated from XLIFF' })).toBeVisible();
  for (const [source, english] of returned) {
    await expect(segmentRow(page, idOf(source)).getByTestId('segment-target')).toHaveValue(english);
    await expect(segmentRow(page, idOf(source))).toHaveAttribute('data-status', 'translated');
  }
  await expect(segmentRow(page, idOf(sentences[1])).getByTestId('segment-target')).toHaveValue('');
  const stored = (await app.api('getTranslation', { targetId: versionId })).segments;
  expect(
    stored
      .filter((s) => s.target !== '')
      .map((s) => [s.id, s.target, s.status])
      .sort(),
  ).toEqual(returned.map(([source, english]) => [idOf(source), english, 'translated']).sort());
});

test('a term added to the termbase is found under a case suffix, inserted by its shortcut, and exported as CSV', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = await setUp(app, testInfo);
  const sentence = 'Cinayət işinin materialları məhkəməyə göndərilib.';
  const { sourceId, idOf } = await releaseWithVersion(app, [sentence]);
  await openWorkspace(page, sourceId);

  await page.getByTestId('termbase-open').click();
  const termbase = page.getByTestId('termbase');
  await expect(termbase).toBeVisible();
  await termbase.getByTestId('term-add').click();
  await termbase.getByTestId('term-az').fill('cinayət işi');
  await termbase.getByTestId('term-en').fill('criminal case');
  await termbase.getByTestId('term-ru').fill('уголовное дело');
  await termbase.getByLabel('Forbidden variants (comma-separated): English').fill('criminal file');
  await termbase.getByTestId('term-save').click();
  await expect(termbase.getByTestId('term-row')).toHaveCount(1);
  await expect(termbase.getByTestId('term-row')).toContainText('criminal case');
  expect(await app.api('listTerms', {})).toMatchObject([
    { az: 'cinayət işi', en: 'criminal case', ru: 'уголовное дело', forbidden: { en: ['criminal file'] } },
  ]);
  await termbase.getByTestId('termbase-close').click();
  await expect(termbase).toBeHidden();

  const input = segmentRow(page, idOf(sentence)).getByTestId('segment-target');
  await input.click();
  const hit = page.getByTestId('term-hit').first();
  await expect(hit).toContainText('Cinayət işinin');
  await expect(hit).toContainText('criminal case');
  await expect(hit).toContainText('Do not use: criminal file');
  await input.pressSequentially('The materials of the ');
  await input.press('ControlOrMeta+Alt+Digit1');
  await input.pressSequentially(' were sent to court.');
  await expect(input).toHaveValue('The materials of the criminal case were sent to court.');

  await page.getByTestId('termbase-open').click();
  await termbase.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByTestId('notice').filter({ hasText: '.csv' })).toBeVisible();
  const csvs = await filesIn(folder, '.csv');
  expect(csvs).toHaveLength(1);
  const lines = (await readFile(join(folder, csvs[0]), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('az,en,ru,note,forbidden_az,forbidden_en,forbidden_ru');
  expect(lines).toContain('cinayət işi,criminal case,уголовное дело,,,criminal file,');
});
