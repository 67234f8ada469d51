// Where, when and in which language: the release's facts above its title (its status has the sign-off bar).
import { LANGUAGES, type Language } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import type { DraftSession, Meta } from './draft-session';
import { DateField } from '../ui/DateField';
import { EnumOptions } from '../ui/EnumOptions';
import { MAX_DATELINE_CHARS } from '../../core/limits';

export function MetaFields({ meta, session }: { meta: Meta; session: DraftSession }) {
  const { m } = useI18n();
  return (
    <div className="meta-fields">
      <label className="field field-dateline">
        <span className="field-label">{m.editor.dateline}</span>
        <input
          data-testid="field-dateline"
          className="input"
          maxLength={MAX_DATELINE_CHARS}
          placeholder={m.editor.datelinePlaceholder}
          value={meta.dateline}
          onChange={(e) => session.setMeta({ dateline: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{m.editor.date}</span>
        <DateField testId="field-date" value={meta.releaseDate ?? ''} onChange={(iso) => session.setMeta({ releaseDate: iso || null })} />
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
