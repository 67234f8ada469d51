// A .docx is a ZIP package, and a few hundred KB of it can unpack to gigabytes. Before mammoth or
// JSZip inflate anything, every entry is judged here: its declared size from the central directory,
// then its real inflated size, inflating with a ceiling so a lying header costs no more than the limit.
import { inflateRawSync } from 'node:zlib';
import { ImportRefusedError } from '../core/import/types';
import { MAX_UNPACKED_BYTES, MAX_UNPACKED_PART_BYTES, MAX_UNPACKED_XML_PART_BYTES, MAX_ZIP_ENTRIES, MIB } from '../core/limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

function tooLarge(what: string, limit: number): ImportRefusedError {
  return new ImportRefusedError('too-large', `${what} unpacks to more than ${limit / MIB} MB, the limit for a Word document`);
}

function damaged(): ImportRefusedError {
  return new ImportRefusedError('damaged', 'the file is not a Word document, or it is damaged (its ZIP directory cannot be read)');
}

/** What mammoth parses as XML; other parts (media) it never inflates. */
const partLimit = (name: string) => (/\.(xml|rels)$/i.test(name) ? MAX_UNPACKED_XML_PART_BYTES : MAX_UNPACKED_PART_BYTES);

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Throws an ImportRefusedError when any part of the package, or all of them together, would unpack beyond the limits. */
export function checkZipLimits(bytes: Uint8Array): void {
  const entries = readDirectory(bytes);
  let declared = 0;
  for (const entry of entries) {
    if (entry.size > partLimit(entry.name)) throw tooLarge(`the part ${entry.name}`, partLimit(entry.name));
    declared += entry.size;
    if (declared > MAX_UNPACKED_BYTES) throw tooLarge('the document', MAX_UNPACKED_BYTES);
  }
  let actual = 0;
  for (const entry of entries) {
    const left = MAX_UNPACKED_BYTES - actual;
    const limit = partLimit(entry.name);
    const refusal = () => (left < limit ? tooLarge('the document', MAX_UNPACKED_BYTES) : tooLarge(`the part ${entry.name}`, limit));
    actual += inflatedSize(bytes, entry, Math.min(left, limit), refusal);
  }
}

function readDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last thing in the file, after a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64 packages (over 65,535 entries or 4 GB) are nothing a Word document under the size limit needs.
  if (count === 0xffff || at === 0xffffffff) throw tooLarge('the package', MAX_UNPACKED_BYTES);
  if (count > MAX_ZIP_ENTRIES) throw new ImportRefusedError('too-large', `the package holds more than ${MAX_ZIP_ENTRIES} parts, the limit for a Word document`);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: Entry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) {
      readZip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 64-bit sizes a ZIP64 extra field holds for the fields marked 0xffffffff, in their fixed order. */
function readZip64Sizes(view: DataView, start: number, length: number, entry: Entry): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    at += 4 + size;
  }
  throw damaged();
}

/** The bytes `entry` really inflates to; refuses once past `ceiling` without producing more. */
function inflatedSize(bytes: Uint8Array, entry: Entry, ceiling: number, refusal: () => ImportRefusedError): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.byteLength > ceiling) throw refusal();
    return data.byteLength;
  }
  // Deflate is the only other method Word, LibreOffice and JSZip write; JSZip reads no other either.
  if (entry.method !== 8) throw damaged();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling) }).byteLength;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw refusal();
    // A damaged stream is left for JSZip to judge, as it judged it before.
    return 0;
  }
}
