// A button that opens a short list of actions (the workspace's export and file menus); Escape or a
// click elsewhere closes it, arrows move between the items.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon, type IconName } from '../ui/Icon';

export interface MenuAction {
  id: string;
  label: string;
  run(): void;
}

export function ActionMenu({ label, icon, testId, actions, busy }: { label: ReactNode; icon: IconName; testId: string; actions: MenuAction[]; busy?: boolean }) {
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

  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-small"
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={busy || undefined}
        onClick={() => !busy && setOpen((was) => !was)}
      >
        <Icon name={icon} size={15} />
        {label}
        <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <ul className="menu" role="menu" onKeyDown={onKey}>
          {actions.map((action) => (
            <li key={action.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                data-testid={action.id}
                onClick={() => {
                  setOpen(false);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
