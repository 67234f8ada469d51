// The parts of a Word package as the Open Packaging Conventions find them: the main document is
// whatever _rels/.rels names as the officeDocument (word/document.xml only by habit), and its
// styles, numbering, comments, headers and footers are what the main part's relationships name.
import JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import { ImportRefusedError } from './types';

export interface Relationship {
  id: string;
  /**
   * The type's last segment: officeDocument, styles, numbering, header, footer, comments,
   * core-properties… (the same in transitional and strict OOXML, whose namespaces differ).
   */
  type: string;
  /** The part's path in the package, resolved against the source part. */
  path: string;
  external: boolean;
}

export interface WordPackage {
  zip: JSZip;
  mainPath: string;
  /** A part's text; '' when it is missing or cannot be read (a damaged part loses only what it holds). */
  part(path: string): Promise<string>;
  /** The relationships of a part (of the package itself for ''). */
  relationships(source: string): Promise<Relationship[]>;
}

export async function openWordPackage(bytes: Uint8Array): Promise<WordPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportRefusedError('damaged', 'the file is not a Word document, or it is damaged (it is not a readable ZIP package)');
  }
  const part = (path: string) =>
    zip
      .file(path)
      ?.async('string')
      .catch(() => '') ?? Promise.resolve('');
  const relationships = async (source: string) => readRelationships(await part(relsPath(source)), source);
  const main = (await relationships('')).find((rel) => rel.type === 'officeDocument' && !rel.external);
  // Packages without a package relationship part exist (hand-made, some converters); Word's own name is then the only guess.
  const mainPath = main && zip.file(main.path) ? main.path : 'word/document.xml';
  if (!zip.file(mainPath)) throw new ImportRefusedError('damaged', 'the file is a ZIP package without a Word document in it');
  return { zip, mainPath, part, relationships };
}

function relsPath(source: string): string {
  const slash = source.lastIndexOf('/');
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part, as a package path. */
function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function readRelationships(xml: string, source: string): Relationship[] {
  const found: Relationship[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name.slice(name.indexOf(':') + 1) !== 'Relationship' || !attrs.Target || !attrs.Type) return;
        const type = attrs.Type.slice(attrs.Type.lastIndexOf('/') + 1);
        const external = attrs.TargetMode === 'External';
        found.push({ id: attrs.Id ?? '', type, path: external ? attrs.Target : resolve(source, attrs.Target), external });
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return found;
}

/**
 * The package as mammoth reads it (its internal zip-file shape), with some parts replaced by our
 * rewritten XML. Reusing the opened package also spares mammoth a second unzip.
 */
export function mammothFile(pkg: WordPackage, replaced: ReadonlyMap<string, string>) {
  return {
    exists: (name: string) => replaced.has(name) || pkg.zip.file(name) !== null,
    read: async (name: string, encoding?: string) => {
      const text = replaced.get(name);
      if (text !== undefined) return encoding ? text : new TextEncoder().encode(text);
      const file = pkg.zip.file(name)!;
      if (encoding === 'base64') return file.async('base64');
      return encoding ? new TextDecoder(encoding).decode(await file.async('uint8array')) : file.async('uint8array');
    },
  };
}
