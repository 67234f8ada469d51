// The library narrowed to one tag: the releases tagged with an entity, or linked to a delegation.
// The name travels with the id so the active filter can be shown without another call.
export interface TagFilter {
  kind: 'entity' | 'delegation';
  id: number;
  name: string;
}
