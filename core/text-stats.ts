// Word and character counts shown to press officers, who compare them with limits given by
// editors and newspapers. Words are counted the way word processors do: a run of non-space
// characters is a word if it holds a letter or a digit, so `hüquq-mühafizə`, `K.Əliyev`, `2025`
// and `«Bakı»` count once and a lone dash or bullet does not.

const TOKEN = /\S+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let words = 0;
  for (const [token] of text.matchAll(TOKEN)) {
    if (LETTER_OR_DIGIT.test(token)) words++;
  }
  return words;
}

/** Characters as people count them: code points, so `ə`, `ş` and an emoji each count once. */
export function countChars(text: string): number {
  let chars = 0;
  // Iterating a string walks code points, not UTF-16 units.
  for (const _ of text) chars++;
  return chars;
}
