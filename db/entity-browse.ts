// Reading the registry the way officers browse it: entities with their release counts, an
// entity's page (timeline, delegations, merged duplicates), library facets, and delegations.
import type { Delegation, DelegationInput, Entity, EntityPage, EntitySummary, Facets, ParsedArgs, ReleaseTags } from '../core/api';
import { fold } from '../core/fold';
import { titleSortKey } from '../core/sort-key';
import { dismissedSuggestions, getEntity, releaseTags } from './entities';
import { NotFoundError } from './errors';
import type { Db } from './open';
import { listQuery, summary } from './release-list';
import { stmt } from './statements';
import { writeTransaction } from './write-transaction';
import { signoffFacets } from './workflow';

const LIVE_TAGS = `SELECT t.entity_id, count(*) AS n FROM release_tags t JOIN releases r ON r.id = t.release_id
                   WHERE r.deleted_at IS NULL GROUP BY t.entity_id`;

export function listEntities(db: Db, args: ParsedArgs<'listEntities'>): EntitySummary[] {
  const where = [args.includeRetired ? '1' : 'e.retired_at IS NULL AND e.merged_into IS NULL'];
  const params: Record<string, unknown> = { limit: args.limit };
  if (args.kind) {
    where.push('e.kind = @kind');
    params.kind = args.kind;
  }
  const rows = (
    stmt(
      db,
      `SELECT e.id, e.name_az AS name, coalesce(c.n, 0) AS n FROM entities e LEFT JOIN (${LIVE_TAGS}) c ON c.entity_id = e.id
       WHERE ${where.join(' AND ')}`,
    ).all(params) as { id: number; name: string; n: number }[]
  )
    // SQLite compares code units (ABŞ before Abican, Əliyev after Zaqatala): names sort in the Azerbaijani alphabet.
    .map((row) => ({ ...row, key: titleSortKey(row.name) }))
    .sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
  const needle = args.query ? fold(args.query.trim()) : '';
  const result: EntitySummary[] = [];
  for (const { id, n } of rows) {
    const entity = getEntity(db, id);
    if (needle && !namesOf(entity).some((name) => fold(name).includes(needle))) continue;
    result.push({ ...entity, releaseCount: n });
    if (result.length >= args.limit) break;
  }
  return result;
}

function namesOf(entity: Entity): string[] {
  return [entity.names.az, entity.names.en ?? '', entity.names.ru ?? '', ...Object.values(entity.aliases).flat()].filter(Boolean);
}

export function getEntityPage(db: Db, id: number): EntityPage {
  const entity = getEntity(db, id);
  const releaseIds = stmt(
    db,
    `SELECT r.id FROM release_tags t JOIN releases r ON r.id = t.release_id
     WHERE t.entity_id = ? AND r.deleted_at IS NULL ORDER BY r.release_date DESC, r.id DESC`,
  )
    .pluck()
    .all(id) as number[];
  const delegationIds = stmt(
    db,
    `SELECT DISTINCT d.id FROM delegations d LEFT JOIN delegation_members m ON m.delegation_id = d.id
     WHERE d.party_id = @id OR d.head_id = @id OR d.place_id = @id OR m.entity_id = @id ORDER BY d.date_from DESC, d.id DESC`,
  )
    .pluck()
    .all({ id }) as number[];
  const mergedFrom = stmt(db, 'SELECT id FROM entities WHERE merged_into = ? ORDER BY id').pluck().all(id) as number[];
  return {
    entity,
    releases: releaseIds.map((releaseId) => summary(db, releaseId, null)),
    delegations: delegationIds.map((delegationId) => getDelegation(db, delegationId)),
    mergedFrom: mergedFrom.map((merged) => getEntity(db, merged)),
  };
}

const FACET_LIMIT = 12;

/** The most frequent entities of each kind, and delegations, among the releases the filters list. */
export function listFacets(db: Db, args: ParsedArgs<'listFacets'>): Facets {
  // The same SQL as the library's count, so facets always describe the list beside them.
  const query = listQuery(db, { ...args, sort: 'date', limit: 1_000_000, offset: 0 });
  const ids = `SELECT id FROM (${query.page})`;
  const byKind = stmt(
    db,
    `SELECT e.id, e.kind, e.name_az AS name, count(*) AS count FROM release_tags t JOIN entities e ON e.id = t.entity_id
     WHERE t.release_id IN (${ids}) AND e.kind IN ('country', 'organization', 'person')
     GROUP BY e.id ORDER BY count DESC, e.name_az`,
  ).all(query.params) as { id: number; kind: 'country' | 'organization' | 'person'; name: string; count: number }[];
  const facets: Facets = { country: [], organization: [], person: [], delegation: [], signoff: signoffFacets(db, ids, query.params) };
  for (const row of byKind) {
    if (facets[row.kind].length < FACET_LIMIT) facets[row.kind].push({ id: row.id, name: row.name, count: row.count });
  }
  const delegations = stmt(
    db,
    `SELECT d.id, count(*) AS count FROM delegation_releases l JOIN delegations d ON d.id = l.delegation_id
     WHERE l.release_id IN (${ids}) GROUP BY d.id ORDER BY count DESC, d.date_from DESC LIMIT ${FACET_LIMIT}`,
  ).all(query.params) as { id: number; count: number }[];
  facets.delegation = delegations.map(({ id, count }) => {
    const delegation = getDelegation(db, id);
    const { party, head, dateFrom } = delegation;
    return { id, name: delegationName(delegation), count, party: { names: party.names }, head: head && { names: head.names }, dateFrom };
  });
  return facets;
}

function delegationName(delegation: Delegation): string {
  const head = delegation.head ? ` — ${delegation.head.names.az}` : '';
  const when = delegation.dateFrom ? ` (${delegation.dateFrom})` : '';
  return `${delegation.party.names.az}${head}${when}`;
}

interface DelegationRow {
  id: number;
  party_id: number;
  head_id: number | null;
  head_title: string | null;
  direction: Delegation['direction'];
  date_from: string | null;
  date_to: string | null;
  place_id: number | null;
}

export function getDelegation(db: Db, id: number): Delegation {
  const row = stmt(db, 'SELECT * FROM delegations WHERE id = ?').get(id) as DelegationRow | undefined;
  if (!row) throw new NotFoundError('delegation', id);
  const members = stmt(db, 'SELECT entity_id FROM delegation_members WHERE delegation_id = ? ORDER BY entity_id').pluck().all(id) as number[];
  const releaseIds = stmt(db, 'SELECT release_id FROM delegation_releases WHERE delegation_id = ? ORDER BY release_id').pluck().all(id) as number[];
  return {
    id,
    party: getEntity(db, row.party_id),
    head: row.head_id === null ? null : getEntity(db, row.head_id),
    headTitle: row.head_title,
    direction: row.direction,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    place: row.place_id === null ? null : getEntity(db, row.place_id),
    members: members.map((member) => getEntity(db, member)),
    releaseIds,
  };
}

export function releaseTagState(db: Db, releaseId: number): ReleaseTags {
  const delegations = stmt(db, 'SELECT delegation_id FROM delegation_releases WHERE release_id = ? ORDER BY delegation_id').pluck().all(releaseId) as number[];
  return {
    tags: releaseTags(db, releaseId),
    dismissed: dismissedSuggestions(db, releaseId),
    delegations: delegations.map((id) => getDelegation(db, id)),
  };
}

/** Creates or changes a delegation and links it to the release it was recorded from. */
export function saveDelegation(db: Db, releaseId: number, input: DelegationInput, id?: number, now = Date.now()): Delegation {
  return writeTransaction(db, () => {
    for (const entityId of [input.partyId, input.headId, input.placeId, ...input.memberIds]) if (entityId !== null) getEntity(db, entityId);
    const values = [input.partyId, input.headId, input.headTitle, input.direction, input.dateFrom, input.dateTo, input.placeId];
    let delegationId = id;
    if (delegationId === undefined) {
      const { lastInsertRowid } = stmt(
        db,
        `INSERT INTO delegations (party_id, head_id, head_title, direction, date_from, date_to, place_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...values, now);
      delegationId = Number(lastInsertRowid);
    } else {
      getDelegation(db, delegationId);
      stmt(
        db,
        `UPDATE delegations SET party_id = ?, head_id = ?, head_title = ?, direction = ?, date_from = ?, date_to = ?, place_id = ?
         WHERE id = ?`,
      ).run(...values, delegationId);
      stmt(db, 'DELETE FROM delegation_members WHERE delegation_id = ?').run(delegationId);
    }
    const addMember = stmt(db, 'INSERT OR IGNORE INTO delegation_members (delegation_id, entity_id) VALUES (?, ?)');
    for (const member of input.memberIds) addMember.run(delegationId, member);
    stmt(db, 'INSERT OR IGNORE INTO delegation_releases (delegation_id, release_id) VALUES (?, ?)').run(delegationId, releaseId);
    return getDelegation(db, delegationId);
  });
}

export function linkDelegation(db: Db, delegationId: number, releaseId: number, linked: boolean): ReleaseTags {
  getDelegation(db, delegationId);
  if (linked) stmt(db, 'INSERT OR IGNORE INTO delegation_releases (delegation_id, release_id) VALUES (?, ?)').run(delegationId, releaseId);
  else stmt(db, 'DELETE FROM delegation_releases WHERE delegation_id = ? AND release_id = ?').run(delegationId, releaseId);
  return releaseTagState(db, releaseId);
}
