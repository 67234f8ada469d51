// Which releases are ticked for a batch export. Titles are kept with the ids, so the export can name
// a release that a later search has scrolled out of the list.
import { useCallback, useState } from 'react';
import type { ReleaseSummary } from '../../core/api';

export function useSelection() {
  const [active, setActive] = useState(false);
  const [picked, setPicked] = useState<ReadonlyMap<number, string>>(new Map());

  const set = useCallback((items: ReleaseSummary[], on: boolean) => {
    setPicked((all) => {
      const next = new Map(all);
      for (const item of items) {
        if (on) next.set(item.id, item.title);
        else next.delete(item.id);
      }
      return next;
    });
  }, []);

  const start = useCallback(() => setActive(true), []);
  const end = useCallback(() => {
    setActive(false);
    setPicked(new Map());
  }, []);

  return { active, picked, set, start, end };
}

export type Selection = ReturnType<typeof useSelection>;
