// Every untrusted XML or HTML file is read through this one wrapper of htmlparser2. The parser keeps
// its open elements in an array it shifts and unshifts at the front, so each element costs as much
// as the depth it sits at: 200,000 nested elements took minutes and answered nothing meanwhile.
// Refusing at MAX_ELEMENT_DEPTH keeps the whole read linear in the file's length.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import { MAX_ELEMENT_DEPTH } from '../limits';
import { ImportRefusedError } from './types';

class TooDeepError extends ImportRefusedError {
  constructor() {
    super('too-deep', `the file nests elements more than ${MAX_ELEMENT_DEPTH} levels deep, the limit for any file`);
  }
}

/**
 * Parses `source` with `handlers`; throws TooDeepError past the depth limit. `atEnd` runs once the
 * text is read, before the parser closes whatever is still open.
 */
export function parseBounded(source: string, handlers: Partial<Handler>, options: ParserOptions, atEnd?: () => void): void {
  let depth = 0;
  const parser = new Parser(
    {
      ...handlers,
      onopentag(name, attrs, implied) {
        if (++depth > MAX_ELEMENT_DEPTH) throw new TooDeepError();
        handlers.onopentag?.(name, attrs, implied);
      },
      onclosetag(name, implied) {
        depth--;
        handlers.onclosetag?.(name, implied);
      },
    },
    options,
  );
  parser.write(source);
  atEnd?.();
  parser.end();
}

// Comments first, so a tag inside one is not counted. No part of a tag may hold '<', so a failed
// match never scans past the next tag and the pass stays linear (a quoted '<' is rare enough to miss).
const HTML_TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/<>]*)(?:"[^"<]*"|'[^'<]*'|[^'"<>])*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements a browser closes when the next one of the same name opens (<p>one<p>two). */
const CLOSED_BY_SIBLING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * HTML (a file, a paste, mammoth's output) with the tags nested deeper than MAX_ELEMENT_DEPTH taken
 * out and their text kept, in one linear pass: a page is flattened rather than refused. The count
 * follows the browser's closing rules closely enough never to be shallower than htmlparser2's.
 */
export function flattenDeepHtml(html: string): { html: string; flattened: boolean } {
  const open: string[] = [];
  let excess = 0;
  // Kept pieces between dropped tags; String.replace with a callback took seconds per million tags.
  const kept: string[] = [];
  let from = 0;
  const drop = (at: number, tag: string) => {
    kept.push(html.slice(from, at));
    from = at + tag.length;
  };
  // <div/> stays open in HTML (only svg and math close themselves so), so it counts as opened.
  for (const match of html.matchAll(HTML_TAG)) {
    const [tag, close, rawName] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (VOID.has(name)) continue;
    if (!close) {
      if (!excess && CLOSED_BY_SIBLING.has(name) && open[open.length - 1] === name) open.pop();
      if (open.length < MAX_ELEMENT_DEPTH) open.push(name);
      else {
        excess++;
        drop(match.index, tag);
      }
    } else if (excess) {
      excess--;
      drop(match.index, tag);
    } else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
  }
  if (!kept.length) return { html, flattened: false };
  kept.push(html.slice(from));
  return { html: kept.join(''), flattened: true };
}
