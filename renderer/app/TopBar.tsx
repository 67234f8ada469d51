// App name, the main actions (new, import), the history switch, the officer, export settings and the interface language.
import { LANGUAGES, type Language } from '../../core/api';
import { withShortcut } from '../editor/shortcut';
import { LANGUAGE_ENDONYMS, useI18n } from '../i18n/I18n';
import { Icon } from '../ui/Icon';
import { IconButton } from '../ui/IconButton';
import { useOfficer } from '../signoff/OfficerContext';
import { TeamLink } from '../team/TeamLink';

interface Props {
  historyOpen: boolean;
  historyAvailable: boolean;
  onNew(): void;
  onImport(): void;
  onExportSettings(): void;
  onOfficer(): void;
  onConnect(): void;
  onToggleHistory(): void;
  onLanguage(lang: Language): void;
}

export function TopBar({ historyOpen, historyAvailable, onNew, onImport, onExportSettings, onOfficer, onConnect, onToggleHistory, onLanguage }: Props) {
  const { m, lang } = useI18n();
  const { officer } = useOfficer();
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Pressdesk</span>
      </div>
      <button type="button" className="button button-primary" data-testid="new-release" title={withShortcut(m.app.newRelease, 'N')} onClick={onNew}>
        <Icon name="plus" size={16} />
        {m.app.newRelease}
      </button>
      <button type="button" className="button" data-testid="import-button" title={withShortcut(m.app.import, 'O')} onClick={onImport}>
        <Icon name="import" size={16} />
        {m.app.import}
      </button>
      <div className="topbar-spacer" />
      <button
        type="button"
        className={historyOpen ? 'button button-quiet button-toggled' : 'button button-quiet'}
        data-testid="history-toggle"
        aria-pressed={historyOpen}
        disabled={!historyAvailable}
        onClick={onToggleHistory}
      >
        <Icon name="history" size={16} />
        {m.app.history}
      </button>
      <TeamLink onConnect={onConnect} />
      <button type="button" className="button button-quiet" data-testid="officer-button" title={m.signoff.officerTitle} onClick={onOfficer}>
        {officer?.name ? `${officer.name} · ${m.signoff.roles[officer.role]}` : m.signoff.officer}
      </button>
      <IconButton icon="settings" label={m.app.exportSettings} className="topbar-icon" size={18} testId="export-settings-button" onClick={onExportSettings} />
      <select
        data-testid="ui-language"
        className="select select-small"
        aria-label={m.app.uiLanguage}
        title={m.app.uiLanguage}
        value={lang}
        onChange={(e) => onLanguage(e.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_ENDONYMS[language]}
          </option>
        ))}
      </select>
    </header>
  );
}
