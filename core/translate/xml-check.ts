// Whether an exchange file (XLIFF, TMX, TBX) is well-formed XML, and if not, where it first breaks.
// The readers walk files with htmlparser2, which repairs what it meets (an unclosed element, a
// stray "&", a mismatched end tag) and so would take in a broken file as something else. A file
// that merely ends early is not refused here: each reader already keeps what came before the cut
// and reports the rest as missing, which is worth more to the officer than a refusal.

export interface XmlFault {
  line: number;
  column: number;
  message: string;
}

export interface XmlCheck {
  fault: XmlFault | null;
  /** The text ends inside an element (or a tag): the file was cut short. */
  truncated: boolean;
}

const NAME_START =
  'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\uD800-\\uDBFF\\uDC00-\\uDFFF';
// No u flag, so a name character beyond the BMP is matched as its two surrogate halves, which the
// ranges spell out; the rule takes those halves (and the combining marks range) for a mistake.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, 'y');
const SPACE = /[ \t\r\n]*/y;
const REFERENCE = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:-]*);/y;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
// Characters XML 1.0 does not allow anywhere in a document.
const ILLEGAL_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

class Cut extends Error {}
class Fault extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** Checks `xml` in one pass; a fault names the first place where it is not well-formed XML. */
export function checkXml(xml: string): XmlCheck {
  let at = 0;
  let declaredEntities = false;
  const open: string[] = [];
  let rootSeen = false;

  const fail = (message: string, where = at): never => {
    throw new Fault(where, message);
  };
  const need = (text: string): number => {
    const end = xml.indexOf(text, at);
    if (end < 0) throw new Cut();
    return end;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(xml);
    if (!match) {
      if (at >= xml.length) throw new Cut();
      fail(`a name was expected, found ${JSON.stringify(xml[at])}`);
    }
    at = NAME.lastIndex;
    return match![0];
  };
  const space = (): boolean => {
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    const moved = SPACE.lastIndex > at;
    at = SPACE.lastIndex;
    return moved;
  };
  const references = (from: number, to: number): void => {
    for (let i = xml.indexOf('&', from); i >= 0 && i < to; i = xml.indexOf('&', i + 1)) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(xml);
      if (!match || REFERENCE.lastIndex > to) fail('"&" must start a reference such as &amp;', i);
      const entity = match![0].slice(1, -1);
      if (!entity.startsWith('#') && !PREDEFINED.has(entity) && !declaredEntities) fail(`the entity &${entity}; is not declared`, i);
    }
    const bad = ILLEGAL_CHAR.exec(xml.slice(from, to));
    if (bad) fail(`the character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, from + bad.index);
  };

  const startTag = (): void => {
    const tagStart = at;
    at++;
    const tag = name();
    if (!open.length && rootSeen) fail(`a second root element <${tag}>`, tagStart);
    const seen = new Set<string>();
    for (;;) {
      const spaced = space();
      if (at >= xml.length) throw new Cut();
      if (xml.startsWith('/>', at)) {
        at += 2;
        rootSeen = true;
        return;
      }
      if (xml[at] === '>') {
        at++;
        open.push(tag);
        rootSeen = true;
        return;
      }
      if (!spaced) fail(`a space, ">" or "/>" was expected in <${tag}>`);
      const attrAt = at;
      const attr = name();
      if (seen.has(attr)) fail(`the attribute ${attr} appears twice in <${tag}>`, attrAt);
      seen.add(attr);
      space();
      if (at >= xml.length) throw new Cut();
      if (xml[at] !== '=') fail(`"=" was expected after the attribute ${attr}`);
      at++;
      space();
      const quote = xml[at];
      if (quote === undefined) throw new Cut();
      if (quote !== '"' && quote !== "'") fail(`the value of ${attr} must be in quotes`);
      at++;
      const end = need(quote);
      const lt = xml.indexOf('<', at);
      if (lt >= 0 && lt < end) fail(`"<" is not allowed in the value of ${attr}`, lt);
      references(at, end);
      at = end + 1;
    }
  };

  const endTag = (): void => {
    const tagStart = at;
    at += 2;
    const tag = name();
    space();
    if (at >= xml.length) throw new Cut();
    if (xml[at] !== '>') fail(`">" was expected to end </${tag}`);
    at++;
    const expected = open.pop();
    if (expected === undefined) fail(`</${tag}> closes an element that was never opened`, tagStart);
    if (expected !== tag) fail(`</${tag}> was found where </${expected}> was expected`, tagStart);
  };

  try {
    if (xml.charCodeAt(0) === 0xfeff) at = 1;
    while (at < xml.length) {
      const lt = xml.indexOf('<', at);
      const textEnd = lt < 0 ? xml.length : lt;
      if (textEnd > at) {
        if (open.length) references(at, textEnd);
        else if (/\S/.test(xml.slice(at, textEnd)))
          fail(rootSeen ? 'text after the root element' : 'text before the root element', at + xml.slice(at, textEnd).search(/\S/));
        at = textEnd;
      }
      if (lt < 0) break;
      if (xml.startsWith('<?', at)) at = need('?>') + 2;
      else if (xml.startsWith('<!--', at)) {
        at += 4;
        at = need('-->') + 3;
      } else if (xml.startsWith('<![CDATA[', at)) {
        if (!open.length) fail('CDATA outside the root element');
        at = need(']]>') + 3;
      } else if (xml.startsWith('<!DOCTYPE', at)) {
        // An internal subset may declare entities; their names are then accepted as declared.
        const bracket = xml.indexOf('[', at);
        const close = xml.indexOf('>', at);
        if (close < 0) throw new Cut();
        if (bracket >= 0 && bracket < close) {
          declaredEntities = xml.slice(bracket, xml.indexOf(']', bracket)).includes('<!ENTITY');
          at = xml.indexOf(']', bracket);
          if (at < 0) throw new Cut();
          at = need('>') + 1;
        } else at = close + 1;
      } else if (xml.startsWith('</', at)) endTag();
      else startTag();
    }
    if (open.length) return { fault: null, truncated: true };
    if (!rootSeen) return { fault: positioned(xml, xml.length, 'the file holds no XML element'), truncated: false };
    return { fault: null, truncated: false };
  } catch (error) {
    if (error instanceof Cut) return { fault: null, truncated: true };
    if (error instanceof Fault) return { fault: positioned(xml, error.at, error.message), truncated: false };
    throw error;
  }
}

function positioned(xml: string, at: number, message: string): XmlFault {
  let line = 1;
  let lineStart = 0;
  for (let i = xml.indexOf('\n'); i >= 0 && i < at; i = xml.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, message };
}

/** "line 3, column 14: …", for the refusals of the readers. */
export function describeFault(fault: XmlFault): string {
  return `the file is not well-formed XML (line ${fault.line}, column ${fault.column}): ${fault.message}`;
}
