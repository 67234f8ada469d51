// Turns the bytes of a plain-text file into a string. Officers bring text saved by Notepad (UTF-16 or
// UTF-8 with a BOM), by web browsers (UTF-8) and by old Russian Windows programs (Windows-1251);
// anything else is refused with a message rather than shown as mojibake.
import { ImportRefusedError } from './types';

export interface DecodedText {
  text: string;
  /** WHATWG label of the encoding that was used. */
  encoding: string;
  /** True when nothing in the file stated the encoding and it was inferred from the bytes. */
  guessed: boolean;
}

// Files people mistake for text most often; named so the message can say what the file really is.
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a DOCX/ODT document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Word/Excel document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
];

const BINARY = 'the file holds binary data, not plain text';

// How many leading bytes are enough to judge the layout of the file.
const SAMPLE = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportRefusedError('empty', 'the file is empty');
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) {
    throw new ImportRefusedError('binary', `this is ${signature.name}, not plain text`);
  }
  const decoded = decodeBytes(bytes);
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new ImportRefusedError('encoding', 'the file is in UTF-32, which is not supported: save it as UTF-8 and import it again');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return withBom(bytes, 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return withBom(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return withBom(bytes, 'utf-16be');

  const sample = bytes.subarray(0, SAMPLE);
  const layout = utf16Layout(sample);
  const utf16 = layout ? tryDecode(bytes, layout) : undefined;
  if (layout && utf16 !== undefined && readable(utf16)) return { text: utf16, encoding: layout, guessed: true };
  if (sample.includes(0)) throw new ImportRefusedError('binary', BINARY);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', guessed: false };
  if (looksLikeWindows1251(sample)) {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251', guessed: true };
  }
  // English saved by Windows: ASCII but for typographic quotes and dashes, which sit at the same bytes
  // in Windows-1251 and -1252, so the text reads the same whichever it was. It is decoded as 1251
  // because Node 20's 'windows-1252' decoder reads these bytes as control characters.
  if (sample.every((b) => b < 0x80 || WINDOWS_PUNCTUATION.has(b))) {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1252', guessed: true };
  }
  throw new ImportRefusedError(
    'encoding',
    'the text is not in UTF-8, UTF-16 or Windows-1251 (Russian), so its letters cannot be read reliably: save it as UTF-8 and import it again',
  );
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    // The BOM, if any, is dropped by the decoder: it is no part of the text.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function withBom(bytes: Uint8Array, encoding: string): DecodedText {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    throw new ImportRefusedError('encoding', `the file is damaged: some of its bytes are not valid ${encoding.toUpperCase()} text`);
  }
  if (text.includes('\0')) throw new ImportRefusedError('binary', BINARY);
  return { text, encoding, guessed: false };
}

/**
 * UTF-16 without a BOM: every character of Latin or Cyrillic text has a high byte of 0x00 (ASCII),
 * 0x01/0x02 (ə, ı, ş…) or 0x04 (Cyrillic), so NULs fall on one parity only and the high bytes take
 * very few values. Binary data has NULs everywhere and no such pattern.
 */
function utf16Layout(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return undefined;
  const nuls = [0, 0];
  const highs = [new Set<number>(), new Set<number>()];
  for (let i = 0; i < pairs * 2; i++) {
    if (sample[i] === 0) nuls[i % 2]++;
    highs[i % 2].add(sample[i]);
  }
  // In LE the high byte is the odd one.
  const high = nuls[1] > nuls[0] ? 1 : 0;
  const low = 1 - high;
  const plausible = nuls[high] >= pairs / 10 && nuls[low] <= nuls[high] / 20 && highs[high].size <= 16;
  if (!plausible) return undefined;
  return high === 1 ? 'utf-16le' : 'utf-16be';
}

// Scripts our releases are written in, with digits, punctuation and combining marks; no control characters.
const UNREADABLE = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]|[\0-\x08\x0E-\x1F]/gu;

/**
 * Whether a guessed UTF-16 reading makes sense: bytes that are not UTF-16 (a UTF-8 file with a stray
 * NUL) read as UTF-16 give CJK and Hangul characters, which no release of ours is written in.
 */
function readable(text: string): boolean {
  return (text.match(UNREADABLE)?.length ?? 0) <= text.length / 20;
}

// Punctuation at the same bytes in Windows-1251 and Windows-1252: … “ ” ‘ ’ – — « » and no-break space.
const WINDOWS_PUNCTUATION = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xa0, 0xab, 0xbb]);
// Windows-1251 bytes that are letters (А-я, Ё, ё) and the punctuation Russian text uses (the above and №).
const CYRILLIC_LETTER = (b: number) => b >= 0xc0 || b === 0xa8 || b === 0xb8;
const CYRILLIC_PUNCTUATION = new Set([...WINDOWS_PUNCTUATION, 0xb9]);

/**
 * Russian text in Windows-1251: nearly every byte above 0x7F is a Cyrillic letter, letters come in
 * runs (whole words), and most are lower case (0xE0-0xFF). Latin-1 text with accents (café) also uses
 * 0xC0-0xFF, but one accented letter sits among ASCII letters; KOI8-R puts its lower case at
 * 0xC0-0xDF, where Windows-1251 has capitals. Both are refused rather than read as gibberish.
 */
function looksLikeWindows1251(sample: Uint8Array): boolean {
  let letters = 0;
  let lower = 0;
  let inRuns = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b < 0x80) continue;
    if (!CYRILLIC_LETTER(b)) {
      if (!CYRILLIC_PUNCTUATION.has(b)) return false;
      continue;
    }
    letters++;
    if (b >= 0xe0 || b === 0xb8) lower++;
    if ((i > 0 && CYRILLIC_LETTER(sample[i - 1])) || (i + 1 < sample.length && CYRILLIC_LETTER(sample[i + 1]))) inRuns++;
  }
  return letters > 0 && inRuns >= letters * 0.6 && lower >= letters / 2;
}
