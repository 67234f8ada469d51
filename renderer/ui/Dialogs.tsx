// Modal questions as promises: `await confirm(...)`, `await prompt(...)`. Built on <dialog> because
// Electron has no window.prompt and window.confirm blocks the whole renderer, autosave included.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

interface ConfirmRequest {
  title: string;
  text?: string;
  ok: string;
  cancel?: string;
  danger?: boolean;
}

interface PromptRequest extends ConfirmRequest {
  label: string;
  value: string;
  /** Returns the message to show when the value cannot be accepted. */
  validate?(value: string): string | null;
  /** A third button (e.g. "Remove link"); choosing it resolves to `{ extra: true }`. */
  extra?: string;
}

export type PromptResult = { value: string } | { extra: true } | null;

interface Dialogs {
  confirm(request: ConfirmRequest): Promise<boolean>;
  prompt(request: PromptRequest): Promise<PromptResult>;
}

type Open = { request: PromptRequest | ConfirmRequest; resolve(result: PromptResult): void };

const DialogContext = createContext<Dialogs | null>(null);

export function DialogProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Open | null>(null);
  const ask = useCallback(
    (request: PromptRequest | ConfirmRequest) =>
      new Promise<PromptResult>((resolve) => {
        setOpen((previous) => {
          previous?.resolve(null);
          return { request, resolve };
        });
      }),
    [],
  );
  const dialogs = useMemo<Dialogs>(
    () => ({
      confirm: async (request) => (await ask(request)) !== null,
      prompt: (request) => ask(request),
    }),
    [ask],
  );
  const close = (result: PromptResult) => {
    open?.resolve(result);
    setOpen(null);
  };
  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {open && <Dialog request={open.request} onClose={close} />}
    </DialogContext.Provider>
  );
}

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogContext);
  if (!dialogs) throw new Error('useDialogs needs a DialogProvider');
  return dialogs;
}

function Dialog({ request, onClose }: { request: PromptRequest | ConfirmRequest; onClose(result: PromptResult): void }) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const prompt = 'label' in request ? request : null;
  const [value, setValue] = useState(prompt?.value ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const submit = () => {
    const trimmed = value.trim();
    const message = prompt?.validate?.(trimmed) ?? null;
    if (message) return setProblem(message);
    onClose({ value: trimmed });
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose(null);
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="dialog-title" className="dialog-title">
          {request.title}
        </h2>
        {request.text && <p className="dialog-text">{request.text}</p>}
        {prompt && (
          <label className="field">
            <span className="field-label">{prompt.label}</span>
            <input
              data-testid="dialog-input"
              className="input"
              value={value}
              autoFocus
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'dialog-problem' : undefined}
              onChange={(event) => {
                setValue(event.target.value);
                setProblem(null);
              }}
            />
          </label>
        )}
        {problem && (
          <p id="dialog-problem" className="dialog-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          {prompt?.extra && (
            <button type="button" className="button button-quiet dialog-extra" onClick={() => onClose({ extra: true })}>
              {prompt.extra}
            </button>
          )}
          <button type="button" data-testid="confirm-cancel" className="button" onClick={() => onClose(null)}>
            {request.cancel ?? m.dialog.cancel}
          </button>
          <button type="submit" data-testid="confirm-ok" className={request.danger ? 'button button-danger' : 'button button-primary'} autoFocus={!prompt}>
            {request.ok}
          </button>
        </div>
      </form>
    </dialog>
  );
}
