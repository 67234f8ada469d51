// Word packages written by hand with Word's own XML, for the features other programs never write
// (tracked changes, comments, numbering overrides, grid offsets, drop caps…). The parts are what
// Word itself puts in a .docx; only the content is chosen by each test.
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export interface WordParts {
  /** The inside of <w:body>. */
  body: string;
  /** The inside of <w:styles>. */
  styles?: string;
  /** The inside of <w:numbering>. */
  numbering?: string;
  /** The inside of <w:comments>. */
  comments?: string;
  /** Header and footer parts: their paragraphs, and the sectPr reference type. */
  headers?: { part: 'header' | 'footer'; type: 'default' | 'first' | 'even'; body: string }[];
  /** Where the main document part lives (Word always writes word/document.xml). */
  mainPath?: string;
  /** PNG images under word/media, each with the relationship id the body's drawing names. */
  images?: { id: string; bytes: Uint8Array }[];
}

const ns = `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"`;

export async function wordDocx(parts: WordParts): Promise<Uint8Array> {
  const main = parts.mainPath ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const zip = new JSZip();
  const overrides = [`<Override PartName="/${main}" ContentType="${CT}.document.main+xml"/>`];
  const rels: string[] = [];
  const add = (name: string, type: string, contentType: string, xml: string) => {
    zip.file(folder + name, xml);
    overrides.push(`<Override PartName="/${folder}${name}" ContentType="${CT}.${contentType}+xml"/>`);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${REL}/${type}" Target="${name}"/>`);
    return `rId${rels.length}`;
  };
  const xml = (root: string, inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${ns}>${inner}</w:${root}>`;
  if (parts.styles) add('styles.xml', 'styles', 'styles', xml('styles', parts.styles));
  if (parts.numbering) add('numbering.xml', 'numbering', 'numbering', xml('numbering', parts.numbering));
  if (parts.comments) add('comments.xml', 'comments', 'comments', xml('comments', parts.comments));
  const references = (parts.headers ?? []).map((h, i) => {
    const id = add(`${h.part}${i + 1}.xml`, h.part, h.part, xml(h.part === 'header' ? 'hdr' : 'ftr', h.body));
    return `<w:${h.part}Reference w:type="${h.type}" r:id="${id}"/>`;
  });
  for (const image of parts.images ?? []) {
    zip.file(`${folder}media/${image.id}.png`, image.bytes);
    rels.push(`<Relationship Id="${image.id}" Type="${REL}/image" Target="media/${image.id}.png"/>`);
  }
  const titlePg = parts.headers?.some((h) => h.type === 'first') ? '<w:titlePg/>' : '';
  zip.file(main, xml('document', `<w:body>${parts.body}<w:sectPr>${references.join('')}${titlePg}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body>`));
  zip.file(
    `${folder}_rels/${main.slice(folder.length)}.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${main}"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A paragraph of runs; `props` goes into w:pPr. */
export const p = (content: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
/** A run of text; `props` goes into w:rPr. */
export const r = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

/** An inline picture as Word writes it, with its alternative text in wp:docPr/@descr. */
export const picture = (relId: string, descr: string) =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Picture 1" descr="${descr}"/>` +
  `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
  `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="photo.png" descr="${descr}"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
  `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
