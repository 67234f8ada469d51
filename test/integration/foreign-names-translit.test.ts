// How exactly `pressdesk translit --country` spells foreign public figures (test/fixtures/dev-corpus):
// the list the rules were written from, and the held-out list they were not. A name counts
// as right in English when it is the person's own spelling or its plain-ASCII variant, in Russian when
// it is the form Russian official sources use. Printed twice: as the command answers (registry first)
// and by the rebuilding rules alone, so the rules' share is seen apart from the registry's. The
// held-out list prints its numbers only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reconstructName } from '../../core/translate/foreign-names';
import { translitName } from '../../core/translate/translit-cli';

const CORPUS = fileURLToPath(new URL('../fixtures/dev-corpus', import.meta.url));
const RULES = join(CORPUS, 'foreign-names-rules.json');
const HELDOUT = join(CORPUS, 'heldout', 'foreign-names-heldout.json');

interface ForeignName {
  id: string;
  az: string;
  country: string;
  en: string;
  enAscii?: string | null;
  ru: string;
}

function measure(file: string, spell: (name: ForeignName, to: 'en' | 'ru') => string, misses?: string[]) {
  const names: ForeignName[] = JSON.parse(readFileSync(file, 'utf8')).names;
  let en = 0;
  let ru = 0;
  for (const name of names) {
    const english = spell(name, 'en');
    const russian = spell(name, 'ru');
    const enRight = english === name.en || english === name.enAscii;
    if (enRight) en++;
    if (russian === name.ru) ru++;
    if (misses && (!enRight || russian !== name.ru)) misses.push(`${name.country} ${name.az}: ${english} / ${russian} (${name.en} / ${name.ru})`);
  }
  return { count: names.length, en: en / names.length, ru: ru / names.length };
}

const command = (name: ForeignName, to: 'en' | 'ru') => translitName(name.az, to, name.country);
const rulesOnly = (name: ForeignName, to: 'en' | 'ru') => reconstructName(name.az, name.country, to);
const line = (label: string, m: ReturnType<typeof measure>) =>
  `${label}: ${m.count} names; English exact ${(m.en * 100).toFixed(1)}%, Russian exact ${(m.ru * 100).toFixed(1)}%`;

describe('foreign public figures spelled by translit --country', () => {
  it.skipIf(!existsSync(RULES))('prints the exactness on the names the rules were written from', () => {
    const misses: string[] = [];
    const rules = measure(RULES, rulesOnly, misses);
    for (const miss of misses) console.log(miss);
    console.log(line('RULES LIST, translit --country', measure(RULES, command)));
    console.log(line('RULES LIST, rebuilding rules alone', rules));
    expect(rules.count).toBeGreaterThan(0);
  });

  // The issue asks 85% English and 75% Russian of the command (registry first, then the rules). The
  // floors are the measured scores rounded down, so a regression fails; the rules alone are printed
  // apart, well below, for what the registry does not know.
  it.skipIf(!existsSync(HELDOUT))('prints the exactness on held-out names, not below the last landing', () => {
    const heldout = measure(HELDOUT, command);
    console.log(line('HELD-OUT, translit --country', heldout));
    console.log(line('HELD-OUT, rebuilding rules alone', measure(HELDOUT, rulesOnly)));
    expect(heldout.en).toBeGreaterThanOrEqual(0.86);
    expect(heldout.ru).toBeGreaterThanOrEqual(0.9);
  });
});
