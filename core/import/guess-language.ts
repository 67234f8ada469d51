// The language of an imported text when the file does not say: good enough to preselect the
// release's language among the three we publish in, which the officer can still change.
import type { Language } from '../model';

/** Beyond this many characters the share of letters no longer changes the answer. */
const SAMPLE = 20_000;
/** Letters from which the share of ə, ı, ğ, ş tells Azerbaijani from English better than file settings. */
const TRUSTED_GUESS = 200;
/** Letters from which the script (Cyrillic or Latin) of a text is clear. */
const TRUSTED_SCRIPT = 20;

/**
 * Russian when most letters are Cyrillic. Azerbaijani when ə, ı, İ, ğ and ş make up 5% of the
 * letters (in Azerbaijani prose they are over 10%), or 1% in a text without English function words:
 * short Azerbaijani phrases can hold a single ı, while an English text naming Şəki or Gəncə has
 * "the" and "and". English for other Latin text. A text without letters is taken as Azerbaijani,
 * the office's own language.
 */
export function guessLanguage(text: string): Language {
  return tally(text).language;
}

/**
 * The language of a file whose declared language is often a program's default rather than the
 * author's choice (Word writes the author's proofing language, LibreOffice its own locale). The
 * text wins when it has enough letters to tell, or when its script contradicts the declaration
 * (Cyrillic text declared English), which a few words already show.
 */
export function languageOfText(text: string, declaredTag: string | undefined): Language {
  const declared = declaredLanguage(declaredTag);
  const { language, letters } = tally(text);
  if (!declared || letters >= TRUSTED_GUESS) return language;
  const scriptsDiffer = (declared === 'ru') !== (language === 'ru');
  return scriptsDiffer && letters >= TRUSTED_SCRIPT ? language : declared;
}

function tally(text: string): { language: Language; letters: number } {
  let letters = 0;
  let cyrillic = 0;
  let azerbaijani = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      letters++;
      cyrillic++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      letters++;
    } else if (c === 0x259 || c === 0x18f || c === 0x131 || c === 0x130 || c === 0x11f || c === 0x11e || c === 0x15f || c === 0x15e) {
      letters++;
      azerbaijani++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      letters++;
    }
  }
  let language: Language = 'en';
  if (letters === 0) language = 'az';
  else if (cyrillic * 2 > letters) language = 'ru';
  else if (azerbaijani * 20 >= letters || (azerbaijani * 100 >= letters && !readsAsEnglish(text.slice(0, end)))) language = 'az';
  return { language, letters };
}

const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|to|in|on|with|was|were|is|are|for|from|has|have|by)\b/gi;

/** Whether at least one word in twenty is an English function word; English prose has several times that. */
function readsAsEnglish(text: string): boolean {
  const words = text.split(/\s+/).length;
  const english = text.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return english * 20 >= words;
}

/** The language a file declares ("az-Latn-AZ", "ru_RU", "EN"), when it is one of ours. */
export function declaredLanguage(tag: string | undefined): Language | null {
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '')?.[1]?.toLowerCase();
  return primary === 'az' || primary === 'en' || primary === 'ru' ? primary : null;
}
