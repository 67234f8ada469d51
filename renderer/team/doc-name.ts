// Which shared document holds a release (`release/<uid>`, or `version/<uid>/<lang>`), as the host
// knows it; null for a release only this library has (yet: one made just after joining is shared a
// moment later). A name, once known, is remembered: a release never moves to another document.
import { useEffect, useState } from 'react';
import { api } from '../api-client';

const known = new Map<number, Promise<string | null>>();

export function sharedDocName(id: number): Promise<string | null> {
  let name = known.get(id);
  if (!name) {
    name = api.teamDocOf({ id }).then(({ name: doc }) => doc);
    known.set(id, name);
    // No name, or no answer: asked again next time.
    name.then(
      (doc) => doc === null && known.delete(id),
      () => known.delete(id),
    );
  }
  return name;
}

/** The shared document of release `id` while `team` is true; null otherwise, or until known. */
export function useSharedDocName(id: number, team: boolean): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (!team) return setName(null);
    let current = true;
    sharedDocName(id).then(
      (doc) => current && setName(doc),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [id, team]);
  return name;
}
