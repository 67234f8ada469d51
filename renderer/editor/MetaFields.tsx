// Where, when and in which language: the release's facts above its title (its status has the sign-off bar).
import { LANGUAGES, type Language } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import type { DraftSession, Meta } from './draft-session';
import { EnumOptions } from '../ui/EnumOptions';

export function MetaFields({ meta, session }: { meta: Meta; session: DraftSession }) {
  const { m } = useI18n();
  return (
    <div className="meta-fields">
      <label className="field field-dateline">
        <span className="field-label">{m.editor.dateline}</span>
        <input
          data-testid="field-dateline"
          className="input"
          maxLength={200}
          placeholder={m.editor.datelinePlaceholder}
          value={meta.dateline}
          onChange={(e) => session.setMeta({ dateline: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{m.editor.date}</span>
        <input
          data-testid="field-date"
          type="date"
          className="input"
          value={meta.releaseDate ?? ''}
          onChange={(e) => session.setMeta({ releaseDate: e.target.value || null })}
        />
      </label>
      <label className="field">
        <span className="field-label">{m.editor.language}</span>
        <select
          data-testid="field-language"
          className="select"
          value={meta.language}
          onChange={(e) => session.setMeta({ language: e.target.value as Language })}
        >
          <EnumOptions values={LANGUAGES} labels={m.languages} />
        </select>
      </label>
    </div>
  );
}
