// The termbase as CSV, the format officers open in Excel or LibreOffice and other services send.
// Columns: az,en,ru,note,forbidden_az,forbidden_en,forbidden_ru; forbidden variants are joined with
// "|". Quoting is RFC 4180 (a field with a comma, quote or line break is quoted, quotes doubled).
//
// Written with a byte order mark and CRLF: Excel reads a CSV without a BOM in the system's code
// page and would garble ə, ş and Cyrillic. Read tolerantly: BOM or not, CRLF or LF, columns in any
// order, and ";" where the header uses it (Excel in Azerbaijani and Russian locales saves so).
// Cells a spreadsheet would run as formulas are written neutralised (see FORMULA_START).
import type { Language } from '../tagging/matcher';
import { termProblem, type Term, type TermInput } from './termbase';

const CSV_COLUMNS = ['az', 'en', 'ru', 'note', 'forbidden_az', 'forbidden_en', 'forbidden_ru'] as const;
const LANGUAGES: Language[] = ['az', 'en', 'ru'];
const VARIANT_SEPARATOR = '|';

// A spreadsheet evaluates a cell starting with one of these as a formula (=HYPERLINK, =cmd|…), so
// they are written behind an apostrophe, which the spreadsheet shows as text and we take off again.
// A cell that itself starts with an apostrophe gets one too, so every value reads back as it was.
const FORMULA_START = /^[=+\-@\t\r']/;
const PROTECTED = /^'[=+\-@\t\r']/;

function quote(field: string): string {
  const safe = FORMULA_START.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unprotect(field: string): string {
  return PROTECTED.test(field) ? field.slice(1) : field;
}

export function writeTermsCsv(terms: readonly (Term | TermInput)[]): string {
  const rows = terms.map((term) => [term.az, term.en, term.ru, term.note ?? '', ...LANGUAGES.map((l) => (term.forbidden?.[l] ?? []).join(VARIANT_SEPARATOR))]);
  return '\uFEFF' + [[...CSV_COLUMNS], ...rows].map((row) => row.map(quote).join(',') + '\r\n').join('');
}

export interface CsvProblem {
  /** The line the row starts on, 1-based, the header being line 1. */
  line: number;
  reason: string;
}

export interface TermsCsvRead {
  terms: TermInput[];
  problems: CsvProblem[];
}

interface Row {
  fields: string[];
  line: number;
  /** The row opened a quote it never closed. */
  unclosed?: boolean;
}

/**
 * Rows of `text`. A quote left open would swallow the rest of the file, so such a row is given up
 * and reading starts again on the line after the one it began on.
 */
function parseRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  // Runs of ordinary characters are taken whole: one character at a time, a 7 MB cell took seconds.
  const plainRun = new RegExp(`[^"\\r\\n${delimiter}]+`, 'y');
  const quotedRun = /[^"]+/y;
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let wasQuoted = false;
    let done = false;
    while (i < text.length && !done) {
      const run = quoted ? quotedRun : plainRun;
      run.lastIndex = i;
      const taken = run.exec(text)?.[0];
      if (taken) {
        if (quoted) for (let at = taken.indexOf('\n'); at >= 0; at = taken.indexOf('\n', at + 1)) line++;
        field += taken;
        i += taken.length;
        continue;
      }
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (ch === '"') {
          quoted = false;
          i++;
        } else {
          if (ch === '\n') line++;
          field += ch;
          i++;
        }
      } else if (ch === '"' && field === '' && !wasQuoted) {
        quoted = wasQuoted = true;
        i++;
      } else if (ch === delimiter) {
        fields.push(field);
        field = '';
        wasQuoted = false;
        i++;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        done = true;
      } else {
        // A stray quote inside an unquoted field is kept as text, as spreadsheets do.
        field += ch;
        i++;
      }
    }
    if (quoted) {
      rows.push({ fields: [], line: startLine, unclosed: true });
      const next = text.slice(start).search(/\r\n|\n|\r/);
      if (next < 0) break;
      i = start + next + (text.startsWith('\r\n', start + next) ? 2 : 1);
      line = startLine + 1;
      continue;
    }
    fields.push(field);
    rows.push({ fields, line: startLine });
  }
  return rows;
}

function variants(field: string | undefined): string[] {
  return (field ?? '')
    .split(VARIANT_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function readTermsCsv(input: string): TermsCsvRead {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const [header, ...rows] = parseRows(text, delimiter);
  const problems: CsvProblem[] = [];
  const columns = new Map((header?.fields ?? []).map((name, index) => [name.trim().toLowerCase(), index]));
  const missing = LANGUAGES.filter((l) => !columns.has(l));
  if (!header || missing.length) {
    problems.push({ line: 1, reason: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ') || 'az, en, ru'}` });
    return { terms: [], problems };
  }
  const terms: TermInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.unclosed) {
      problems.push({ line: row.line, reason: 'a quoted field is never closed' });
      continue;
    }
    if (row.fields.every((f) => !f.trim())) continue;
    if (row.fields.length > header.fields.length) {
      problems.push({ line: row.line, reason: `${row.fields.length} fields, but the header has ${header.fields.length}` });
      continue;
    }
    const get = (name: string) => {
      const index = columns.get(name);
      return index === undefined ? '' : unprotect(row.fields[index] ?? '').trim();
    };
    const term: TermInput = { az: get('az'), en: get('en'), ru: get('ru') };
    if (get('note')) term.note = get('note');
    for (const language of LANGUAGES) {
      const list = variants(get(`forbidden_${language}`));
      if (list.length) (term.forbidden ??= {})[language] = list;
    }
    const problem = termProblem(term);
    if (problem) {
      problems.push({ line: row.line, reason: problem });
      continue;
    }
    const key = JSON.stringify([term.az, term.en, term.ru]);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, reason: `the same term as on line ${earlier}` });
      continue;
    }
    seen.set(key, row.line);
    terms.push(term);
  }
  return { terms, problems };
}
