// The one language catalogue (renderer/i18n/<lang>/…): every text exists in Azerbaijani, English
// and Russian, at the same place and of the same kind (a function where English has one, taking
// no more arguments than English gives it), never empty; the native menus' words too; and each
// language has the files English has.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { az } from '../../renderer/i18n/az';
import { en } from '../../renderer/i18n/en';
import { ru } from '../../renderer/i18n/ru';
import { MENU_LABELS } from '../../renderer/i18n/menu-labels';

const CATALOGUE = join(__dirname, '..', '..', 'renderer', 'i18n');

interface Leaf {
  kind: 'text' | 'empty text' | 'function' | 'list' | string;
  /** A function's number of parameters. */
  arity?: number;
}

/** Every leaf of a catalogue by its path. */
function leaves(value: unknown, path = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === 'string') out.set(path, { kind: value.trim() === '' ? 'empty text' : 'text' });
  else if (typeof value === 'function') out.set(path, { kind: 'function', arity: value.length });
  else if (Array.isArray(value) || value === null) out.set(path, { kind: 'list' });
  else if (typeof value === 'object') for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  else out.set(path, { kind: typeof value });
  return out;
}

function differences(lang: string, catalogue: unknown, reference: unknown): string[] {
  const theirs = leaves(catalogue);
  const ours = leaves(reference);
  const problems: string[] = [];
  for (const [path, leaf] of ours) {
    const their = theirs.get(path);
    if (!their) problems.push(`${lang}: missing ${path}`);
    else if (their.kind === 'empty text') problems.push(`${lang}: ${path} is empty`);
    else if (their.kind !== leaf.kind) problems.push(`${lang}: ${path} is ${their.kind}, English has ${leaf.kind}`);
    else if ((their.arity ?? 0) > (leaf.arity ?? 0)) problems.push(`${lang}: ${path} takes ${their.arity} arguments, English gives ${leaf.arity}`);
  }
  for (const path of theirs.keys()) if (!ours.has(path)) problems.push(`${lang}: ${path} is not in English`);
  return problems;
}

describe('the language catalogue', () => {
  it('has every key of the interface in all three languages', () => {
    expect([...leaves(en).values()].filter((leaf) => leaf.kind === 'empty text')).toEqual([]);
    expect([...differences('az', az, en), ...differences('ru', ru, en)]).toEqual([]);
    expect(leaves(en).size).toBeGreaterThan(500);
  });

  it('has every word of the native menus in all three languages', () => {
    expect([...differences('az', MENU_LABELS.az, MENU_LABELS.en), ...differences('ru', MENU_LABELS.ru, MENU_LABELS.en)]).toEqual([]);
  });

  it('finds a missing or misplaced text (the check itself)', () => {
    const { library, ...rest } = az;
    expect(differences('az', { ...rest, library: { ...library, untitled: '' }, extra: 'x' }, en)).toEqual([
      'az: library.untitled is empty',
      'az: extra is not in English',
    ]);
    expect(differences('ru', { ...ru, app: undefined }, en)).toContain('ru: missing app.newRelease');
  });

  it('gives each language the files English has', () => {
    const files = (lang: string) => readdirSync(join(CATALOGUE, lang)).sort();
    expect(files('en').length).toBeGreaterThan(3);
    expect(files('az')).toEqual(expect.arrayContaining(files('en')));
    expect(files('ru')).toEqual(expect.arrayContaining(files('en')));
  });
});
