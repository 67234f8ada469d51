// The text the tagger reads for one release (title, lead, then the body's text blocks, each
// separated as paragraphs are), with where each body block starts in it, so that offsets the
// tagger reports can be turned back into editor positions. The tagger counts offsets in NFC text,
// so the text is built in NFC; a block whose letters NFC recomposes cannot be mapped one to one
// and gets no marks (pasted text is rarely decomposed, and suggestions still come from it).
import type { Node as PmNode } from '@tiptap/pm/model';

interface Block {
  /** Offset of the block's first character in the whole text. */
  start: number;
  end: number;
  /** Document position of the same character. */
  pos: number;
  /** The block's text was NFC already, so its offsets and positions correspond. */
  exact: boolean;
}

export interface ReleaseText {
  text: string;
  blocks: Block[];
}

const SEPARATOR = '\n\n';

export function releaseText(title: string, lead: string, doc: PmNode): ReleaseText {
  let text = `${title.normalize('NFC')}${SEPARATOR}${lead.normalize('NFC')}`;
  const blocks: Block[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // A hard break is one position and one character, so offsets inside a block map one to one.
    const raw = node.textBetween(0, node.content.size, undefined, '\n');
    const blockText = raw.normalize('NFC');
    text += SEPARATOR;
    blocks.push({ start: text.length, end: text.length + blockText.length, pos: pos + 1, exact: raw === blockText });
    text += blockText;
    return false;
  });
  return { text, blocks };
}

/** The document range of text[start, end), or null when it is not inside one body block. */
export function docRange(release: ReleaseText, start: number, end: number): { from: number; to: number } | null {
  const block = release.blocks.find((b) => start >= b.start && end <= b.end);
  return block?.exact ? { from: block.pos + (start - block.start), to: block.pos + (end - block.start) } : null;
}
