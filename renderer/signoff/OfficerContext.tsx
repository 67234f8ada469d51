// The officer named in the settings, shared by everything that offers sign-off steps by role.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Officer } from '../../core/api';
import { api } from '../api-client';

interface OfficerState {
  officer: Officer | null;
  setOfficer(officer: Officer): void;
}

const OfficerContext = createContext<OfficerState>({ officer: null, setOfficer: () => {} });

export function OfficerProvider({ children }: { children: ReactNode }) {
  const [officer, setOfficer] = useState<Officer | null>(null);
  useEffect(() => {
    // Without the settings no step is offered; the app's own settings load reports the failure.
    api.getSettings({}).then(
      (settings) => setOfficer(settings.officer),
      () => {},
    );
  }, []);
  return <OfficerContext.Provider value={{ officer, setOfficer }}>{children}</OfficerContext.Provider>;
}

export function useOfficer(): OfficerState {
  return useContext(OfficerContext);
}
