// The registry as the tagger reads it. Entities come from the host with names that may be unknown
// in a language (null); the tagger wants strings, and an empty name simply never matches.
import type { Entity } from '../model';
import type { RegistryEntry } from './types';

export function asRegistryEntry(entity: Entity): RegistryEntry {
  return {
    key: entity.key,
    kind: entity.kind,
    names: { az: entity.names.az, en: entity.names.en ?? '', ru: entity.names.ru ?? '' },
    aliases: entity.aliases,
    title: entity.title,
    ...(entity.affiliation && { affiliation: entity.affiliation }),
    ...(entity.country && { country: entity.country }),
  };
}
