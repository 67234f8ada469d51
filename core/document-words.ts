// Words Pressdesk itself writes into a release, in the release's language rather than the
// interface's: the host writes them (db/ and host/ may not read renderer/), so they live here, not in
// the interface's catalogue (renderer/i18n/<lang>/). The export's own words of this kind are in
// core/embargo.ts (the embargo notice) and core/export/input.ts ("Press release").
import type { Language } from './model';

/** "Title (copy)": the title a duplicated release is given. */
export const COPY_SUFFIX: Record<Language, string> = { az: 'surət', en: 'copy', ru: 'копия' };
