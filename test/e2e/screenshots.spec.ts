// Pictures of the library and the editor with a realistic release, for people to look at: kept as
// test attachments and in test-results/screenshots (never committed).
import type { Status } from '../../core/api';
import { expect, test } from './fixtures';
import { openRelease, paragraphs } from './helpers';
import { shoot } from './screenshot';

test('screenshots of the library and the editor', async ({ app }, testInfo) => {
  const { page } = app;
  // A library of the office's own releases, without the welcome one a new database starts with.
  for (const item of (await app.api('listReleases', {})).items) await app.api('trashRelease', { id: item.id });
  // Statuses move only by sign-off steps, taken here by an approver.
  await app.api('updateSettings', { officer: { name: 'Rəşad Əliyev', role: 'approver' } });
  const advance = async (created: { id: number; revision: number }, ...steps: Status[]) => {
    for (const to of steps) await app.api('changeStatus', { id: created.id, revision: created.revision, to });
  };
  const release = await app.api('createRelease', {
    title: 'Baş prokuror Özbəkistan Respublikasının nümayəndə heyəti ilə görüşüb',
    lead: 'Görüşdə hüquq-mühafizə orqanları arasında əməkdaşlığın genişləndirilməsi müzakirə olunub.',
    dateline: 'Bakı',
    releaseDate: '2025-03-14',
    language: 'az',
    body: paragraphs(
      'Azərbaycan Respublikasının Baş prokuroru Özbəkistan Respublikası Baş prokurorluğunun nümayəndə heyətini qəbul edib.',
      'Görüşdə iki ölkə arasında hüquqi yardım, korrupsiyaya qarşı mübarizə və kibercinayətkarlığın qarşısının alınması sahələrində əməkdaşlığın vəziyyəti müzakirə olunub.',
      'Tərəflər prokurorluq əməkdaşlarının ixtisasartırma proqramları çərçivəsində təcrübə mübadiləsinin davam etdirilməsinin vacibliyini qeyd ediblər.',
      'Sonda görüşün nəticələrinə dair anlaşma memorandumunun layihəsi razılaşdırılıb.',
    ),
  });
  await advance(release, 'review');
  const georgian = await app.api('createRelease', {
    title: 'Gürcüstanın Baş prokurorluğu ilə işçi görüşü keçirilib',
    lead: 'Sərhədyanı cinayətkarlığa qarşı birgə tədbirlər müzakirə olunub.',
    dateline: 'Tbilisi',
    releaseDate: '2025-03-10',
    body: paragraphs('Görüşdə sərhədyanı cinayətkarlığa qarşı mübarizədə əməkdaşlıq məsələləri müzakirə olunub.'),
  });
  await advance(georgian, 'review', 'approved', 'published');
  const osce = await app.api('createRelease', {
    title: 'Prosecutor General received the OSCE delegation',
    lead: 'Cooperation against corruption was discussed.',
    dateline: 'Baku',
    releaseDate: '2025-03-05',
    language: 'en',
    body: paragraphs('The meeting discussed cooperation in the fight against corruption.'),
  });
  await advance(osce, 'review', 'approved');
  await app.api('createRelease', {
    title: 'Генеральный прокурор встретился с делегацией Казахстана',
    dateline: 'Баку',
    releaseDate: '2025-02-27',
    language: 'ru',
    body: paragraphs('На встрече обсуждены вопросы правовой помощи.'),
  });

  await page.reload();
  await expect(page.getByTestId('library-item')).toHaveCount(4);
  await shoot(page, 'library', testInfo, true);

  await openRelease(page, release.id);
  await expect(page.getByTestId('field-title')).toHaveValue(release.title);
  await expect(page.getByTestId('editor-body')).toContainText('anlaşma memorandumunun');
  await shoot(page, 'editor', testInfo, true);
});
