// The first sentence of a paragraph, which is all an importer needs to propose a title or a lead.
// Full sentence segmentation (for translation) lives elsewhere; this only has to avoid the usual
// false stops of press releases: initials (K. Əliyev), abbreviations (prof., г.), and the dots of
// numbers and dates, which are never followed by a space and a capital anyway.

// Lower-case, without the dot. One-letter words are initials or abbreviations in every language we
// publish in (K., s. in "və s.", г. in "2024 г."), so they need no entry.
const ABBREVIATIONS = new Set([
  // Azerbaijani
  'prof',
  'dos',
  'akad',
  'cən',
  'gen',
  'polk',
  'məs',
  'küç',
  'şəh',
  'ray',
  'mln',
  'mlrd',
  // English
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  // Russian
  'гг',
  'ул',
  'им',
  'проф',
  'акад',
  'см',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'стр',
  'ген',
  'рис',
]);

// A stop, any closing quotes or brackets after it, then a space and something a sentence can start with.
const BOUNDARY = /([.!?…]+)["'”’»)\]]*(?=\s+["'“‘«([\p{Lu}\p{N}–—-])/gu;
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** The first sentence of `text` with its final punctuation, or the whole trimmed text when it has one sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  for (const match of trimmed.matchAll(BOUNDARY)) {
    if (match[1] === '.' && isAbbreviation(trimmed.slice(0, match.index))) continue;
    return trimmed.slice(0, match.index + match[0].length);
  }
  return trimmed;
}

/** Whether the word ending just before a full stop is an initial or an abbreviation. */
function isAbbreviation(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  // Dotted runs of single letters: e.ə., U.S., т.е.
  const last = word.split('.').pop()!;
  return [...last].length === 1 || ABBREVIATIONS.has(last.toLowerCase());
}
