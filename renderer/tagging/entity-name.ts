// An entity's name in the interface language, or in Azerbaijani where that one is not known.
import type { Entity, Language } from '../../core/api';

export function entityName(entity: Pick<Entity, 'names'>, lang: Language): string {
  return entity.names[lang] ?? entity.names.az;
}
