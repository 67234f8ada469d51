// Untrusted files are parsed off the thread that serves calls, in a worker with its own heap limit
// and a deadline: a zip bomb or a pathological file ends that worker, never the host (or, in
// Electron, the main process with the officer's unsaved edits). One worker is kept warm between
// files, so a batch import does not pay its start for every file.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ImportRefusedError, REFUSAL_CODES, type RefusalCode } from '../core/import/types';
import { PARSE_DEADLINE_MS, PARSE_MEMORY_MB } from '../core/limits';
import { TbxFormatError } from '../core/translate/tbx';
import { TmxFormatError } from '../core/translate/tmx';
import { XliffFormatError } from '../core/translate/xliff';
import type { ParseResults, ParseTask } from './parse-tasks';
import type { ParseReply } from './parse-worker';

const IDLE_MS = 10_000;

/**
 * dist/parse-worker.mjs, wherever this code runs: bundled into dist/pressdesk.mjs or dist/bench.mjs,
 * into dist/electron/main.cjs (CommonJS, where import.meta is empty), or as source under vitest.
 */
function workerFile(): URL {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  const candidates = ['parse-worker.mjs', '../parse-worker.mjs', '../dist/parse-worker.mjs'].map((path) => new URL(path, here));
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new Error('the parse worker dist/parse-worker.mjs is not built: run `npm run build`');
  return found;
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
/** Tasks run one after another: the worker is single-threaded anyway, and memory stays bounded. */
let queue: Promise<unknown> = Promise.resolve();

function stopWorker(): void {
  clearTimeout(idleTimer);
  void worker?.terminate();
  worker = null;
}

function startWorker(): Worker {
  const started = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_MB } });
  // A worker stopped at its deadline may still run out of memory before it is gone: with no listener
  // left, that 'error' event would end the host itself.
  started.on('error', () => undefined);
  return started;
}

function rebuildError(error: { name: string; refusal?: string; message: string }): Error {
  if (error.name === 'ImportRefusedError' && REFUSAL_CODES.includes(error.refusal as RefusalCode)) {
    return new ImportRefusedError(error.refusal as RefusalCode, error.message);
  }
  if (error.name === 'XliffFormatError') return new XliffFormatError(error.message);
  if (error.name === 'TmxFormatError') return new TmxFormatError(error.message);
  if (error.name === 'TbxFormatError') return new TbxFormatError(error.message);
  return new Error(error.message);
}

function runNow(task: ParseTask): Promise<unknown> {
  clearTimeout(idleTimer);
  const current = (worker ??= startWorker());
  current.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(deadline);
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
      outcome();
    };
    const fail = (error: Error) =>
      finish(() => {
        if (worker === current) stopWorker();
        reject(error);
      });
    const onMessage = (reply: ParseReply) => {
      if (reply.id !== id) return;
      finish(() => {
        current.unref();
        idleTimer = setTimeout(stopWorker, IDLE_MS).unref();
        if (reply.ok) resolve(reply.value);
        else reject(rebuildError(reply.error));
      });
    };
    const onError = (error: Error & { code?: string }) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportRefusedError('out-of-memory', `reading the file needed more than ${PARSE_MEMORY_MB} MB of memory, the limit, and was stopped`)
          : error,
      );
    const onExit = (code: number) => fail(new Error(`the parse worker stopped unexpectedly (exit code ${code})`));
    const deadline = setTimeout(
      () => fail(new ImportRefusedError('timed-out', `reading the file took longer than ${PARSE_DEADLINE_MS / 1000} seconds, the limit, and was stopped`)),
      PARSE_DEADLINE_MS,
    );
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage({ id, task });
  });
}

/** Parses `task` in the worker; refusals come back as the same error classes the readers throw. */
export function parseInWorker<K extends ParseTask['kind']>(task: ParseTask & { kind: K }): Promise<ParseResults[K]> {
  const result = queue.then(() => runNow(task) as Promise<ParseResults[K]>);
  queue = result.catch(() => undefined);
  return result;
}
