// Runs the tagger in its worker (tag-worker.ts), one for the window. Where no worker can be started,
// it runs here as before: suggestions are a help and must come either way.
import type { RegistryEntry } from '../../core/registry/types';
import { tagText, type TagOptions, type TagResult } from '../../core/tagging/tag-text';
import type { TagRequest } from './tag-worker';

type Reply = { id: number; result: TagResult } | { id: number; error: string };

let worker: Worker | null | undefined;
let sentEntries: readonly RegistryEntry[] | null = null;
let serial = 0;
const waiting = new Map<number, { resolve(result: TagResult): void; reject(error: Error): void }>();

function tagger(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./tag-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) pending?.reject(new Error(data.error));
    else pending?.resolve(data.result);
  };
  // A worker that cannot load (or dies) leaves the tagging to this thread from then on.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const pending of waiting.values()) pending.reject(new Error('the tagger worker stopped'));
    waiting.clear();
  };
  return worker;
}

export function tagInWorker(text: string, entries: readonly RegistryEntry[], options: TagOptions): Promise<TagResult> {
  const running = tagger();
  if (!running) return Promise.resolve().then(() => tagText(text, entries, options));
  if (entries !== sentEntries) {
    running.postMessage({ entries } satisfies TagRequest);
    sentEntries = entries;
  }
  const id = ++serial;
  running.postMessage({ id, text, options } satisfies TagRequest);
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
