// The tagger off the window's thread: matching a long release takes 50-150 ms, which on the page
// would hold up the first keystroke after a pause. The registry comes once per change; each request
// brings a release's text and gets the tagger's result (or its failure) back under its number.
import { tagText, type TagOptions } from '../../core/tagging/tag-text';
import type { RegistryEntry } from '../../core/registry/types';

export type TagRequest = { entries: readonly RegistryEntry[] } | { id: number; text: string; options: TagOptions };

let entries: readonly RegistryEntry[] = [];

self.onmessage = (event: MessageEvent<TagRequest>) => {
  const request = event.data;
  if ('entries' in request) {
    entries = request.entries;
    return;
  }
  try {
    self.postMessage({ id: request.id, result: tagText(request.text, entries, request.options) });
  } catch (error) {
    self.postMessage({ id: request.id, error: String(error) });
  }
};
