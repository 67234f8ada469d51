// Embargo times: read as the officer writes them (a wall-clock time in a zone, or with an offset),
// and the notice every export carries until the embargo lifts, in the release's language.
import type { Language } from './model';
import { LOCALES, offsetMinutes } from './export/input';

/** Epoch ms of an ISO 8601 date-time; without Z or an offset it is a wall-clock time in `timeZone`. */
export function parseInstant(text: string, timeZone: string): number {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return Date.parse(text);
  const wall = Date.parse(`${text}Z`);
  // The zone's offset at the wall time itself can differ from the offset one guess away (DST edges).
  const guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  return wall - offsetMinutes(guess, timeZone) * 60_000;
}

/** "8 dekabr 2026, 10:00 (UTC+04:00)": the instant in its zone, in the release's language. */
function formatInstant(epochMs: number, timeZone: string, language: Language): string {
  // Date and time apart: ICU joins them with "/" in Azerbaijani.
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALES[language].tag, { ...options, timeZone }).format(new Date(epochMs));
  const local = `${part({ dateStyle: 'long' })}, ${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
  const offset = offsetMinutes(epochMs, timeZone);
  const abs = Math.abs(offset);
  const utc = `UTC${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local} (${utc})`;
}

const NOTICES: Record<Language, (when: string) => string> = {
  az: (when) => `EMBARGO: ${when} tarixinədək yayımlanmamalıdır`,
  en: (when) => `EMBARGOED until ${when}`,
  ru: (when) => `ЭМБАРГО до ${when}`,
};

export function embargoNotice(until: number, timeZone: string, language: Language): string {
  return NOTICES[language](formatInstant(until, timeZone, language));
}
