// Search folds Azerbaijani letters: "ozbekistan" finds "Özbəkistan", "eliyev" finds "Əliyev".
import { expect, test } from './fixtures';
import { libraryItem, paragraphs } from './helpers';

test('a folded word finds the release and marks the word in the snippet', async ({ app }) => {
  const { page } = app;
  const title = 'Daşkənddən gələn nümayəndə heyəti ilə görüş';
  const found = await app.api('createRelease', {
    title,
    body: paragraphs(
      'Baş prokuror Özbəkistan Respublikasının nümayəndə heyətini qəbul edib.',
      'Görüşdə Kamran Əliyev əməkdaşlığın yeni istiqamətlərindən danışıb.',
    ),
  });
  const other = await app.api('createRelease', {
    title: 'Tbilisidə keçirilən konfrans',
    body: paragraphs('Gürcüstan tərəfi ilə hüquqi yardım məsələləri müzakirə olunub.'),
  });
  await page.reload();
  await expect(libraryItem(page, found.id)).toBeVisible();
  await expect(libraryItem(page, other.id)).toBeVisible();
  const items = page.getByTestId('library-item');

  for (const [query, word] of [
    ['ozbekistan', 'Özbəkistan'],
    ['eliyev', 'Əliyev'],
  ]) {
    await page.getByTestId('library-search').fill(query);
    await expect(items).toHaveCount(1);
    await expect(libraryItem(page, found.id)).toContainText(title);
    await expect(items.getByTestId('search-snippet').locator('mark').first()).toHaveText(word);
  }
});
