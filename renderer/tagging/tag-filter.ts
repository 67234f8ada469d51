// The library narrowed to one tag: the releases tagged with an entity, or linked to a delegation.
// The name travels with the id so the active filter can be shown without another call; a delegation
// brings its parts, so it is named in the interface language whichever that is by then.
import type { DelegationParts } from './entity-name';

export interface TagFilter {
  kind: 'entity' | 'delegation';
  id: number;
  name: string;
  delegation?: DelegationParts;
}
