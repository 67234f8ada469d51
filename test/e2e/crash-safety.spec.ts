// A hard kill loses at most the last second of typing, and leaves a sound database file.
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { bodyEditor, docText, newRelease, openRelease, words } from './helpers';

const TYPING_MS = 5_000;
/** On a busy machine typing is slower; this many words are typed however long it takes. */
const MIN_WORDS = 30;
/** How much typing right before the kill may be lost. */
const GRACE_MS = 1_000;
const VOCABULARY = ['prokurorluq', 'əməkdaşlıq', 'görüş', 'İstintaq', 'şöbə', 'çıxış', 'ölkə', 'ağır', 'müdafiə', 'qərar'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('text typed up to a second before a SIGKILL is there after a restart', async ({ app }) => {
  const { page } = app;
  const id = await newRelease(app);
  await page.getByTestId('field-title').fill('Qəza sınağı');
  await bodyEditor(page).click();

  // A steady typist: one word every 100–150 ms (each arrives as one input event, as from an input
  // method), each word unique so a lost or repeated one shows.
  const typed: { at: number; text: string }[] = [];
  let text = '';
  const started = Date.now();
  for (let i = 0; i < MIN_WORDS || Date.now() - started < TYPING_MS; i++) {
    // The space goes before the word, so the text never ends in a space when a save is taken.
    const piece = `${i === 0 ? '' : ' '}${VOCABULARY[i % VOCABULARY.length]}${i}`;
    await page.keyboard.insertText(piece);
    text += piece;
    typed.push({ at: Date.now(), text });
    await pause(100 + (i % 3) * 25);
  }
  const killedAt = Date.now();
  await app.kill('SIGKILL');

  const mustSurvive = words(typed.filter((entry) => entry.at <= killedAt - GRACE_MS).at(-1)?.text ?? '');

  const db = new Database(app.dbPath, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }

  await app.restart();
  const stored = words(docText((await app.api('getRelease', { id })).body));
  expect(stored.slice(0, mustSurvive.length), 'the stored body begins with everything typed until a second before the kill').toBe(mustSurvive);
  expect(words(text).startsWith(stored), `the stored body is a prefix of the typed text: ${stored}`).toBe(true);

  await openRelease(app.page, id);
  await expect(bodyEditor(app.page)).toHaveText(stored);
});
