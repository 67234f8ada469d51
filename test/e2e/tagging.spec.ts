// Tagging as the officer meets it: names typed into a release come up as suggestions, one click
// tags the release, the library's facets count it and filter to it, and the entity's page lists
// it. A dismissed suggestion stays dismissed across a reload.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bodyEditor, expectSaved, libraryItem, newRelease, openRelease, paragraphs } from './helpers';
import { shoot } from './screenshot';

const SENTENCE = 'Baş prokuror Kamran Əliyev Qazaxıstanın Baş prokuroru Jandos Umiraliyevlə görüşüb.';
const TITLE = 'Baş prokuror qazaxıstanlı həmkarı ilə görüşüb';

function suggestion(page: Page, key: string): Locator {
  return page
    .getByTestId('tags-panel')
    .getByTestId('suggestion')
    .and(page.locator(`[data-key="${key}"]`));
}

function tagChip(page: Page, key: string): Locator {
  return page
    .getByTestId('tags-panel')
    .getByTestId('tag-chip')
    .and(page.locator(`[data-key="${key}"]`));
}

test('accepted suggestions tag the release, the facet filters the library to it and the entity page lists it', async ({ app }, testInfo) => {
  const { page } = app;
  // Another release, never tagged: the facet's filter must leave it out.
  const other = await app.api('createRelease', { title: 'Tbilisidə konfrans', body: paragraphs('Gürcüstan tərəfi ilə görüş keçirilib.') });
  await page.reload();
  await expect(libraryItem(page, other.id)).toBeVisible();

  const id = await newRelease(app);
  await page.getByTestId('field-title').fill(TITLE);
  await bodyEditor(page).click();
  await page.keyboard.type(SENTENCE);

  const country = suggestion(page, 'country:KZ');
  await expect(country).toBeVisible();
  await expect(country).toContainText('Qazaxıstan');
  const person = page.getByTestId('tags-panel').getByTestId('suggestion').and(page.locator('[data-kind="person"]')).filter({ hasText: 'Jandos Umiraliyev' });
  await expect(person).toBeVisible();
  // Not in the registry: offered as a new entry.
  await expect(person).toHaveAttribute('data-key', /^new:person:/);
  await expect(suggestion(page, 'person:kamran-aliyev')).toBeVisible();
  // Suggested names are marked in the text itself.
  await expect(page.getByTestId('editor-body').locator('.mention-suggested', { hasText: 'Qazaxıstanın' })).toBeVisible();

  await country.getByTestId('accept-suggestion').click();
  await expect(tagChip(page, 'country:KZ')).toBeVisible();
  await person.getByTestId('accept-suggestion').click();
  await expect(page.getByTestId('tags-panel').getByTestId('tag-chip').and(page.locator('[data-kind="person"]'))).toContainText('Jandos Umiraliyev');
  await expect(country).toHaveCount(0);
  await expect(person).toHaveCount(0);
  await expect(page.getByTestId('editor-body').locator('.mention-tagged', { hasText: 'Qazaxıstanın' })).toBeVisible();

  const stored = await app.api('getReleaseTags', { releaseId: id });
  expect(stored.tags.map((tag) => tag.names.az).sort()).toEqual(['Jandos Umiraliyev', 'Qazaxıstan']);
  const jandos = stored.tags.find((tag) => tag.kind === 'person')!;
  expect(jandos.names.en).toBe('Zhandos Umiraliyev');
  await expectSaved(page);
  await shoot(page, 'tagging-editor', testInfo);

  // The library's facet counts the release under the country and filters the list to it.
  await page.getByTestId('facets-toggle').click();
  const facet = page.getByTestId('facet').and(page.locator('[data-kind="country"]')).filter({ hasText: 'Qazaxıstan' });
  await expect(facet.getByTestId('facet-count')).toHaveText('1');
  await facet.click();
  await expect(page.getByTestId('tag-filter')).toContainText('Qazaxıstan');
  await expect(page.getByTestId('library-item')).toHaveCount(1);
  await expect(libraryItem(page, id)).toBeVisible();
  await expect(libraryItem(page, other.id)).toHaveCount(0);
  // Removing the filter brings the other release back.
  await page.getByTestId('tag-filter').getByRole('button').click();
  await expect(libraryItem(page, other.id)).toBeVisible();

  // The entity page, opened from the tag, lists the release on its timeline.
  await tagChip(page, 'country:KZ').getByRole('button').first().click();
  const entityPage = page.getByTestId('entity-page');
  await expect(entityPage.getByTestId('entity-name-az')).toHaveText('Qazaxıstan');
  await expect(entityPage.getByTestId('entity-name-en')).toHaveText('Kazakhstan');
  await expect(entityPage.getByTestId('entity-name-ru')).toHaveText('Казахстан');
  const listed = entityPage.getByTestId('entity-release');
  await expect(listed).toHaveCount(1);
  await expect(listed).toHaveAttribute('data-id', String(id));
  await expect(listed).toContainText(TITLE);
  await expect(page.getByTestId('editor')).toBeHidden();
  await shoot(page, 'tagging-entity-page', testInfo);

  // Back to the release, which was never closed.
  await page.getByTestId('page-back').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(bodyEditor(page)).toContainText(SENTENCE);

  // From a facet to the person's page, and from its timeline to the release.
  await page
    .getByTestId('facet')
    .and(page.locator('[data-kind="person"]'))
    .filter({ hasText: 'Jandos Umiraliyev' })
    .locator('..')
    .getByTestId('facet-page')
    .click();
  await expect(entityPage.getByTestId('entity-name-az')).toHaveText('Jandos Umiraliyev');
  await entityPage.getByTestId('entity-release').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(libraryItem(page, id)).toHaveAttribute('aria-current', 'true');
});

test('a dismissed suggestion does not come back for that release after a reload', async ({ app }) => {
  const { page } = app;
  const release = await app.api('createRelease', { title: 'Görüş', body: paragraphs(SENTENCE) });
  await page.reload();
  await openRelease(page, release.id);

  const kamran = suggestion(page, 'person:kamran-aliyev');
  await expect(kamran).toBeVisible();
  await kamran.getByTestId('dismiss-suggestion').click();
  await expect(kamran).toHaveCount(0);
  expect((await app.api('getReleaseTags', { releaseId: release.id })).dismissed).toContain('person:kamran-aliyev');

  await page.reload();
  await openRelease(page, release.id);
  // The tagger has run again (the country is offered), and the dismissed name is not.
  await expect(suggestion(page, 'country:KZ')).toBeVisible();
  await expect(kamran).toHaveCount(0);
  await expect(page.getByTestId('editor-body').locator('.mention', { hasText: 'Kamran Əliyev' })).toHaveCount(0);

  // Another release with the same name still gets the suggestion: dismissals are per release.
  const second = await app.api('createRelease', { title: 'Başqa görüş', body: paragraphs(SENTENCE) });
  await page.reload();
  await openRelease(page, second.id);
  await expect(suggestion(page, 'person:kamran-aliyev')).toBeVisible();
});

test('a detected delegation is recorded with its party and head, and counted among the facets', async ({ app }) => {
  const { page } = app;
  const text = 'Baş prokuror Kamran Əliyev Qazaxıstanın Baş prokuroru Jandos Umiraliyevin rəhbərlik etdiyi nümayəndə heyətini qəbul edib.';
  const release = await app.api('createRelease', { title: 'Qazaxıstan nümayəndə heyətinin qəbulu', releaseDate: '2025-05-20', body: paragraphs(text) });
  await page.reload();
  await openRelease(page, release.id);

  // The head is a new person, offered too; recording the delegation adds them to the registry.
  const person = page.getByTestId('tags-panel').getByTestId('suggestion').filter({ hasText: 'Jandos Umiraliyev' });
  await expect(person).toBeVisible();
  const detected = page.getByTestId('delegation-suggestion');
  await expect(detected).toContainText('Qazaxıstan — Jandos Umiraliyev');
  await detected.getByTestId('record-delegation').click();
  await expect(detected).toHaveCount(0);
  await expect(page.getByTestId('recorded-delegation')).toContainText('Qazaxıstan — Jandos Umiraliyev');
  await expect(person).toHaveCount(0);

  const { delegations, tags } = await app.api('getReleaseTags', { releaseId: release.id });
  expect(delegations).toHaveLength(1);
  expect(delegations[0].party.key).toBe('country:KZ');
  expect(delegations[0].head?.names.az).toBe('Jandos Umiraliyev');
  expect(delegations[0].dateFrom).toBe('2025-05-20');
  expect(delegations[0].releaseIds).toEqual([release.id]);
  // The title the text gives the head is kept with the new entry.
  expect(tags.find((tag) => tag.names.az === 'Jandos Umiraliyev')?.title.az).toBe(delegations[0].headTitle);

  await page.getByTestId('facets-toggle').click();
  const facet = page.getByTestId('facet').and(page.locator('[data-kind="delegation"]'));
  await expect(facet).toContainText('Qazaxıstan — Jandos Umiraliyev (20 may 2025)');
  await expect(facet.getByTestId('facet-count')).toHaveText('1');
  // In the English and Russian interface the party is named in that language, the day written as it writes days.
  for (const [language, party] of [
    ['en', 'Kazakhstan'],
    ['ru', 'Казахстан'],
  ] as const) {
    await page.getByTestId('ui-language').selectOption(language);
    await expect(facet).toContainText(party);
    await expect(facet).not.toContainText('Qazaxıstan');
    await expect(facet).not.toContainText('2025-05-20');
  }
});

test('a detected delegation shows the sentence it was read from and is recorded as the officer corrects it', async ({ app }) => {
  const { page } = app;
  const text = 'Baş prokuror Kamran Əliyev Fransanın Ədliyyə nazirinin müavini Mişel Lebrenlə görüşüb.';
  const release = await app.api('createRelease', { title: 'Nazir müavini qəbul olunub', releaseDate: '2025-06-02', body: paragraphs(text) });
  await page.reload();
  await openRelease(page, release.id);

  const detected = page.getByTestId('delegation-suggestion');
  await expect(detected.getByTestId('delegation-sentence')).toHaveText(text.slice(0, -1));
  // The head's English is rebuilt from the Azerbaijani for a French name: a guess to check.
  await expect(detected.getByTestId('guess-badge')).toBeVisible();
  await detected.getByTestId('correct-delegation').click();
  await expect(detected.getByTestId('correct-head-en')).toHaveValue('Michel Lebrin');
  await detected.getByTestId('correct-head-en').fill('Michel Lebrun');
  await detected.getByTestId('correct-direction').selectOption('incoming');
  await detected.getByTestId('save-correction').click();
  await expect(page.getByTestId('recorded-delegation')).toContainText('Mişel Lebren');

  const { delegations } = await app.api('getReleaseTags', { releaseId: release.id });
  expect(delegations.map((d) => [d.party.key, d.head?.names.en, d.headTitle, d.direction])).toEqual([
    ['country:FR', 'Michel Lebrun', 'Fransanın Ədliyyə nazirinin müavini', 'incoming'],
  ]);
  // The corrected spelling is the registry's now.
  const registry = await app.api('getRegistry', {});
  expect(registry.find((entity) => entity.names.az === 'Mişel Lebren')?.names.en).toBe('Michel Lebrun');
});

test('officers add, edit, retire and merge registry entries', async ({ app }) => {
  const { page } = app;
  // The welcome release opens on start; opening a release closes registry pages, so wait for it.
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.getByTestId('open-registry').click();
  const registry = page.getByTestId('registry');
  // Found by a name in another language.
  await registry.getByTestId('registry-search').fill('Kazakhstan');
  await expect(registry.getByTestId('registry-entry')).toHaveCount(1);
  await expect(registry.getByTestId('registry-entry')).toContainText('Qazaxıstan');

  // A duplicate of a shipped person, added by hand.
  await page.getByTestId('new-entity').click();
  const form = page.getByTestId('entity-form');
  await form.getByTestId('entity-kind').selectOption('person');
  await form.getByTestId('entity-name-az').fill('K. Əliyev');
  await form.getByTestId('entity-save').click();
  const entityPage = page.getByTestId('entity-page');
  await expect(entityPage.getByTestId('entity-name-az')).toHaveText('K. Əliyev');
  const duplicateId = Number(await entityPage.getAttribute('data-id'));

  await page.getByTestId('entity-edit').click();
  await page.getByTestId('entity-form').getByTestId('entity-name-en').fill('K. Aliyev');
  await page.getByTestId('entity-form').getByTestId('entity-save').click();
  await expect(entityPage.getByTestId('entity-name-en')).toHaveText('K. Aliyev');

  await page.getByTestId('entity-retire').click();
  await expect(page.getByTestId('entity-retire')).toHaveText('Geri qaytar');
  expect((await app.api('getEntityPage', { id: duplicateId })).entity.retiredAt).not.toBeNull();
  await page.getByTestId('entity-retire').click();
  await expect(page.getByTestId('entity-retire')).toHaveText('İstifadədən çıxar');

  await page.getByTestId('entity-merge').click();
  await page.getByTestId('merge-search').fill('Kamran');
  await page.getByTestId('merge-candidate').filter({ hasText: 'Kamran Əliyev' }).click();
  await page.getByTestId('confirm-ok').click();
  // The survivor's page, which keeps the duplicate's names.
  await expect(entityPage.getByTestId('entity-name-az')).toHaveText('Kamran Əliyev');
  await expect(entityPage).toContainText('K. Əliyev');
  const merged = await app.api('getEntityPage', { id: duplicateId });
  expect(merged.entity.mergedInto).toBe(Number(await entityPage.getAttribute('data-id')));
});
