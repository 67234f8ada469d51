// "Export" at the end of the editor's toolbar: the open release as HTML, DOCX or PDF into the export
// folder, or its HTML for the website copied to the clipboard. Exports read the stored release, so
// what is typed is saved first.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/api';
import { api } from '../api-client';
import type { DraftSession } from '../editor/draft-session';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { Icon } from '../ui/Icon';
import { useNotify } from '../ui/Notices';
import { copyHtml } from './clipboard';

type Action = ExportFormat | 'copy';

export function ExportMenu({ session }: { session: DraftSession }) {
  const { m } = useI18n();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const run = async (action: Action) => {
    setOpen(false);
    button.current?.focus();
    setBusy(true);
    try {
      if (!(await session.flush())) return notify(m.export.cannotExport);
      if (action === 'copy') {
        const { html, text } = await api.getHtmlFragment({ id: session.id });
        notify((await copyHtml(html, text)) === 'html' ? m.export.copied : m.export.copiedText, 'info');
      } else {
        const file = await api.exportRelease({ id: session.id, format: action });
        notify(m.export.saved(file.path), 'info');
      }
    } catch (error) {
      notify(failure(m, action === 'copy' ? 'copy' : 'export', error));
    } finally {
      setBusy(false);
    }
  };

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

  const labels: Record<Action, string> = { html: m.export.html, docx: m.export.docx, pdf: m.export.pdf, copy: m.export.copyHtml };
  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className="button button-small export-button"
        data-testid="export-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-disabled={busy || undefined}
        // Not disabled while busy: a disabled button would drop the keyboard focus.
        onClick={() => !busy && setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open && !busy) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <Icon name="export" size={15} />
        {busy ? m.export.working : m.export.menu}
        <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <ul ref={menu} className="menu" role="menu" aria-label={m.export.menu} onKeyDown={onMenuKey}>
          {[...EXPORT_FORMATS, 'copy' as const].map((action) => (
            <li key={action} role="none" className={action === 'copy' ? 'menu-separated' : undefined}>
              <button type="button" role="menuitem" tabIndex={-1} className="menu-item" data-testid={`export-${action}`} onClick={() => void run(action)}>
                <Icon name={action === 'copy' ? 'copy' : 'file'} size={15} />
                {labels[action]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
