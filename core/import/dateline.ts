// What the opening of a release says about where and on which day it was written: the dateline
// ("Bakı, 15 may (Report) – …", "Гянджа. …") and the day of a month the date line left open
// ("date 2025-05" over "Mayın 15-də …").
import { fold } from '../fold';
import { PLACES } from '../registry/places';

// Folded month names per month (1-12): Azerbaijani, English, Russian in the genitive.
const MONTHS: string[][] = [
  ['yanvar', 'january', 'января'],
  ['fevral', 'february', 'февраля'],
  ['mart', 'march', 'марта'],
  ['aprel', 'april', 'апреля'],
  ['may', 'may', 'мая'],
  ['iyun', 'june', 'июня'],
  ['iyul', 'july', 'июля'],
  ['avqust', 'august', 'августа'],
  ['sentyabr', 'september', 'сентября'],
  ['oktyabr', 'october', 'октября'],
  ['noyabr', 'november', 'ноября'],
  ['dekabr', 'december', 'декабря'],
];

/**
 * The first day of `month` the text names: "Mayın 15-də", "15 may", "May 15", "15 мая". Only that
 * month counts, so a release dated May that recalls "aprelin 20-də" keeps its day unknown.
 */
export function dayInText(text: string, month: number): number | null {
  const names = MONTHS[month - 1].join('|');
  // Azerbaijani genitive before the day (mayın 15-də, iyunun 5-də); the day before the month; English "May 15".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${names})(?:in|un|ın|ün)?\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})\\s+(?:${names})(?![\\p{L}]))`, 'u');
  const match = pattern.exec(fold(text));
  if (!match) return null;
  const day = Number(match[1] ?? match[2]);
  return day >= 1 && day <= 31 ? day : null;
}

let placeNames: Set<string> | undefined;

function isPlace(name: string): boolean {
  placeNames ??= new Set(PLACES.flatMap((place) => [...Object.values(place.names), ...Object.values(place.aliases ?? {}).flat()]).map(fold));
  return placeNames.has(fold(name));
}

// One to three capitalised words at the very start, then a comma, a dash or a full stop and a space.
const LEADING_NAME = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s*(?:,|\.|\s[–—-])\s/u;

/** The registered place a paragraph opens with as its dateline ("Bakı, 15 may – …"), if any. */
export function leadingPlace(paragraph: string): string | undefined {
  const name = LEADING_NAME.exec(paragraph)?.[1];
  return name !== undefined && isPlace(name) ? name : undefined;
}
