// The tagging registry in the database: the shipped list kept in step with the app, officers' own
// entries, tags per release, dismissed suggestions, merging and retiring.
import { createHash } from 'node:crypto';
import type { Entity, EntityInput } from '../core/api';
import type { EntityKind, RegistryEntry } from '../core/registry/types';
import { InvalidRequestError, NotFoundError } from './errors';
import type { Db } from './open';
import { reindexRelease } from './search-index';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';

interface EntityRow {
  id: number;
  key: string;
  kind: EntityKind;
  name_az: string;
  name_en: string | null;
  name_ru: string | null;
  aliases_json: string;
  title_json: string;
  affiliation: string | null;
  country: string | null;
  shipped: number;
  edited: number;
  retired_at: number | null;
  merged_into: number | null;
}

function toEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    names: { az: row.name_az, en: row.name_en, ru: row.name_ru },
    aliases: JSON.parse(row.aliases_json) as Entity['aliases'],
    title: JSON.parse(row.title_json) as Entity['title'],
    affiliation: row.affiliation,
    country: row.country,
    shipped: row.shipped === 1,
    edited: row.edited === 1,
    retiredAt: row.retired_at,
    mergedInto: row.merged_into,
  };
}

const FINGERPRINT_KEY = 'registryFingerprint';

/**
 * Brings the shipped list into the database: new entries are added, shipped entries the officers
 * never edited follow the new version, edited ones are left as the officers made them. Skipped
 * entirely when the list is the one already synced, so opening the app stays fast.
 */
export function syncShippedRegistry(db: Db, entries: readonly RegistryEntry[], now = Date.now()): void {
  const fingerprint = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
  const stored = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(FINGERPRINT_KEY) as string | undefined;
  if (stored === JSON.stringify(fingerprint)) return;
  writeTransaction(db, () => {
    const upsert = stmt(
      db,
      `INSERT INTO entities (key, kind, name_az, name_en, name_ru, aliases_json, title_json, affiliation, country, shipped, updated_at)
       VALUES (@key, @kind, @az, @en, @ru, @aliases, @title, @affiliation, @country, 1, @now)
       ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, name_az = excluded.name_az, name_en = excluded.name_en,
         name_ru = excluded.name_ru, aliases_json = excluded.aliases_json, title_json = excluded.title_json,
         affiliation = excluded.affiliation, country = excluded.country, updated_at = excluded.updated_at
       WHERE entities.edited = 0 AND entities.shipped = 1`,
    );
    for (const entry of entries) {
      upsert.run({
        key: entry.key,
        kind: entry.kind,
        ...entry.names,
        aliases: JSON.stringify(entry.aliases ?? {}),
        title: JSON.stringify(entry.title ?? {}),
        affiliation: entry.affiliation ?? null,
        country: entry.country ?? null,
        now,
      });
    }
    stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      FINGERPRINT_KEY,
      JSON.stringify(fingerprint),
    );
  });
}

export function getEntity(db: Db, id: number): Entity {
  const row = stmt(db, 'SELECT * FROM entities WHERE id = ?').get(id) as EntityRow | undefined;
  if (!row) throw new NotFoundError('entity', id);
  return toEntity(row);
}

/** Everything a tagger matches against: entries in use, neither retired nor merged away. */
export function activeEntities(db: Db): Entity[] {
  return (stmt(db, 'SELECT * FROM entities WHERE retired_at IS NULL AND merged_into IS NULL ORDER BY id').all() as EntityRow[]).map(toEntity);
}

export function createEntity(db: Db, input: EntityInput, now = Date.now()): Entity {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO entities (key, kind, name_az, name_en, name_ru, aliases_json, title_json, affiliation, updated_at)
     VALUES ('pending', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.kind, input.names.az, input.names.en, input.names.ru, JSON.stringify(input.aliases), JSON.stringify(input.title), input.affiliation, now);
  const id = Number(lastInsertRowid);
  // Officers' entries get keys of their own kind, never one the shipped list could later use.
  stmt(db, 'UPDATE entities SET key = ? WHERE id = ?').run(`user:${id}`, id);
  return getEntity(db, id);
}

export function updateEntity(db: Db, id: number, input: EntityInput, now = Date.now()): Entity {
  return writeTransaction(db, () => {
    getEntity(db, id);
    stmt(
      db,
      `UPDATE entities SET kind = ?, name_az = ?, name_en = ?, name_ru = ?, aliases_json = ?, title_json = ?, affiliation = ?,
         edited = 1, updated_at = ? WHERE id = ?`,
    ).run(input.kind, input.names.az, input.names.en, input.names.ru, JSON.stringify(input.aliases), JSON.stringify(input.title), input.affiliation, now, id);
    reindexTagged(db, id);
    return getEntity(db, id);
  });
}

/** See the correctSpelling call: the officer's spelling wins everywhere; an old Azerbaijani one stays an alias. */
export function correctSpelling(db: Db, id: number, names: Partial<Record<'az' | 'en' | 'ru', string>>, now = Date.now()): Entity {
  return writeTransaction(db, () => {
    const entity = getEntity(db, id);
    const aliases = { ...entity.aliases };
    if (names.az && names.az !== entity.names.az) aliases.az = [...new Set([...(aliases.az ?? []), entity.names.az])].filter((alias) => alias !== names.az);
    return updateEntity(
      db,
      id,
      {
        kind: entity.kind,
        names: { az: names.az ?? entity.names.az, en: names.en ?? entity.names.en, ru: names.ru ?? entity.names.ru },
        aliases,
        title: entity.title,
        affiliation: entity.affiliation,
      },
      now,
    );
  });
}

function reindexTagged(db: Db, entityId: number): void {
  for (const releaseId of stmt(db, 'SELECT release_id FROM release_tags WHERE entity_id = ?').pluck().all(entityId) as number[]) {
    reindexRelease(db, releaseId);
  }
}

/** Retired entries stay on the releases they tag but are no longer suggested. */
export function setRetired(db: Db, id: number, retired: boolean, now = Date.now()): Entity {
  getEntity(db, id);
  stmt(db, 'UPDATE entities SET retired_at = ?, edited = 1, updated_at = ? WHERE id = ?').run(retired ? now : null, now, id);
  return getEntity(db, id);
}

/** `from` was a duplicate of `into`: its tags, delegations and names move over, and it is retired. */
export function mergeEntities(db: Db, fromId: number, intoId: number, now = Date.now()): Entity {
  if (fromId === intoId) throw new InvalidRequestError('an entity cannot be merged into itself');
  return writeTransaction(db, () => {
    const from = getEntity(db, fromId);
    const into = getEntity(db, intoId);
    const releases = stmt(db, 'SELECT release_id FROM release_tags WHERE entity_id = ?').pluck().all(fromId) as number[];
    stmt(db, 'INSERT OR IGNORE INTO release_tags (release_id, entity_id) SELECT release_id, ? FROM release_tags WHERE entity_id = ?').run(intoId, fromId);
    stmt(db, 'DELETE FROM release_tags WHERE entity_id = ?').run(fromId);
    stmt(db, 'UPDATE delegations SET party_id = ? WHERE party_id = ?').run(intoId, fromId);
    stmt(db, 'UPDATE delegations SET head_id = ? WHERE head_id = ?').run(intoId, fromId);
    stmt(db, 'UPDATE delegations SET place_id = ? WHERE place_id = ?').run(intoId, fromId);
    stmt(db, 'INSERT OR IGNORE INTO delegation_members (delegation_id, entity_id) SELECT delegation_id, ? FROM delegation_members WHERE entity_id = ?').run(
      intoId,
      fromId,
    );
    stmt(db, 'DELETE FROM delegation_members WHERE entity_id = ?').run(fromId);
    // The duplicate's names stay findable as aliases of the survivor.
    const aliases = { ...into.aliases };
    for (const lang of ['az', 'en', 'ru'] as const) {
      const known = new Set([into.names[lang], ...(aliases[lang] ?? [])].filter(Boolean).map((n) => n!.toLocaleLowerCase()));
      const extra = [from.names[lang], ...(from.aliases[lang] ?? [])].filter((n): n is string => !!n && !known.has(n.toLocaleLowerCase()));
      if (extra.length) aliases[lang] = [...(aliases[lang] ?? []), ...extra];
    }
    stmt(db, 'UPDATE entities SET aliases_json = ?, edited = 1, updated_at = ? WHERE id = ?').run(JSON.stringify(aliases), now, intoId);
    stmt(db, 'UPDATE entities SET merged_into = ?, retired_at = ?, edited = 1, updated_at = ? WHERE id = ?').run(intoId, now, now, fromId);
    for (const releaseId of releases) reindexRelease(db, releaseId);
    reindexTagged(db, intoId);
    return getEntity(db, intoId);
  });
}

export function releaseTags(db: Db, releaseId: number): Entity[] {
  return (
    stmt(db, 'SELECT e.* FROM release_tags t JOIN entities e ON e.id = t.entity_id WHERE t.release_id = ? ORDER BY e.kind, e.name_az').all(
      releaseId,
    ) as EntityRow[]
  ).map(toEntity);
}

export function setTagged(db: Db, releaseId: number, entityId: number, tagged: boolean): Entity[] {
  return writeTransaction(db, () => {
    getEntity(db, entityId);
    if (tagged) stmt(db, 'INSERT OR IGNORE INTO release_tags (release_id, entity_id) VALUES (?, ?)').run(releaseId, entityId);
    else stmt(db, 'DELETE FROM release_tags WHERE release_id = ? AND entity_id = ?').run(releaseId, entityId);
    reindexRelease(db, releaseId);
    return releaseTags(db, releaseId);
  });
}

export function dismissedSuggestions(db: Db, releaseId: number): string[] {
  return stmt(db, 'SELECT suggestion FROM dismissed_suggestions WHERE release_id = ?').pluck().all(releaseId) as string[];
}

export function dismissSuggestion(db: Db, releaseId: number, suggestion: string): string[] {
  stmt(db, 'INSERT OR IGNORE INTO dismissed_suggestions (release_id, suggestion) VALUES (?, ?)').run(releaseId, suggestion);
  return dismissedSuggestions(db, releaseId);
}
