// Short messages about actions: what failed and why, or that something happened. Failures stay
// longer than confirmations, and every notice can be dismissed.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { Icon } from './Icon';

type Kind = 'error' | 'info';
/** What can be done about a notice right from it ("Show in folder"). */
export interface NoticeAction {
  label: string;
  run(): void;
}
interface Notice {
  id: number;
  kind: Kind;
  text: string;
  actions: NoticeAction[];
}
type Notify = (text: string, kind?: Kind, actions?: NoticeAction[]) => void;

const LIFETIME: Record<Kind, number> = { info: 4000, error: 10000 };
// A notice offering something to do stays long enough to be read and acted on.
const WITH_ACTIONS_MS = 15_000;

const NoticeContext = createContext<Notify | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (text: string, kind: Kind = 'error', actions: NoticeAction[] = []) => {
      const id = nextId.current++;
      // The same message again replaces the old one instead of stacking up.
      // At most three at a time: a stack any taller would cover the editor's toolbar.
      setNotices((all) => [...all.filter((n) => n.text !== text).slice(-2), { id, kind, text, actions }]);
      setTimeout(() => dismiss(id), actions.length ? WITH_ACTIONS_MS : LIFETIME[kind]);
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
          {notice.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className="button button-small notice-action"
              onClick={() => {
                action.run();
                onDismiss(notice.id);
              }}
            >
              {action.label}
            </button>
          ))}
          <button type="button" className="icon-button" aria-label={m.dialog.dismiss} onClick={() => onDismiss(notice.id)}>
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify needs a NoticeProvider');
  return notify;
}
