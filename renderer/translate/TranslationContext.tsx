// Which version, if any, is open in the translation workspace, shown in place of the editor. The
// editor's version chips follow the progress made in it through the host's translation-changed
// events (see VersionsBar).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

interface Translation {
  targetId: number | null;
  open(targetId: number): void;
  close(): void;
}

const TranslationContext = createContext<Translation | null>(null);

export function TranslationProvider({ children }: { children: ReactNode }) {
  const [targetId, setTargetId] = useState<number | null>(null);
  const value = useMemo<Translation>(() => ({ targetId, open: setTargetId, close: () => setTargetId(null) }), [targetId]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (!translation) throw new Error('the translation workspace needs a TranslationProvider');
  return translation;
}
