// Where, when, in which language, and how far along: the release's facts above its title.
import { LANGUAGES, STATUSES, type Language, type Status } from '../../core/api';
import { useI18n } from '../i18n/I18n';
import type { DraftSession, Meta } from './draft-session';
import { DateField } from '../ui/DateField';
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
      <label className="field">
        <span className="field-label">{m.editor.status}</span>
        <select
          data-testid="field-status"
          className={`select select-status status-${meta.status}`}
          value={meta.status}
          onChange={(e) => session.setMeta({ status: e.target.value as Status })}
        >
          <EnumOptions values={STATUSES} labels={m.statuses} />
        </select>
      </label>
    </div>
  );
}
