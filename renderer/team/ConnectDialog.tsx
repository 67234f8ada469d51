// "Connect to the office": the office server's address, the user and the password. The host signs
// in and keeps the token (the OS keychain in the desktop app), never the password; a wrong password
// is said in the dialog, which stays open to try again.
import { useState } from 'react';
import { ApiError } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import { describeError } from '../i18n/errors';
import { ModalDialog } from '../ui/ModalDialog';
import { joinOffice } from './status';
import { useTeam } from './TeamContext';

export function ConnectDialog({ onClose, onJoined }: { onClose(): void; onJoined(): void }) {
  const { m } = useI18n();
  const { refresh } = useTeam();
  const [server, setServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const join = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await joinOffice({ server: server.trim(), user: user.trim(), password });
      await refresh();
      onJoined();
      onClose();
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.issues.includes('wrong_password')) setProblem(m.team.wrongPassword);
      else if (error instanceof ApiError && error.code === 'unavailable') setProblem(m.team.unreachable);
      else setProblem(describeError(m, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog titleId="connect-title" testId="connect-dialog" onClose={() => !busy && onClose()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <h2 id="connect-title" className="dialog-title">
          {m.team.connectTitle}
        </h2>
        <p className="dialog-text">{m.team.connectHint}</p>
        <label className="field">
          <span className="field-label">{m.team.server}</span>
          <input
            data-testid="connect-server"
            className="input"
            required
            maxLength={2000}
            placeholder="wss://pressdesk.office.example"
            pattern="wss?://.+"
            value={server}
            onChange={(e) => setServer(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{m.team.user}</span>
          <input
            data-testid="connect-user"
            className="input"
            required
            maxLength={200}
            autoComplete="username"
            value={user}
            onChange={(e) => setUser(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{m.team.password}</span>
          <input
            data-testid="connect-password"
            className="input"
            type="password"
            required
            maxLength={1000}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {problem && (
          <p className="dialog-error" role="alert" data-testid="connect-problem">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {m.dialog.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="connect-submit" disabled={busy}>
            {busy ? m.team.connecting : m.team.connectOk}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
