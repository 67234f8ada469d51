// Dates and numbers as the UI language writes them. Chromium's built-in ICU data (in Electron as in
// Chrome) has no Azerbaijani month names and prints "2026 M11 22", so a language may bring its own
// month names and is then formatted here rather than by Intl.
import { isoInZone } from '../../core/export/input';
import type { Messages } from './en';

const pad = (n: number) => String(n).padStart(2, '0');

function day(m: Messages, year: number, month: number, date: number): string {
  if (m.months) return `${date} ${m.months[month]} ${year}`;
  return new Intl.DateTimeFormat(m.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month, date));
}

function time(m: Messages, when: Date): string {
  if (m.months) return `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  return new Intl.DateTimeFormat(m.locale, { timeStyle: 'short' }).format(when);
}

/** A release date kept as YYYY-MM-DD is a calendar day: formatted as is, with no time zone shift. */
export function formatDay(m: Messages, isoDate: string): string {
  const [year, month, date] = isoDate.split('-').map(Number);
  return day(m, year, month - 1, date);
}

export function formatDateTime(m: Messages, epochMs: number): string {
  const when = new Date(epochMs);
  return `${day(m, when.getFullYear(), when.getMonth(), when.getDate())}, ${time(m, when)}`;
}

export function isToday(epochMs: number, now = new Date()): boolean {
  return new Date(epochMs).toDateString() === now.toDateString();
}

/** A moment: just the time when it is today, else the date too. */
export function formatMoment(m: Messages, epochMs: number): string {
  return isToday(epochMs) ? time(m, new Date(epochMs)) : formatDateTime(m, epochMs);
}

/**
 * An instant as the clock in `timeZone` shows it, with the zone's offset: embargo times are read
 * where they were set (Baku), whatever zone this computer is in.
 */
export function formatInZone(m: Messages, epochMs: number, timeZone: string): string {
  const iso = isoInZone(epochMs, timeZone);
  const [year, month, date] = iso.slice(0, 10).split('-').map(Number);
  return `${day(m, year, month - 1, date)}, ${iso.slice(11, 16)} (UTC${iso.slice(19)})`;
}

/** A YYYY-MM-DD day as date fields show it: the language's digit order and separator. */
export function dateFieldText(m: Messages, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? m.dateFormat.replace('yyyy', match[1]).replace('mm', match[2]).replace('dd', match[3]) : '';
}

/**
 * What was typed into a date field as YYYY-MM-DD: day first with dots, slashes or dashes
 * (15.05.2024, 15/5/2024), or ISO as pasted. '' for an emptied field, null for no real day.
 */
export function parseDateField(text: string): string | null {
  const typed = text.trim();
  if (!typed) return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(typed);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
}

/** A local moment kept as YYYY-MM-DDTHH:MM as date-time fields show it: the day as above, then the 24-hour time. */
export function dateTimeFieldText(m: Messages, isoLocal: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(isoLocal);
  return match ? `${dateFieldText(m, match[1])} ${match[2]}` : '';
}

/**
 * What was typed into a date-time field as YYYY-MM-DDTHH:MM: a day as parseDateField reads it, then
 * the time as hh:mm (ISO's T as pasted too). '' for an emptied field, null for no real moment.
 */
export function parseDateTimeField(text: string): string | null {
  const typed = text.trim();
  if (!typed) return '';
  const match = /^(.+?)(?:\s+|T)(\d{1,2}):(\d{2})$/.exec(typed);
  const day = match && parseDateField(match[1]);
  if (!match || !day || Number(match[2]) > 23 || Number(match[3]) > 59) return null;
  return `${day}T${pad(Number(match[2]))}:${match[3]}`;
}
