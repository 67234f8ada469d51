// Hostile files for the limits' tests and the bench, made in memory in milliseconds rather than
// committed: zip bombs, deep nesting.
import { deflateRawSync, constants } from 'node:zlib';

/**
 * Raw deflate of `repeat` copies of `chunk` between `head` and `tail`, without deflating all of it:
 * each piece is flushed with Z_FULL_FLUSH (no final bit, the window reset), so the compressed
 * chunk may simply be repeated, and an empty final block ends the stream.
 */
function deflatedRepeat(head: string, chunk: Buffer, repeat: number, tail: string): Buffer {
  const part = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const body = part(chunk);
  return Buffer.concat([part(Buffer.from(head)), ...Array.from({ length: repeat }, () => body), part(Buffer.from(tail)), Buffer.from([0x03, 0x00])]);
}

interface ZipPart {
  name: string;
  data: Buffer;
  /** Deflated data, and the size it claims to unpack to (a bomb may lie). */
  deflated?: { size: number };
}

/** A ZIP package of `parts`, written as Word writes it (local headers, central directory, end record). */
export function zipPackage(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.deflated?.size ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.deflated ? 8 : 0, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.deflated ? 8 : 0, 10);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    directory.push(entry, name);
    offset += 30 + name.length + part.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A .docx whose document.xml unpacks to `mib` MiB of one paragraph's text. `honest`: the directory
 * states that size; otherwise it claims a few KB, as a bomb made to slip past a header check would.
 */
export function docxBomb(mib: number, honest: boolean): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`;
  const tail = '</w:t></w:r></w:p></w:body></w:document>';
  const document = deflatedRepeat(head, Buffer.alloc(1024 * 1024, 'a'), mib, tail);
  const size = head.length + mib * 1024 * 1024 + tail.length;
  return zipPackage([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document, deflated: { size: honest ? Math.min(size, 0xfffffffe) : 4096 } },
  ]);
}

/** A small real .docx with one paragraph of `text`, for a package the limits must let through. */
export function docxWith(text: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  const deflated = deflateRawSync(Buffer.from(xml));
  return zipPackage([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: deflated, deflated: { size: Buffer.byteLength(xml) } },
  ]);
}

/** `levels` elements named `name` inside one another, around `inner`, inside `before`…`after`. */
export function nested(before: string, name: string, levels: number, inner: string, after: string): string {
  return before + `<${name}>`.repeat(levels) + inner + `</${name}>`.repeat(levels) + after;
}
