// The native menus' words in the three interface languages, for Electron's main process. Plain
// data: main bundles it, so nothing here (or in <lang>/menu.ts) may need a DOM or React.
import type { Language } from '../../core/model';
import { menuText as az } from './az/menu';
import { menuText as en, type MenuLabels } from './en/menu';
import { menuText as ru } from './ru/menu';

export const MENU_LABELS: Record<Language, MenuLabels> = { az, en, ru };

/** One line in all three languages, Azerbaijani first: for what the shell says before it knows the officer's language. */
export function inAllLanguages(pick: (labels: MenuLabels) => string): string {
  return [az, en, ru].map(pick).join(' · ');
}
