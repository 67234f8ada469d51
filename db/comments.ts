import { randomUUID } from 'node:crypto';
import type { CommentOrigin, ReleaseComment } from '../core/api';
import { InvalidRequestError } from './errors';
import { getRelease } from './releases';
import { stmt } from './statements';
import type { Db } from './open';

const SELECT = `SELECT id, release_id AS releaseId, author, created_at AS createdAt, text, quote,
                       resolved_at AS resolvedAt, resolved_by AS resolvedBy, origin, reply_to AS replyTo
                FROM comments`;

export function listComments(db: Db, releaseId: number): ReleaseComment[] {
  getRelease(db, releaseId);
  return stmt(db, `${SELECT} WHERE release_id = ? ORDER BY created_at, rowid`).all(releaseId) as ReleaseComment[];
}

export function getComment(db: Db, id: string): ReleaseComment {
  const comment = stmt(db, `${SELECT} WHERE id = ?`).get(id) as ReleaseComment | undefined;
  if (!comment) throw new InvalidRequestError(`there is no comment "${id}"`);
  return comment;
}

export interface NewComment {
  id?: string;
  author: string;
  text: string;
  quote: string;
  origin: CommentOrigin;
  replyTo?: string;
}

export function addComment(db: Db, releaseId: number, comment: NewComment, now = Date.now()): ReleaseComment {
  getRelease(db, releaseId);
  const id = comment.id ?? randomUUID();
  const taken = stmt(db, 'SELECT release_id FROM comments WHERE id = ?').pluck().get(id) as number | undefined;
  if (taken !== undefined) throw new InvalidRequestError(`a comment "${id}" exists already`);
  const thread = comment.replyTo === undefined ? null : getComment(db, comment.replyTo);
  if (thread && thread.releaseId !== releaseId) throw new InvalidRequestError(`comment "${thread.id}" is on another release`);
  stmt(
    db,
    `INSERT INTO comments (id, release_id, author, created_at, text, quote, origin, reply_to)
     VALUES (@id, @releaseId, @author, @now, @text, @quote, @origin, @replyTo)`,
  ).run({ ...comment, id, releaseId, now, replyTo: thread ? (thread.replyTo ?? thread.id) : null });
  return getComment(db, id);
}

/**
 * Resolving keeps the thread (who raised what stays on record); `resolved: false` opens it again.
 * A thread is resolved as a whole, so naming one of its replies resolves the thread.
 */
export function resolveComment(db: Db, id: string, by: string, resolved: boolean, now = Date.now()): ReleaseComment {
  const comment = getComment(db, id);
  const thread = comment.replyTo ?? comment.id;
  stmt(db, 'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(resolved ? now : null, resolved ? by : null, thread);
  return getComment(db, thread);
}
