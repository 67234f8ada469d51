// An entity's name in the interface language, or in Azerbaijani where that one is not known.
import type { DelegationFacet, Entity, Language } from '../../core/api';
import type { Messages } from '../i18n/en';
import { formatDay } from '../i18n/format';

export function entityName(entity: Pick<Entity, 'names'>, lang: Language): string {
  return entity.names[lang] ?? entity.names.az;
}

/** What names a delegation in the library's filters: its party, its head and the day it began. */
export type DelegationParts = Pick<DelegationFacet, 'party' | 'head' | 'dateFrom'>;

export function delegationName(m: Messages, lang: Language, { party, head, dateFrom }: DelegationParts): string {
  const headName = head ? ` — ${entityName(head, lang)}` : '';
  const when = dateFrom ? ` (${formatDay(m, dateFrom)})` : '';
  return `${entityName(party, lang)}${headName}${when}`;
}
