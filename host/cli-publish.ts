// `pressdesk import` and `pressdesk export`: the same import and export the app runs, for scripts.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { EXPORT_FORMATS, type ImportOutcome } from '../core/api';
import { ImportRefusedError } from '../core/import/types';
import { MAX_IMPORT_BYTES, MIB } from '../core/limits';
import type { Db } from '../db/open';
import { openAppDatabase } from './app-db';
import { createDispatcher } from './handlers';
import { isOneOf, UsageError } from './usage-error';

/** One line of `--json` output per file, in a shape scripts rely on: id, title, date, language, warnings. */
function describeOutcome(outcome: ImportOutcome) {
  if (outcome.status === 'imported') {
    const { id, title, releaseDate, language } = outcome.release;
    return { file: outcome.fileName, status: outcome.status, id, title, date: releaseDate, language, warnings: outcome.warnings };
  }
  if (outcome.status === 'duplicate') return { file: outcome.fileName, status: outcome.status, duplicateOf: outcome.duplicateOf };
  return { file: outcome.fileName, status: outcome.status, reason: outcome.reason };
}

/** The file's bytes, judged by its size before a byte is read: a 200 MB file is refused, not read into gigabytes. */
async function readImportable(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (!info.isFile()) throw new ImportRefusedError('unsupported-format', 'this is not a file');
  if (info.size > MAX_IMPORT_BYTES) {
    throw new ImportRefusedError('too-large', `the file is larger than ${MAX_IMPORT_BYTES / MIB} MB, the limit for an imported file`);
  }
  return readFile(file);
}

export async function importCommand(dbPath: string, files: string[], flags: { json?: boolean; force?: boolean }): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one FILE');
  const db = openAppDatabase(dbPath);
  const dispatch = createDispatcher(db, { mode: 'browser', dbPath });
  let failed = 0;
  const results = [];
  try {
    for (const file of files) {
      let outcome: ImportOutcome;
      try {
        const data = Buffer.from(await readImportable(file)).toString('base64');
        const answer = await dispatch('importFile', { fileName: basename(file), data, force: flags.force ?? false });
        outcome = answer.ok ? answer.value : { fileName: basename(file), status: 'refused', reason: { code: 'damaged', message: answer.error.message } };
      } catch (error) {
        if (error instanceof ImportRefusedError) {
          outcome = { fileName: basename(file), status: 'refused', reason: { code: error.refusal, message: error.message } };
        } else {
          const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
          outcome = { fileName: basename(file), status: 'refused', reason: { code: 'damaged', message } };
        }
      }
      if (outcome.status === 'refused') failed++;
      const described = { ...describeOutcome(outcome), file };
      results.push(described);
      if (!flags.json) console.log(textLine(described));
    }
  } finally {
    db.close();
  }
  if (flags.json) console.log(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

function textLine(result: ReturnType<typeof describeOutcome>): string {
  if (result.status === 'imported') {
    const warnings = result.warnings.length ? `  (${result.warnings.map((w) => w.code).join(', ')})` : '';
    return `imported  #${result.id}  ${result.date ?? '—'}  ${result.title}  ← ${result.file}${warnings}`;
  }
  if (result.status === 'duplicate') return `skipped   ${result.file}: already imported as #${result.duplicateOf.id} (use --force)`;
  return `refused   ${result.file}: ${result.reason.message}`;
}

/**
 * The app's own exportRelease call, through the same dispatcher: the same checks (the translation
 * QA gate, the export folder rules) and the same files. The library is opened once the arguments are valid.
 */
export async function exportCommand(openLibrary: () => Db, ids: string[], flags: { format?: string; out?: string; json?: boolean }): Promise<number> {
  const format = flags.format;
  if (!isOneOf(EXPORT_FORMATS, format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  if (!flags.out) throw new UsageError('export needs --out DIR');
  const numbers = ids.map(Number);
  if (numbers.length === 0 || !numbers.every((n) => Number.isInteger(n) && n > 0)) throw new UsageError('export needs release ids (numbers)');
  // On the command line a relative folder means the shell's current folder, as for any tool.
  const folder = resolve(flags.out);
  const db = openLibrary();
  try {
    const dispatch = createDispatcher(db, { mode: 'browser', dbPath: db.name });
    let failed = 0;
    for (const id of numbers) {
      const result = await dispatch('exportRelease', { id, format, folder });
      if (!result.ok) {
        failed++;
        const issues = result.error.issues?.length ? `\n  ${result.error.issues.join('\n  ')}` : '';
        console.error(`pressdesk: release ${id}: ${result.error.message}${issues}`);
        continue;
      }
      const written = result.value;
      console.log(flags.json ? JSON.stringify({ id, ...written }) : written.path);
    }
    return failed ? 1 : 0;
  } finally {
    db.close();
  }
}
