// The contract, tagging: the registry of entities, a release's tags and delegations, the facets.
import { z } from 'zod';
import { ENTITY_KINDS } from '../registry/types';
import type { Entity } from '../model';
import { call } from './call';
import { ListArgs, type ReleaseSummary } from './releases';
import { id, isoDate } from './schemas';
import type { SignoffFacets } from './signoff';

const name = z.string().trim().min(1).max(300);
const aliasList = z.array(z.string().trim().min(1).max(300)).max(50);
export const DIRECTIONS = ['incoming', 'outgoing', 'meeting'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** An entity as an officer writes it: the Azerbaijani name is required, the others as far as known. */
export const EntityInput = z.strictObject({
  kind: z.enum(ENTITY_KINDS),
  names: z.strictObject({ az: name, en: name.nullable(), ru: name.nullable() }),
  aliases: z.strictObject({ az: aliasList.optional(), en: aliasList.optional(), ru: aliasList.optional() }).default({}),
  title: z.strictObject({ az: z.string().max(300).optional(), en: z.string().max(300).optional(), ru: z.string().max(300).optional() }).default({}),
  affiliation: z.string().max(100).nullable().default(null),
});
export type EntityInput = z.infer<typeof EntityInput>;

export const DelegationInput = z.strictObject({
  partyId: id,
  headId: id.nullable().default(null),
  headTitle: z.string().max(300).nullable().default(null),
  direction: z.enum(DIRECTIONS),
  dateFrom: isoDate.nullable().default(null),
  dateTo: isoDate.nullable().default(null),
  placeId: id.nullable().default(null),
  memberIds: z.array(id).max(100).default([]),
});
export type DelegationInput = z.infer<typeof DelegationInput>;

export interface EntitySummary extends Entity {
  releaseCount: number;
}

export interface Delegation {
  id: number;
  party: Entity;
  head: Entity | null;
  headTitle: string | null;
  direction: Direction;
  dateFrom: string | null;
  dateTo: string | null;
  place: Entity | null;
  members: Entity[];
  releaseIds: number[];
}

export interface ReleaseTags {
  tags: Entity[];
  dismissed: string[];
  delegations: Delegation[];
}

export interface FacetCount {
  id: number;
  name: string;
  count: number;
}

/**
 * A delegation among the facets. `name` words it in Azerbaijani; its parts let the window word it in
 * the interface language, with the day written as that language writes it.
 */
export interface DelegationFacet extends FacetCount {
  party: Pick<Entity, 'names'>;
  head: Pick<Entity, 'names'> | null;
  dateFrom: string | null;
}

export interface Facets {
  country: FacetCount[];
  organization: FacetCount[];
  person: FacetCount[];
  delegation: DelegationFacet[];
  signoff: SignoffFacets;
}

export interface EntityPage {
  entity: Entity;
  /** Newest first: the entity's timeline. */
  releases: ReleaseSummary[];
  delegations: Delegation[];
  mergedFrom: Entity[];
}

export const taggingCalls = {
  /** The active registry, for suggestions computed on the page as the officer types. */
  getRegistry: call(z.strictObject({})).returns<Entity[]>(),
  getReleaseTags: call(z.strictObject({ releaseId: id })).returns<ReleaseTags>(),
  setReleaseTag: call(z.strictObject({ releaseId: id, entityId: id, tagged: z.boolean() })).returns<ReleaseTags>(),
  /** A proposed new entity (a person found from context) becomes a registry entry and tags the release. */
  acceptProposal: call(z.strictObject({ releaseId: id, entity: EntityInput })).returns<ReleaseTags>(),
  /** `suggestion` is an entity key or a proposal's key; it is not offered again for this release. */
  dismissSuggestion: call(z.strictObject({ releaseId: id, suggestion: z.string().min(1).max(400) })).returns<ReleaseTags>(),
  listEntities: call(
    z.strictObject({
      kind: z.enum(ENTITY_KINDS).optional(),
      query: z.string().max(200).optional(),
      includeRetired: z.boolean().default(false),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
  ).returns<EntitySummary[]>(),
  getEntityPage: call(z.strictObject({ id })).returns<EntityPage>(),
  saveEntity: call(z.strictObject({ id: id.optional(), entity: EntityInput })).returns<Entity>(),
  /**
   * An officer's spelling of an entity's name (a foreign person's own English, a case ending the
   * tagger cut wrongly): it becomes the entity's name in every later release, the termbase and the
   * translation QA; a former Azerbaijani spelling stays an alias so texts written that way still find it.
   */
  correctSpelling: call(
    z.strictObject({
      id,
      names: z
        .strictObject({ az: name.optional(), en: name.optional(), ru: name.optional() })
        .refine((n) => n.az || n.en || n.ru, 'name at least one spelling'),
    }),
  ).returns<Entity>(),
  mergeEntities: call(
    z.strictObject({ fromId: id, intoId: id }).refine((args) => args.fromId !== args.intoId, 'an entity cannot be merged into itself'),
  ).returns<Entity>(),
  retireEntity: call(z.strictObject({ id, retired: z.boolean() })).returns<Entity>(),
  /** Counts of tagged entities and delegations over the releases the same filters list. */
  listFacets: call(ListArgs.omit({ sort: true, limit: true, offset: true })).returns<Facets>(),
  saveDelegation: call(z.strictObject({ id: id.optional(), releaseId: id, delegation: DelegationInput })).returns<Delegation>(),
  linkDelegation: call(z.strictObject({ delegationId: id, releaseId: id, linked: z.boolean() })).returns<ReleaseTags>(),
};
