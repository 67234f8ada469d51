// Titles sort in the Azerbaijani alphabet (c < ç < d, e < ə < f, h < x < ı < i …), which neither
// SQLite's BINARY order nor a plain lowercase gives. The key is stored beside the title so the
// library's title order is an index scan.
const AZ_ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
const RANK = new Map([...AZ_ALPHABET].map((letter, index) => [letter, String.fromCharCode(0x100 + index)]));
const AZ_LOWER: Record<string, string> = { I: 'ı', İ: 'i' };

/** Empty titles sort last, after every real one. */
const EMPTY_TITLE_KEY = '\uffff';

export function titleSortKey(title: string): string {
  const trimmed = title.normalize('NFC').trim();
  if (!trimmed) return EMPTY_TITLE_KEY;
  let key = '';
  for (const char of trimmed) {
    const lower = AZ_LOWER[char] ?? char.toLowerCase();
    // Digits come first; letters outside the Azerbaijani alphabet (Cyrillic, w, é…) follow it.
    key += RANK.get(lower) ?? (/\p{N}/u.test(lower) ? lower : /\p{L}/u.test(lower) ? '\u0200' + lower : ' ');
  }
  return key;
}
