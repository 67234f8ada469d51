// Hears the host's event stream (core/host-events.ts) for as long as the component is mounted. The
// newest listener is called, so it may read the component's current props and state.
import { useEffect, useEffectEvent } from 'react';
import type { HostEvent } from '../../core/host-events';
import { onEvent } from '../api-client';

export function useHostEvent(listener: (event: HostEvent) => void): void {
  const heard = useEffectEvent(listener);
  useEffect(() => onEvent((event) => heard(event)), []);
}
