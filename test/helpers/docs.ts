import type { DocNode } from '../../core/api';
import { textToDoc } from '../../core/doc-text';

/** A body of paragraphs from blank-line-separated text. */
export const body = (text: string): DocNode => textToDoc(text);
