// The registry Pressdesk ships: written by us from public facts, synced into every database on
// open (db/entities.ts syncShippedRegistry), where officers' own edits take precedence.
import { COUNTRIES } from './countries';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { RegistryEntry } from './types';

export const SHIPPED_REGISTRY: readonly RegistryEntry[] = [...COUNTRIES, ...ORGANIZATIONS, ...PEOPLE, ...PLACES];
