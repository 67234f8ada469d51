// What every export carries, set once: the office's name, closing text and media contact in each
// language (a tab per language), its logo, and the folder exports go to.
import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { LANGUAGES, type Language } from '../../core/api';
import type { ExportSettings } from '../../core/export/settings';
import { exportFolderProblem } from '../../core/export/folder';
import { api, chooseFolder } from '../api-client';
import { LANGUAGE_ENDONYMS, useI18n } from '../i18n/I18n';
import { failure } from '../i18n/errors';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotify } from '../ui/Notices';
import { readLogoFile } from './logo-file';

type PerLanguage = 'officeName' | 'boilerplate' | 'mediaContact';
const LIMITS: Record<PerLanguage, number> = { officeName: 300, boilerplate: 5_000, mediaContact: 2_000 };

export function ExportSettingsDialog({ onClose }: { onClose(): void }) {
  const { m, lang } = useI18n();
  const notify = useNotify();
  const [form, setForm] = useState<ExportSettings | null>(null);
  const [tab, setTab] = useState<Language>(lang);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const logoInput = useRef<HTMLInputElement>(null);

  // Loaded once: a language switch must not load the settings again over what is being typed.
  const settingsFailed = useEffectEvent((error: unknown) => {
    notify(failure(m, m.failures.loadSettings, error));
    onClose();
  });
  useEffect(() => {
    api.getSettings({}).then(
      (settings) => setForm(settings.export),
      (error) => settingsFailed(error),
    );
  }, []);

  const setText = (field: PerLanguage, value: string) => setForm((current) => current && { ...current, [field]: { ...current[field], [tab]: value } });

  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    const result = await readLogoFile(file);
    if ('problem' in result) return setLogoProblem(result.problem === 'tooLarge' ? m.settings.logoTooLarge : m.settings.logoUnreadable);
    setLogoProblem(null);
    setForm((current) => current && { ...current, logo: result.dataUrl });
  };

  const typedFolder = form?.defaultFolder?.trim() || null;
  const folderProblem = typedFolder === null ? null : exportFolderProblem(typedFolder);

  const pickFolder = async () => {
    const chosen = await chooseFolder?.(m.settings.defaultFolder);
    if (chosen) setForm((current) => current && { ...current, defaultFolder: chosen });
  };

  const save = async () => {
    if (!form || folderProblem) return;
    setSaving(true);
    try {
      await api.updateSettings({ export: { ...form, defaultFolder: typedFolder } });
      notify(m.settings.saved, 'info');
      onClose();
    } catch (error) {
      notify(failure(m, m.failures.settings, error));
    } finally {
      setSaving(false);
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = LANGUAGES[(LANGUAGES.indexOf(tab) + step + LANGUAGES.length) % LANGUAGES.length];
    setTab(next);
    document.getElementById(`settings-tab-${next}`)?.focus();
  };

  return (
    <ModalDialog titleId="settings-title" testId="export-settings" className="dialog-wide" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="settings-title" className="dialog-title">
          {m.settings.title}
        </h2>
        <p className="dialog-text">{m.settings.intro}</p>
        {!form ? (
          <p className="dialog-text" aria-busy="true">
            {m.app.loading}
          </p>
        ) : (
          <>
            <div className="tabs" role="tablist" aria-label={m.settings.languages} onKeyDown={onTabKey}>
              {LANGUAGES.map((language) => (
                <button
                  key={language}
                  id={`settings-tab-${language}`}
                  type="button"
                  role="tab"
                  className="tab"
                  data-testid={`settings-tab-${language}`}
                  aria-selected={tab === language}
                  aria-controls="settings-panel"
                  tabIndex={tab === language ? 0 : -1}
                  lang={language}
                  onClick={() => setTab(language)}
                >
                  {LANGUAGE_ENDONYMS[language]}
                </button>
              ))}
            </div>
            <div id="settings-panel" className="tab-panel" role="tabpanel" aria-labelledby={`settings-tab-${tab}`} lang={tab}>
              <label className="field">
                <span className="field-label">{m.settings.officeName}</span>
                <input
                  data-testid="settings-office-name"
                  className="input"
                  maxLength={LIMITS.officeName}
                  value={form.officeName[tab]}
                  onChange={(e) => setText('officeName', e.target.value)}
                />
              </label>
              <label className="field">
                <span className="field-label">{m.settings.boilerplate}</span>
                <textarea
                  data-testid="settings-boilerplate"
                  className="input textarea"
                  rows={4}
                  maxLength={LIMITS.boilerplate}
                  aria-describedby="settings-boilerplate-hint"
                  value={form.boilerplate[tab]}
                  onChange={(e) => setText('boilerplate', e.target.value)}
                />
                <span id="settings-boilerplate-hint" className="field-hint">
                  {m.settings.boilerplateHint}
                </span>
              </label>
              <label className="field">
                <span className="field-label">{m.settings.mediaContact}</span>
                <textarea
                  data-testid="settings-media-contact"
                  className="input textarea"
                  rows={2}
                  maxLength={LIMITS.mediaContact}
                  value={form.mediaContact[tab]}
                  onChange={(e) => setText('mediaContact', e.target.value)}
                />
              </label>
            </div>

            <div className="field" role="group" aria-labelledby="settings-logo-label">
              <span id="settings-logo-label" className="field-label">
                {m.settings.logo}
              </span>
              <div className="logo-row">
                <div className="logo-preview">
                  {form.logo ? <img src={form.logo} alt={m.settings.logo} data-testid="settings-logo-preview" /> : <span>{m.settings.noLogo}</span>}
                </div>
                <button type="button" className="button button-small" onClick={() => logoInput.current?.click()}>
                  {m.settings.chooseLogo}
                </button>
                {form.logo && (
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    data-testid="settings-logo-remove"
                    onClick={() => setForm({ ...form, logo: null })}
                  >
                    {m.settings.removeLogo}
                  </button>
                )}
                <input
                  ref={logoInput}
                  type="file"
                  hidden
                  data-testid="settings-logo-input"
                  accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
                  onChange={(e) => {
                    void pickLogo(e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
              </div>
              {logoProblem ? (
                <span className="dialog-problem" role="alert">
                  {logoProblem}
                </span>
              ) : (
                <span className="field-hint">{m.settings.logoHint}</span>
              )}
            </div>

            <label className="field">
              <span className="field-label">{m.settings.defaultFolder}</span>
              <span className="field-row">
                <input
                  data-testid="settings-default-folder"
                  className="input"
                  maxLength={4096}
                  spellCheck={false}
                  aria-describedby="settings-folder-hint"
                  aria-invalid={folderProblem !== null}
                  value={form.defaultFolder ?? ''}
                  onChange={(e) => setForm({ ...form, defaultFolder: e.target.value })}
                />
                {chooseFolder && (
                  <button type="button" className="button" data-testid="settings-choose-folder" onClick={() => void pickFolder()}>
                    {m.settings.chooseFolder}
                  </button>
                )}
              </span>
              <span id="settings-folder-hint" className="field-hint" role={folderProblem ? 'alert' : undefined} data-testid="settings-folder-hint">
                {folderProblem ? m.settings.folderProblems[folderProblem] : m.settings.defaultFolderHint}
              </span>
            </label>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {m.dialog.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="settings-save" disabled={!form || saving || folderProblem !== null}>
            {m.settings.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
