// Text and attribute values for the XML exchange files (TMX, XLIFF), and the element walk both
// readers share. XML 1.0 cannot carry every string: C0 controls other than tab, line feed and
// carriage return, lone surrogates and U+FFFE/U+FFFF have no escape at all, so they are dropped
// (text pasted from Word now and then holds a stray U+000B or U+0001).
import { parseBounded } from '../import/bounded-parser';

const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlLegal(text: string): string {
  return text.replace(ILLEGAL, '');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element content. A carriage return is written as a reference, or a reader would turn it into a line feed. */
export function escapeText(text: string): string {
  return xmlLegal(text).replace(/[&<>\r]/g, (char) => ESCAPES[char]);
}

/** A double-quoted attribute value; tab and line breaks as references, or a reader would make them spaces. */
export function escapeAttr(text: string): string {
  return xmlLegal(text).replace(/[&<>"\t\n\r]/g, (char) => ESCAPES[char]);
}

export interface XmlHandlers {
  /** `name` without any namespace prefix. */
  open(name: string, attrs: Record<string, string>): void;
  /** `cut` when the element is only closed because the file ended inside it. */
  close(name: string, cut: boolean): void;
  text(text: string): void;
}

/**
 * Walks `xml` as a stream of elements and text: entities and character references decoded, CDATA
 * as text, comments, processing instructions and the DOCTYPE skipped. htmlparser2 is forgiving,
 * so a slightly broken file from another tool is still read as far as it makes sense. Elements
 * nested deeper than the limit end the walk with a TooDeepError.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  // At the end of the input the parser closes whatever is still open: those elements were cut short.
  let ended = false;
  parseBounded(
    xml,
    {
      onopentag: (name, attrs) => handlers.open(local(name), attrs),
      onclosetag: (name) => handlers.close(local(name), ended),
      ontext: (text) => handlers.text(text),
    },
    { xmlMode: true },
    () => (ended = true),
  );
}
