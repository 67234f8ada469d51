// A button that opens a short list of actions (export, translate, the workspace's files). Escape, Tab
// or a click elsewhere closes it; arrows, Home and End move between the items.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export interface MenuAction {
  id: string;
  label: string;
  icon?: IconName;
  /** Drawn with a line above it, to set it apart from the actions before. */
  separated?: boolean;
  run(): void;
}

interface Props {
  label: ReactNode;
  icon: IconName;
  testId: string;
  actions: MenuAction[];
  /** While busy the button stays focusable (a disabled one would drop the focus) but does not open. */
  busy?: boolean;
  ariaLabel?: string;
  className?: string;
}

export function ActionMenu({ label, icon, testId, actions, busy, ariaLabel, className }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key in move) {
      event.preventDefault();
      items[(move[event.key] + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className={className ? `button button-small ${className}` : 'button button-small'}
        data-testid={testId}
        title={typeof label === 'string' ? label : ariaLabel}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={busy || undefined}
        onClick={() => !busy && setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open && !busy) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name={icon} size={15} />
        <span className="menu-label">{label}</span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <ul className="menu" role="menu" aria-label={ariaLabel} onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <li key={action.id} role="none" className={action.separated ? 'menu-separated' : undefined}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                data-testid={action.id}
                onClick={() => {
                  setOpen(false);
                  button.current?.focus();
                  action.run();
                }}
              >
                {action.icon && <Icon name={action.icon} size={15} />}
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
