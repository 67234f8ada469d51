// Export file names an officer can read and sort in any folder: the release date, then the title
// in its own letters (2024-04-03-qazaxistan-nümayəndə-heyəti.docx), safe on Windows.
import type { Release } from '../model';

const SLUG_MAX = 80;

/** Lower case as the release's language has it: Azerbaijani dotted İ→i and dotless I→ı. */
function lowerCase(text: string, language: Release['language']): string {
  // Outside Azerbaijani, İ still means a plain i; the root locale would leave a combining dot behind.
  return language === 'az' ? text.toLocaleLowerCase('az') : text.replace(/İ/g, 'i').toLowerCase();
}

/**
 * Letters and digits of any script, one hyphen between words. Everything Windows forbids in a
 * name (<>:"/\|?*, controls, trailing dots and spaces) is punctuation here, so none survives.
 */
function slug(title: string, language: Release['language']): string {
  const words = lowerCase(title.normalize('NFC'), language)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Drop combining marks left at the start of a word once what they sat on was removed.
  return words.replace(/(^|-)\p{M}+/gu, '$1');
}

/** Cuts at the last word boundary within the limit, counting characters, not UTF-16 units. */
function capped(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= SLUG_MAX) return text;
  const head = chars.slice(0, SLUG_MAX + 1).join('');
  const boundary = head.lastIndexOf('-');
  return boundary > 0 ? head.slice(0, boundary) : chars.slice(0, SLUG_MAX).join('');
}

/**
 * `YYYY-MM-DD-title.ext` ('undated' for a release without a date, `release-<id>` for one whose title
 * has no letters). Its date or 'undated' prefix means it can never be a reserved Windows device
 * name such as CON or COM1.
 */
export function exportFileName(release: Pick<Release, 'id' | 'title' | 'releaseDate' | 'language'>, ext: string): string {
  if (!/^[a-z0-9]{1,8}$/.test(ext)) throw new Error(`not a file extension: ${ext}`);
  const name = capped(slug(release.title, release.language)) || `release-${release.id}`;
  return `${release.releaseDate ?? 'undated'}-${name}.${ext}`;
}

/**
 * `name`, or `name-2`, `name-3`… before the extension: the first that no name in `taken` matches
 * ignoring case and Unicode normalisation, as Windows and macOS folders compare names (macOS may
 * list `görüş` decomposed, o + U+0308 and s + U+0327, where we write it composed). `taken` is not changed.
 */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((entry) => entry.normalize('NFC').toLowerCase()));
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; lower.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${ext}`;
  return candidate;
}
