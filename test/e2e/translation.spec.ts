// A seed release translated into English in the workspace: two sentences filled from the memory
// (made the honest way, by confirming them in the English version of another release), a term
// inserted by its shortcut, the rest translated, the checks passed, and the version exported as DOCX.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { zipEntryText } from '../helpers/zip';
import { expect, ROOT, test, type App } from './fixtures';
import { openRelease, paragraphs } from './helpers';
import { shoot } from './screenshot';

const SEEDS = join(ROOT, '../shared/corpus/seeds');
const SEED = join(SEEDS, '003_700814745b7d764e.txt');

/** Two sentences of the seed (each a paragraph of its own) that the memory learns first, with their English. */
const REMEMBERED: [start: string, english: string][] = [
  [
    'Həmçinin, Baş prokuror',
    'The Prosecutor General also expressed confidence that cooperation between the law enforcement bodies will continue successfully.',
  ],
  [
    'Baş prokurorun müavini',
    'The Deputy Prosecutor General stressed the importance of the five-party meeting and expressed confidence that cooperation will continue.',
  ],
];
/** Typed in the workspace, around the term inserted by its shortcut. */
const TITLE_BEFORE = 'Deputy Prosecutor General of ';
const TITLE_AFTER = ' Jandos Umiraliyev visits Azerbaijan at the invitation of Prosecutor General Kamran Aliyev';
/** The lead, after the one-sentence opening became the title. */
const LEAD =
  "According to the Prosecutor General's Office, the delegation will take part in the five-party meeting of the prosecutor's offices of the Caspian states in Baku.";
/** The rest, by how each sentence starts, set through the API to keep the test short; every number of the source is kept. */
const REST: [start: string, english: string][] = [
  [
    'İkitərəfli',
    'At the bilateral meeting, Prosecutor General Kamran Aliyev stressed the role of mutual trust and dialogue between President Ilham Aliyev of Azerbaijan and President Kassym-Jomart Tokayev of Kazakhstan.',
  ],
  [
    'Cari ilin',
    "The opening of the Kurmangazy Children's Creativity Centre in Fuzuli during the state visit of the President of Kazakhstan on 11-12 March was noted as a sign of the brotherhood of our peoples.",
  ],
  [
    'Kamran Əliyev Müzəffər',
    'Kamran Aliyev told the guests about the end of the 30-year occupation of Azerbaijan and the restoration of its territorial integrity in 2023.',
  ],
  [
    'Baş prokuror həmçinin',
    'The Prosecutor General stressed that holding the 29th session of the Conference of the Parties, COP29, in our country shows great trust in Azerbaijan.',
  ],
  [
    'Kamran Əliyev cari',
    'Kamran Aliyev said that the 29th annual conference of the International Association of Prosecutors will be held in our country on 29 September - 2 October and that he had invited his Kazakh counterpart Berik Asylov.',
  ],
  ['Səmimi', 'Thanking for the warm welcome, Jandos Umiraliyev noted the high level of relations between the two countries.'],
];

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

function segmentRow(page: Page, id: string) {
  return page.getByTestId('segment').and(page.locator(`[data-id="${id}"]`));
}

async function importSeed(app: App): Promise<number> {
  const data = (await readFile(SEED)).toString('base64');
  const outcome = await app.api('importFile', { fileName: '003_700814745b7d764e.txt', data });
  if (outcome.status !== 'imported') throw new Error(`the seed was not imported: ${outcome.status}`);
  return outcome.release.id;
}

/** The seed's paragraph that starts with `start`, as the sentence the memory is taught. */
function seedSentence(seedText: string, start: string): string {
  const found = seedText
    .split(/\n\s*\n/)
    .map(flat)
    .find((paragraph) => paragraph.startsWith(start));
  if (!found) throw new Error(`no paragraph of the seed starts with "${start}"`);
  return found;
}

/** The memory learns the two sentences as a translator would: confirmed in another release's English version. */
async function rememberSentences(app: App, sentences: string[]): Promise<void> {
  const other = await app.api('createRelease', { title: 'Əvvəlki press-reliz', body: paragraphs(...sentences) });
  const version = await app.api('translateRelease', { id: other.id, language: 'en' });
  const { segments } = await app.api('getTranslation', { targetId: version.id });
  for (const [i, sentence] of sentences.entries()) {
    const segment = segments.find((s) => flat(s.source) === sentence);
    if (!segment) throw new Error(`the other release has no segment "${sentence}"`);
    await app.api('saveSegment', { targetId: version.id, segmentId: segment.id, target: REMEMBERED[i][1], status: 'translated' });
  }
}

test.skip(!existsSync(SEEDS), `the seed corpus is not at ${SEEDS}: this spec translates one of its releases`);

test('a seed release translated to English: memory, a term, QA, and a DOCX of the version', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = testInfo.outputPath('exports');
  await mkdir(folder, { recursive: true });
  const settings = await app.api('getSettings', {});
  await app.api('updateSettings', { export: { ...settings.export, defaultFolder: folder } });

  const seedText = await readFile(SEED, 'utf8');
  const seedId = await importSeed(app);
  await rememberSentences(
    app,
    REMEMBERED.map(([start]) => seedSentence(seedText, start)),
  );
  await page.reload();
  await openRelease(page, seedId);

  // Translate → English makes the linked version and opens the workspace on it.
  await page.getByTestId('translate-menu').click();
  await page.getByTestId('translate-en').click();
  const workspace = page.getByTestId('translation-workspace');
  await expect(workspace).toBeVisible();
  const versionId = (await app.api('listVersions', { id: seedId })).versions.find((v) => v.language === 'en')!.id;
  const segments = (await app.api('getTranslation', { targetId: versionId })).segments;
  const idOf = (start: string) => {
    const found = segments.filter((s) => flat(s.source).startsWith(start) && !['title', 'lead:0'].includes(s.id));
    expect(found, `one body segment starts with "${start}"`).toHaveLength(1);
    return found[0].id;
  };
  const remembered = REMEMBERED.map(([start, english]) => ({ id: idOf(start), english }));

  await page.getByTestId('tm-fill').click();
  await expect(page.getByTestId('notice').filter({ hasText: /\b2\b/ })).toBeVisible();
  for (const { id, english } of remembered) {
    await expect(segmentRow(page, id).getByTestId('segment-target')).toHaveValue(english);
  }
  const afterFill = (await app.api('getTranslation', { targetId: versionId })).segments;
  expect(
    afterFill
      .filter((s) => s.target !== '')
      .map((s) => s.id)
      .sort(),
  ).toEqual(remembered.map((r) => r.id).sort());

  // The filled drafts are confirmed from the keyboard; the exact match is offered for each.
  for (const { id } of remembered) {
    const input = segmentRow(page, id).getByTestId('segment-target');
    await input.click();
    await expect(page.getByTestId('tm-match').first()).toContainText('100%');
    await input.press('ControlOrMeta+Enter');
    await expect(segmentRow(page, id)).toHaveAttribute('data-status', 'translated');
  }

  // The title: typed, with "Qazaxıstan" inserted as the termbase's "Kazakhstan" by its shortcut.
  const title = segmentRow(page, 'title').getByTestId('segment-target');
  await title.click();
  const hits = page.getByTestId('term-hit');
  await expect(hits.first()).toContainText('Qazaxıstan');
  await expect(hits.first()).toContainText('Kazakhstan');
  await title.pressSequentially(TITLE_BEFORE);
  await title.press('ControlOrMeta+Alt+Digit1');
  await title.pressSequentially(TITLE_AFTER);
  await expect(title).toHaveValue(`${TITLE_BEFORE}Kazakhstan${TITLE_AFTER}`);
  await title.press('ControlOrMeta+Enter');
  await expect(segmentRow(page, 'title')).toHaveAttribute('data-status', 'translated');
  // Confirming moved on to the lead, which is typed there.
  const lead = segmentRow(page, 'lead:0').getByTestId('segment-target');
  await expect(lead).toBeFocused();
  await lead.pressSequentially(LEAD);
  await lead.press('ControlOrMeta+Enter');
  await expect(segmentRow(page, 'lead:0')).toHaveAttribute('data-status', 'translated');
  await shoot(page, 'translation-workspace', testInfo);

  const stored = (await app.api('getTranslation', { targetId: versionId })).segments;
  expect(stored.find((s) => s.id === 'title')!.target).toBe(`${TITLE_BEFORE}Kazakhstan${TITLE_AFTER}`);
  for (const { id, english } of remembered) expect(stored.find((s) => s.id === id)).toMatchObject({ target: english, status: 'translated' });

  const rest = stored.filter((s) => s.status !== 'translated');
  for (const segment of rest) {
    const english = REST.find(([start]) => flat(segment.source).startsWith(start))?.[1];
    if (!english) throw new Error(`no English written for "${segment.source}"`);
    await app.api('saveSegment', { targetId: versionId, segmentId: segment.id, target: english, status: 'translated' });
  }
  // Back in the editor, the chip shows the version complete; it opens the workspace again.
  await page.getByTestId('tw-back').click();
  const total = stored.length;
  const chip = page.getByTestId('version-chip').and(page.locator('[data-language="en"]'));
  await expect(chip).toContainText(`${total}/${total}`);
  await chip.click();
  await expect(page.getByTestId('tw-progress')).toHaveAttribute('data-done', String(total));

  await page.getByTestId('qa-run').click();
  await expect(page.getByTestId('qa-issues').or(page.getByText('No problem found.').or(page.getByText('Problem tapılmadı.')))).toBeVisible();
  await expect(page.getByTestId('qa-issue').and(page.locator('[data-severity="error"]'))).toHaveCount(0);
  expect((await app.api('runQa', { targetId: versionId })).filter((issue) => issue.severity === 'error')).toEqual([]);

  await page.getByTestId('tw-export').click();
  await page.getByTestId('tw-export-docx').click();
  await expect(page.getByTestId('notice').filter({ hasText: '.docx' })).toBeVisible();
  const files = (await readdir(folder)).filter((name) => name.endsWith('.docx'));
  expect(files).toHaveLength(1);
  const docx = await readFile(join(folder, files[0]));
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = zipEntryText(docx, 'word/document.xml');
  expect(xml).toContain('Thanking for the warm welcome');
  expect(xml).toContain('Kazakhstan');
});
