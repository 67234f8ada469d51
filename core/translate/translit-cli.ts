// `pressdesk translit --to en|ru NAME...`: one transliterated name per line, official spellings first.
import { NAME_EXCEPTIONS } from './name-exceptions';
import { transliterateName, type NameTarget } from './transliterate';

export function translitLines(names: string[], to: NameTarget): string[] {
  return names.map((name) => transliterateName(name, to, NAME_EXCEPTIONS[to]));
}
