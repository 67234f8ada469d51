// Plural rules in one place: how each interface language says "N things". Azerbaijani nouns keep
// one form after a number, English has one and other, Russian one, few and many (1 релиз,
// 2 релиза, 5 релизов). Each language's files take their `count` from here.

/** Groups thousands with `separator` (Azerbaijani writes 12.500), whether or not the runtime knows Azerbaijani. */
export function groupDigits(n: number, separator: string): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export const countAz = (n: number, noun: string) => `${groupDigits(n, '.')} ${noun}`;

export const countEn = (n: number, one: string, other: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : other}`;

/** Russian agreement beyond the noun ("будет удалён" / "будут удалены") asks the same rules. */
export const ruRules = new Intl.PluralRules('ru');
export function countRu(n: number, one: string, few: string, many: string): string {
  const form = ruRules.select(n);
  return `${n.toLocaleString('ru')} ${form === 'one' ? one : form === 'few' ? few : many}`;
}
