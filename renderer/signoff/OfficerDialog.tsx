// The officer of this single-user library: the name and role every recorded action is signed with.
import { useEffect, useEffectEvent, useState } from 'react';
import { ROLES, type Officer, type Role } from '../../core/api';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { EnumOptions } from '../ui/EnumOptions';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotify } from '../ui/Notices';

export function OfficerDialog({ onClose, onSaved }: { onClose(): void; onSaved(officer: Officer): void }) {
  const { m } = useI18n();
  const notify = useNotify();
  const [officer, setOfficer] = useState<Officer | null>(null);

  // Loaded once: a language switch must not load the officer again over what is being typed.
  const settingsFailed = useEffectEvent((error: unknown) => notify(failure(m, m.failures.loadSettings, error)));
  useEffect(() => {
    api.getSettings({}).then(
      (settings) => setOfficer(settings.officer),
      (error: unknown) => settingsFailed(error),
    );
  }, []);

  const save = async () => {
    if (!officer) return;
    try {
      const settings = await api.updateSettings({ officer });
      onSaved(settings.officer);
      onClose();
    } catch (error) {
      notify(failure(m, m.failures.settings, error));
    }
  };

  return (
    <ModalDialog titleId="officer-title" testId="officer-dialog" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="officer-title" className="dialog-title">
          {m.signoff.officerTitle}
        </h2>
        <p className="dialog-text">{m.signoff.officerHint}</p>
        {officer && (
          <>
            <label className="field">
              <span className="field-label">{m.signoff.officerName}</span>
              <input
                data-testid="officer-name"
                className="input"
                maxLength={200}
                value={officer.name}
                onChange={(e) => setOfficer({ ...officer, name: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field-label">{m.signoff.officerRole}</span>
              <select
                data-testid="officer-role"
                className="select"
                value={officer.role}
                onChange={(e) => setOfficer({ ...officer, role: e.target.value as Role })}
              >
                <EnumOptions values={ROLES} labels={m.signoff.roles} />
              </select>
            </label>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {m.dialog.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="officer-save" disabled={!officer}>
            {m.dialog.ok}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
