// A modal <dialog> for the larger dialogs (import, export, settings): opened as modal on mount, so
// focus moves into it and stays there, and Escape asks `onClose` rather than closing by itself —
// a dialog that is busy may decline.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  titleId: string;
  testId: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalDialog({ titleId, testId, className, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    opener.current = document.activeElement;
    dialog?.showModal();
    return () => {
      dialog?.close();
      // Back to where the user was, as a native dialog would.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
