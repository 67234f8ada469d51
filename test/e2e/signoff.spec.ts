// The sign-off as an officer goes through it: write, comment, send to review, approve, embargo,
// export (the notice is there), lift the embargo, export again (it is gone), and the History lists
// every step with the officer's name.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasTool } from '../helpers/tools';
import { expect, test } from './fixtures';
import { bodyEditor, expectSaved, libraryItem, newRelease } from './helpers';
import { shoot } from './screenshot';

const OFFICER = 'Rəşad Əliyev';
const NOTICE = 'EMBARGO: 1 yanvar 2099, 10:00 (UTC+04:00) tarixinədək yayımlanmamalıdır';

test('write, review, approve, embargo, export, lift, export again, and read the record', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('exports');
  const current = await app.api('getSettings', {});
  await app.api('updateSettings', { export: { ...current.export, defaultFolder: folder } });
  await page.reload();

  await page.getByTestId('officer-button').click();
  await page.getByTestId('officer-name').fill(OFFICER);
  await page.getByTestId('officer-role').selectOption('approver');
  await page.getByTestId('officer-save').click();
  await expect(page.getByTestId('officer-button')).toContainText(OFFICER);

  const id = await newRelease(app);
  await page.getByTestId('field-title').fill('Baş prokuror Gürcüstan nümayəndə heyətini qəbul edib');
  await page.getByTestId('field-lead').fill('Görüşdə əməkdaşlıq müzakirə olunub.');
  await page.getByTestId('field-date').fill('2099-01-01');
  await bodyEditor(page).click();
  await page.keyboard.type('Görüş Bakıda keçirilib.');
  await expectSaved(page);
  // The status is no longer a field anyone can type into.
  await expect(page.getByTestId('field-status')).toHaveCount(0);

  // A remark on "Bakıda": kept beside the text, resolved, never exported.
  await bodyEditor(page)
    .getByText('Görüş Bakıda keçirilib.')
    .dblclick({ position: { x: 60, y: 8 } });
  await page.getByTestId('comment-add').click();
  await page.getByTestId('dialog-input').fill('Yeri dəqiqləşdirin');
  await page.getByTestId('confirm-ok').click();
  const comment = page.getByTestId('comment-item');
  await expect(comment).toContainText('Yeri dəqiqləşdirin');
  await expect(comment).toContainText(OFFICER);
  await comment.getByTestId('comment-reply-button').click();
  await page.getByTestId('dialog-input').fill('Bakı düzgündür');
  await page.getByTestId('confirm-ok').click();
  await expect(comment.getByTestId('comment-reply')).toContainText('Bakı düzgündür');
  await comment.getByTestId('comment-resolve').click();
  await expect(comment).toHaveAttribute('data-resolved', 'true');
  await expectSaved(page);

  const status = page.getByTestId('signoff-status');
  await page.getByTestId('signoff-to-review').click();
  await expect(status).toHaveAttribute('data-status', 'review');
  await page.getByTestId('signoff-to-approved').click();
  await expect(status).toHaveAttribute('data-status', 'approved');

  await page.getByTestId('embargo-until').fill('2099-01-01T10:00');
  await page.getByTestId('embargo-set').click();
  await expect(page.getByTestId('embargo-state')).toContainText('2099');
  await expect(libraryItem(page, id).getByTestId('library-embargo')).toContainText('1 yanvar 2099, 10:00');
  await shoot(page, 'signoff-embargoed', testInfo);

  const exportAs = async (format: 'html' | 'docx') => {
    const before = (await app.api('getReleaseHistory', { id })).publications.length;
    await page.getByTestId('export-menu').click();
    await page.getByTestId(`export-${format}`).click();
    await expect.poll(async () => (await app.api('getReleaseHistory', { id })).publications.length).toBe(before + 1);
    const logged = (await app.api('getReleaseHistory', { id })).publications.at(-1)!;
    expect(logged).toMatchObject({ format, actor: OFFICER, language: 'az' });
    return join(folder, logged.fileName!);
  };
  const docxText = (path: string) => execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });

  const embargoedHtml = await readFile(await exportAs('html'), 'utf8');
  expect(embargoedHtml).toContain(`<p class="embargo" role="note">${NOTICE}</p>`);
  expect(embargoedHtml).not.toContain('Yeri dəqiqləşdirin');
  const embargoedDocx = await exportAs('docx');
  if (hasTool('pandoc')) expect(docxText(embargoedDocx)).toContain(NOTICE);

  await page.getByTestId('embargo-lift').click();
  await expect(page.getByTestId('embargo-state')).toHaveCount(0);
  const liftedHtml = await readFile(await exportAs('html'), 'utf8');
  expect(liftedHtml).not.toContain('EMBARGO');
  expect(liftedHtml).toContain('Görüş Bakıda keçirilib.');
  const liftedDocx = await exportAs('docx');
  if (hasTool('pandoc')) expect(docxText(liftedDocx)).not.toContain('EMBARGO');

  await page.getByTestId('history-toggle').click();
  const record = page.getByTestId('signoff-record-item');
  const expected = [
    'Qaralama → Yoxlamada',
    'Yoxlamada → Təsdiqlənib',
    'Embarqo 1 yanvar 2099',
    'HTML kimi ixrac edildi',
    'DOCX kimi ixrac edildi',
    'Embarqo qaldırıldı',
    'HTML kimi ixrac edildi',
    'DOCX kimi ixrac edildi',
  ];
  await expect(record).toHaveCount(expected.length);
  for (const [i, text] of expected.entries()) {
    await expect(record.nth(i)).toContainText(text);
    await expect(record.nth(i)).toContainText(OFFICER);
  }
  // The approved revision is marked, so "what was approved?" is one click away.
  await expect(page.getByTestId('revision-approved')).toHaveCount(1);
  await shoot(page, 'signoff-history', testInfo);

  // Editing the approved text sends it back to review; the approved revision stays on record.
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Sonda memorandum imzalanıb.');
  await expectSaved(page);
  await expect(status).toHaveAttribute('data-status', 'review');
  await expect(record.last()).toContainText('Təsdiqlənib → Yoxlamada');
  await expect(page.getByTestId('revision-approved')).toHaveCount(1);
});

test('a release due while Pressdesk was closed is published on start, and the officer is told', async ({ app }) => {
  await app.api('updateSettings', { officer: { name: OFFICER, role: 'approver' } });
  const created = await app.api('createRelease', {
    title: 'Planlaşdırılmış reliz',
    lead: 'Giriş.',
    releaseDate: '2025-03-14',
  });
  await app.api('changeStatus', { id: created.id, revision: created.revision, to: 'review' });
  await app.api('changeStatus', { id: created.id, revision: created.revision, to: 'approved' });
  await app.api('setEmbargo', { id: created.id, until: null, publishAt: new Date(Date.now() + 2_000).toISOString() });
  await app.kill('SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  await app.restart();
  await expect(app.page.getByTestId('notice').filter({ hasText: '“Planlaşdırılmış reliz” planlaşdırıldığı kimi dərc olundu' })).toBeVisible();
  expect((await app.api('getRelease', { id: created.id })).status).toBe('published');
  await expect(libraryItem(app.page, created.id).locator('.badge')).toHaveText('Dərc olunub');
});
