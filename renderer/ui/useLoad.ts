// The one way a component loads something from the host: again whenever its dependencies change
// or a host event says the answer is out of date, and only the newest answer is kept (an earlier
// request that answers late is dropped, so a quick switch never shows the previous release's data).
import { useEffect, useEffectEvent, useState, type DependencyList, type Dispatch, type SetStateAction } from 'react';
import type { HostEvent } from '../../core/host-events';
import { useHostEvent } from './useHostEvent';

interface LoadOptions {
  /** Whether a host event makes the loaded answer out of date (see core/host-events.ts). */
  reloadOn?(event: HostEvent): boolean;
  /** Told of a failed load besides `error`, with the component's current state (a notice, say). */
  onError?(error: unknown): void;
}

interface Loaded<T> {
  /** The newest answer; undefined until the first one. It stays while a reload runs, and when one fails. */
  value: T | undefined;
  /** Why the newest load failed; null once one succeeds. */
  error: unknown;
  /** Changes the loaded value in place (a comment just added), until the next load replaces it. */
  set: Dispatch<SetStateAction<T | undefined>>;
  reload(): void;
}

/**
 * `load` runs after every render whose `deps` changed (list what it reads, as for useEffect); it
 * may return null to load nothing this time (a closed panel), which keeps the last value.
 */
export function useLoad<T>(load: () => Promise<T> | null, deps: DependencyList, options: LoadOptions = {}): Loaded<T> {
  const [value, set] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const start = useEffectEvent(load);
  const failed = useEffectEvent((reason: unknown) => options.onError?.(reason));

  useEffect(() => {
    const request = start();
    if (!request) return;
    let live = true;
    request.then(
      (loaded) => {
        if (!live) return;
        set(() => loaded);
        setError(null);
      },
      (reason: unknown) => {
        if (!live) return;
        setError(reason);
        failed(reason);
      },
    );
    return () => {
      live = false;
    };
    // The caller's deps say when to load again, as they would for its own effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  useHostEvent((event) => {
    if (options.reloadOn?.(event)) setGeneration((n) => n + 1);
  });

  return { value, error, set, reload: () => setGeneration((n) => n + 1) };
}
