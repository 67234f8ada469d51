import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { CommentOrigin, ReleaseComment } from '../core/api';
import { InvalidRequestError } from './errors';
import { getRelease } from './releases';
import { stmt } from './statements';

type Db = Database.Database;

const SELECT = `SELECT id, release_id AS releaseId, author, created_at AS createdAt, text, quote,
                       resolved_at AS resolvedAt, resolved_by AS resolvedBy, origin
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
}

export function addComment(db: Db, releaseId: number, comment: NewComment, now = Date.now()): ReleaseComment {
  getRelease(db, releaseId);
  const id = comment.id ?? randomUUID();
  const taken = stmt(db, 'SELECT release_id FROM comments WHERE id = ?').pluck().get(id) as number | undefined;
  if (taken !== undefined) throw new InvalidRequestError(`a comment "${id}" exists already`);
  stmt(
    db,
    `INSERT INTO comments (id, release_id, author, created_at, text, quote, origin)
     VALUES (@id, @releaseId, @author, @now, @text, @quote, @origin)`,
  ).run({ ...comment, id, releaseId, now });
  return getComment(db, id);
}

/** Resolving keeps the thread (who raised what stays on record); `resolved: false` opens it again. */
export function resolveComment(db: Db, id: string, by: string, resolved: boolean, now = Date.now()): ReleaseComment {
  getComment(db, id);
  stmt(db, 'UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(
    resolved ? now : null,
    resolved ? by : null,
    id,
  );
  return getComment(db, id);
}
