// The UI language: which messages every component reads, and the page's `lang`, which also
// picks the right hyphenation and screen-reader voice.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../core/api';
import { az } from './az';
import { en, type Messages } from './en';
import { ru } from './ru';

export type { Messages };
const MESSAGES: Record<Language, Messages> = { az, en, ru };
/** The switch shows each language in its own name, as language pickers do. */
export const LANGUAGE_ENDONYMS: Record<Language, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

interface I18n {
  lang: Language;
  m: Messages;
}

export const I18nContext = createContext<I18n>({ lang: 'az', m: az });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, m: MESSAGES[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
