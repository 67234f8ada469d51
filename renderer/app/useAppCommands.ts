// Shortcuts, native menu commands and window life-cycle events, all routed to the workspace.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../core/api';
import { onCommand } from '../api-client';

type Handlers = Record<MenuCommand, () => void> & {
  /** The window lost focus, was hidden or is unloading: save without asking anything. */
  flush(): void;
};

const SHORTCUTS: Record<string, MenuCommand> = { n: 'new', o: 'import', s: 'save', f: 'find' };
/** A menu accelerator and the page may both see one key press; it must act once. */
const REPEAT_MS = 300;

export function useAppCommands(handlers: Handlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    let last: { command: MenuCommand; at: number } | null = null;
    const run = (command: MenuCommand) => {
      const now = performance.now();
      if (last && last.command === command && now - last.at < REPEAT_MS) return;
      last = { command, at: now };
      latest.current[command]();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      // With a Russian layout Ctrl+S reports key "ы"; the physical key is what people mean.
      const letter = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code.replace(/^Key/, '').toLowerCase();
      const command = SHORTCUTS[letter];
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    const flush = () => latest.current.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    const unsubscribe = onCommand(run);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
