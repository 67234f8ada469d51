// The registry Pressdesk ships: written by us from public facts, synced into every database on
// open (db/entities.ts syncShippedRegistry), where officers' own edits take precedence.
import { COUNTRIES } from './countries';
import { FOREIGN_PEOPLE } from './foreign-people';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { RegistryEntry } from './types';

export const SHIPPED_REGISTRY: readonly RegistryEntry[] = [...COUNTRIES, ...ORGANIZATIONS, ...PEOPLE, ...FOREIGN_PEOPLE, ...PLACES];
