// The termbase as TBX (ISO 30042), for terminology tools and other services.
//
// Written as TBX v2 TBX-Basic (<martif>/termEntry/langSet/tig), not the 2019 edition: it is the
// dialect the tools a translator here meets actually import (memoQ, Trados MultiTerm's TBX import,
// Phrase, Smartcat, Wordfast, OmegaT, Xbench), while support for the 2019 <tbx>/conceptEntry form
// is still patchy. Both are read: martif/termEntry/langSet/tig|ntig and
// tbx/conceptEntry/langSec/termSec, administrative status as a termNote or descrip (DCA style) or
// as its own element (DCT style, any namespace prefix).
//
// A term's forbidden variants are more terms of its language marked deprecatedTerm-admn-sts; the
// approved one is marked preferredTerm-admn-sts. Our notes go at the entry level. Other tools mark
// the same with usageStatus (TBX-Min and TBX 2019 style: preferred, admitted, deprecated or
// notRecommended) or normativeAuthorization; all three are read.
import { PREFERRED_TAGS, tagFit, tmxLanguage } from './tmx';
import { termProblem, type Term, type TermInput } from './termbase';
import { checkXml, describeFault } from './xml-check';
import { escapeAttr, escapeText, walkXml } from './xml-text';
import type { Language } from '../tagging/matcher';
import { CodedError } from '../errors';

const LANGUAGES: Language[] = ['az', 'en', 'ru'];
const STATUS = 'administrativeStatus';
const PREFERRED = 'preferredTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

function tig(term: string, status: string): string {
  return `        <tig>\n          <term>${escapeText(term)}</term>\n          <termNote type="${STATUS}">${status}</termNote>\n        </tig>\n`;
}

/**
 * TBX-Basic v2. A term's id is kept where it is a valid XML id (a name without colons or spaces,
 * not starting with a digit): registry keys and titles are not, and get a position instead.
 */
export function writeTbx(terms: readonly (Term | TermInput)[], sourceDescription = 'Pressdesk termbase'): string {
  const entries = terms.map((term, i) => {
    const id = 'id' in term && /^[\p{L}_][\p{L}\p{N}._-]*$/u.test(term.id) ? term.id : `t${i + 1}`;
    const note = term.note ? `      <note>${escapeText(term.note)}</note>\n` : '';
    const langSets = LANGUAGES.map((language) => {
      const forbidden = term.forbidden?.[language] ?? [];
      if (!term[language] && !forbidden.length) return '';
      const tigs = (term[language] ? tig(term[language], PREFERRED) : '') + forbidden.map((v) => tig(v, DEPRECATED)).join('');
      return `      <langSet xml:lang="${language}">\n${tigs}      </langSet>\n`;
    }).join('');
    return `    <termEntry id="${escapeAttr(id)}">\n${note}${langSets}    </termEntry>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<martif type="TBX-Basic" xml:lang="az">\n' +
    '  <martifHeader>\n' +
    `    <fileDesc><sourceDesc><p>${escapeText(sourceDescription)}</p></sourceDesc></fileDesc>\n` +
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>\n' +
    '  </martifHeader>\n' +
    `  <text>\n  <body>\n${entries.join('')}  </body>\n  </text>\n</martif>\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

export class TbxFormatError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'TbxFormatError';
  }
}

export interface TbxProblem {
  /** 1-based position of the entry in the file. */
  entry: number;
  /** The entry's id attribute, when it has one. */
  id?: string;
  reason: string;
}

export interface TbxRead {
  terms: (TermInput & { id?: string })[];
  problems: TbxProblem[];
}

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);
const ROOTS = new Set(['martif', 'tbx']);

interface ReadTerm {
  text: string;
  status: string;
}

/** The data categories that say whether a term may be used. */
const STATUS_TYPES = new Set([STATUS, 'usageStatus', 'normativeAuthorization']);

/** Deprecated, superseded, not recommended and obsolete terms (and older files' "forbidden") are not to be used. */
function isForbidden(status: string): boolean {
  return /^(deprecated|superseded|forbidden|notRecommended|obsolete)/i.test(status.trim());
}

/** Preferred (and standardized) terms come first; admitted or unmarked ones are allowed. */
function isPreferred(status: string): boolean {
  return /^(preferred|standardized)/i.test(status.trim());
}

export function readTbx(xml: string): TbxRead {
  const check = checkXml(xml);
  if (check.fault) throw new TbxFormatError(describeFault(check.fault));
  const terms: TbxRead['terms'] = [];
  const problems: TbxProblem[] = [];
  let sawRoot = false;
  let entryNumber = 0;
  // htmlparser2 closes whatever is open when the text ends, so an entry cut short by a truncated
  // file would look whole: only entries whose end tag is really there count as complete.
  const complete = xml.match(/<\/(?:[\w.-]+:)?(?:termEntry|conceptEntry)\s*>/g)?.length ?? 0;
  let entry: { id?: string; notes: string[]; byLang: Map<string, ReadTerm[]> } | undefined;
  let lang: string | undefined;
  let group: ReadTerm | undefined;
  // The element whose text is being gathered: a term, a note or an administrative status.
  let gather: { name: string; text: string; into: 'term' | 'note' | 'status' } | undefined;

  walkXml(xml, {
    open(name, attrs) {
      if (ROOTS.has(name)) sawRoot = true;
      else if (ENTRY.has(name)) {
        entryNumber++;
        entry = { ...(attrs.id ? { id: attrs.id } : {}), notes: [], byLang: new Map() };
      } else if (entry && LANG.has(name)) lang = attrs['xml:lang'] ?? attrs.lang ?? '';
      else if (entry && lang !== undefined && TERM_GROUP.has(name)) group = { text: '', status: '' };
      else if (!entry || gather) return;
      else if (name === 'term' && group) gather = { name, text: '', into: 'term' };
      else if (name === 'note') gather = { name, text: '', into: 'note' };
      else if (group && (STATUS_TYPES.has(name) || ((name === 'termNote' || name === 'descrip') && STATUS_TYPES.has(attrs.type)))) {
        gather = { name, text: '', into: 'status' };
      }
    },
    text(text) {
      if (gather) gather.text += text;
    },
    close(name) {
      if (gather && name === gather.name) {
        const text = gather.text.trim();
        if (gather.into === 'term' && group) group.text = text;
        else if (gather.into === 'status' && group) group.status = text;
        else if (gather.into === 'note' && text) entry?.notes.push(text);
        gather = undefined;
      } else if (TERM_GROUP.has(name) && group && entry && lang !== undefined) {
        if (group.text) entry.byLang.set(lang, [...(entry.byLang.get(lang) ?? []), group]);
        group = undefined;
      } else if (LANG.has(name)) lang = undefined;
      else if (ENTRY.has(name) && entry) {
        const at = { entry: entryNumber, ...(entry.id ? { id: entry.id } : {}) };
        if (entryNumber > complete) {
          problems.push({ ...at, reason: 'the file ends inside this entry' });
          entry = undefined;
          return;
        }
        const read = toTerm(entry.byLang, entry.notes);
        for (const reason of read.problems) problems.push({ ...at, reason });
        if (read.term) terms.push({ ...read.term, ...(entry.id ? { id: entry.id } : {}) });
        entry = undefined;
      }
    },
  });
  if (!sawRoot) throw new TbxFormatError('this is not a TBX file: it has neither <martif> nor <tbx>');
  return { terms, problems };
}

function toTerm(byLang: Map<string, ReadTerm[]>, notes: string[]): { term?: TermInput; problems: string[] } {
  const problems: string[] = [];
  const term: TermInput = { az: '', en: '', ru: '' };
  if (notes.length) term.note = notes.join('\n');
  // One section per language: the one whose tag fits the office's best (en-US before en-GB).
  const chosen = new Map<Language, string>();
  for (const tag of byLang.keys()) {
    const language = tmxLanguage(tag);
    if (!language) continue;
    const kept = chosen.get(language);
    if (kept === undefined || tagFit(tag, PREFERRED_TAGS[language]) > tagFit(kept, PREFERRED_TAGS[language])) chosen.set(language, tag);
  }
  for (const [tag, group] of byLang) {
    const language = tmxLanguage(tag);
    if (!language) {
      problems.push(`a language Pressdesk does not translate (${tag || 'none given'}) was left out`);
      continue;
    }
    if (chosen.get(language) !== tag) {
      problems.push(`the ${tag} section was left out (${chosen.get(language)} kept)`);
      continue;
    }
    // Preferred first, then admitted or unmarked ones: the first usable one is the term.
    const usable = group.filter((t) => !isForbidden(t.status));
    usable.sort((a, b) => Number(isPreferred(b.status)) - Number(isPreferred(a.status)));
    const forbidden = group.filter((t) => isForbidden(t.status)).map((t) => t.text);
    if (usable.length) term[language] = usable[0].text;
    if (usable.length > 1)
      problems.push(
        `synonyms in ${language} left out: ${usable
          .slice(1)
          .map((t) => t.text)
          .join(', ')}`,
      );
    if (forbidden.length) term.forbidden = { ...term.forbidden, [language]: [...(term.forbidden?.[language] ?? []), ...forbidden] };
  }
  const problem = termProblem(term);
  return problem ? { problems: [...problems, problem] } : { term, problems };
}
