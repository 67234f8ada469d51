// Which version, if any, is open in the translation workspace, shown in place of the editor. A
// counter moves whenever the workspace closes, so the editor's version chips catch up with the
// progress made in it.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface Translation {
  targetId: number | null;
  /** Bumped when the workspace closes. */
  closedTick: number;
  open(targetId: number): void;
  close(): void;
}

const TranslationContext = createContext<Translation | null>(null);

export function TranslationProvider({ children }: { children: ReactNode }) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const [closedTick, setClosedTick] = useState(0);
  const value = useMemo<Translation>(
    () => ({
      targetId,
      closedTick,
      open: setTargetId,
      close: () => {
        setTargetId(null);
        setClosedTick((tick) => tick + 1);
      },
    }),
    [targetId, closedTick],
  );
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error('the translation workspace needs a TranslationProvider');
  return translation;
}
