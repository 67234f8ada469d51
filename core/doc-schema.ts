import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import type { DocNode } from './model';
import { docProblem } from './doc-attrs';
import { ALLOWED_LINK, editorExtensions } from './editor-extensions';
import { CodedError } from './errors';

/** The ProseMirror schema of a release body, built from the editor's own extensions list. */
export const bodySchema = getSchema(editorExtensions);

export class InvalidDocError extends CodedError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'InvalidDocError';
  }
}

/**
 * Checks a body against the editor schema before it is stored, so the database only ever holds
 * documents the editor can open, within the limits and with typed attributes. Links to anything but web pages and mail lose the link and keep
 * their text.
 */
export function normalizeDoc(doc: DocNode): DocNode {
  const problem = docProblem(doc);
  if (problem) throw new InvalidDocError(problem.message);
  let node: Node;
  try {
    node = Node.fromJSON(bodySchema, withSafeLinks(doc));
    node.check();
  } catch (error) {
    throw new InvalidDocError(`the text does not fit the editor's document structure: ${(error as Error).message}`);
  }
  return node.toJSON() as DocNode;
}

function withSafeLinks(node: DocNode): DocNode {
  const marks = node.marks?.filter((mark) => mark.type !== 'link' || ALLOWED_LINK.test(String(mark.attrs?.href ?? '')));
  return {
    ...node,
    ...(marks && { marks }),
    ...(node.content && { content: node.content.map(withSafeLinks) }),
  };
}
