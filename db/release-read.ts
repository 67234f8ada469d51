import type { DocNode, Release, ReleaseFields } from '../core/api';
import { NotFoundError } from './errors';
import type { Db } from './open';
import { stmt } from './statements';

const EMPTY_BODY: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

export const DEFAULT_FIELDS: ReleaseFields = {
  title: '',
  lead: '',
  dateline: '',
  releaseDate: null,
  language: 'az',
  status: 'draft',
  body: EMPTY_BODY,
};

interface ReleaseRow {
  id: number;
  title: string;
  lead: string;
  dateline: string;
  releaseDate: string | null;
  language: Release['language'];
  status: Release['status'];
  bodyJson: string;
  wordCount: number;
  createdAt: number;
  updatedAt: number;
  revision: number;
  deletedAt: number | null;
}

const SELECT_RELEASE = `
  SELECT id, title, lead, dateline, release_date AS releaseDate, language, status, b.body_json AS bodyJson,
         word_count AS wordCount, created_at AS createdAt, updated_at AS updatedAt, revision, deleted_at AS deletedAt
  FROM releases r JOIN release_bodies b ON b.release_id = r.id WHERE r.id = ?`;

function toRelease({ bodyJson, ...row }: ReleaseRow): Release {
  return { ...row, body: JSON.parse(bodyJson) as DocNode };
}

export function fieldsOf({ title, lead, dateline, releaseDate, language, status, body }: ReleaseFields): ReleaseFields {
  return { title, lead, dateline, releaseDate, language, status, body };
}

export function findRelease(db: Db, id: number): Release | undefined {
  const row = stmt(db, SELECT_RELEASE).get(id) as ReleaseRow | undefined;
  return row && toRelease(row);
}

export function getRelease(db: Db, id: number): Release {
  const release = findRelease(db, id);
  if (!release) throw new NotFoundError('release', id);
  return release;
}
