// Short messages about actions: what failed and why, or that something happened. Failures stay
// longer than confirmations, and every notice can be dismissed.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { Icon } from './Icon';

type Kind = 'error' | 'info';
interface Notice {
  id: number;
  kind: Kind;
  text: string;
}

const LIFETIME: Record<Kind, number> = { info: 4000, error: 10000 };

const NoticeContext = createContext<((text: string, kind?: Kind) => void) | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (text: string, kind: Kind = 'error') => {
      const id = nextId.current++;
      // The same message again replaces the old one instead of stacking up.
      setNotices((all) => [...all.filter((n) => n.text !== text).slice(-3), { id, kind, text }]);
      setTimeout(() => dismiss(id), LIFETIME[kind]);
    },
    [dismiss],
  );
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <NoticeStack notices={notices} onDismiss={dismiss} />
    </NoticeContext.Provider>
  );
}

function NoticeStack({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const { m } = useI18n();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} data-testid="notice">
          <Icon name={notice.kind === 'error' ? 'alert' : 'check'} size={16} />
          <span className="notice-text">{notice.text}</span>
          <button type="button" className="icon-button" aria-label={m.dialog.dismiss} onClick={() => onDismiss(notice.id)}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}

export function useNotify(): (text: string, kind?: Kind) => void {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify needs a NoticeProvider');
  return notify;
}
