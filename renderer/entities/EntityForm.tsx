// An entity's names, other names and title in the three languages, for a new entry or an edit.
// Only the Azerbaijani name is required: the others are often not known when an entry is added.
import { useState, type FormEvent, type ReactNode } from 'react';
import { LANGUAGES, type Entity, type EntityInput, type Language } from '../../core/api';
import { ENTITY_KINDS, type EntityKind } from '../../core/registry/types';
import { useI18n } from '../i18n/I18n';
import { EnumOptions } from '../ui/EnumOptions';

interface Props {
  entity: Entity | null;
  busy: boolean;
  onSave(input: EntityInput): void;
  onCancel(): void;
}

type PerLanguage = Record<Language, string>;
const perLanguage = (read: (lang: Language) => string | undefined): PerLanguage =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, read(lang) ?? ''])) as PerLanguage;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function EntityForm({ entity, busy, onSave, onCancel }: Props) {
  const { m } = useI18n();
  const [kind, setKind] = useState<EntityKind>(entity?.kind ?? 'person');
  const [names, setNames] = useState(() => perLanguage((lang) => entity?.names[lang] ?? undefined));
  const [aliases, setAliases] = useState(() => perLanguage((lang) => entity?.aliases[lang]?.join('\n')));
  const [title, setTitle] = useState(() => perLanguage((lang) => entity?.title[lang]));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!names.az.trim()) return setProblem(m.tagging.nameRequired);
    const optional = (value: string) => value.trim() || null;
    onSave({
      kind,
      names: { az: names.az.trim(), en: optional(names.en), ru: optional(names.ru) },
      aliases: Object.fromEntries(LANGUAGES.filter((lang) => lines(aliases[lang]).length).map((lang) => [lang, lines(aliases[lang])])),
      title: Object.fromEntries(LANGUAGES.filter((lang) => title[lang].trim()).map((lang) => [lang, title[lang].trim()])),
      affiliation: entity?.affiliation ?? null,
    });
  };

  return (
    <form className="entity-form" data-testid="entity-form" onSubmit={submit}>
      <label className="field">
        <span className="field-label">{m.tagging.kind}</span>
        <select data-testid="entity-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
          <EnumOptions values={ENTITY_KINDS} labels={m.tagging.kinds} />
        </select>
      </label>
      <div className="entity-form-grid">
        <span />
        <span className="field-label">{m.tagging.name}</span>
        <span className="field-label">{m.tagging.aliasesHint}</span>
        {kind === 'person' ? <span className="field-label">{m.tagging.title}</span> : <span />}
        {LANGUAGES.map((lang) => (
          <FormRow key={lang} lang={lang}>
            <input
              data-testid={`entity-name-${lang}`}
              className="input"
              lang={lang}
              aria-label={`${m.tagging.name}: ${m.languages[lang]}`}
              aria-invalid={lang === 'az' && problem ? true : undefined}
              maxLength={300}
              value={names[lang]}
              onChange={(e) => {
                setNames({ ...names, [lang]: e.target.value });
                setProblem(null);
              }}
            />
            <textarea
              className="input entity-aliases"
              lang={lang}
              rows={2}
              aria-label={`${m.tagging.aliases}: ${m.languages[lang]}`}
              value={aliases[lang]}
              onChange={(e) => setAliases({ ...aliases, [lang]: e.target.value })}
            />
            {kind === 'person' ? (
              <input
                className="input"
                lang={lang}
                aria-label={`${m.tagging.title}: ${m.languages[lang]}`}
                maxLength={300}
                value={title[lang]}
                onChange={(e) => setTitle({ ...title, [lang]: e.target.value })}
              />
            ) : (
              <span />
            )}
          </FormRow>
        ))}
      </div>
      {problem && (
        <p className="dialog-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {m.dialog.cancel}
        </button>
        <button type="submit" className="button button-primary" data-testid="entity-save" disabled={busy}>
          {m.tagging.save}
        </button>
      </div>
    </form>
  );
}

function FormRow({ lang, children }: { lang: Language; children: ReactNode }) {
  const { m } = useI18n();
  return (
    <>
      <span className="entity-form-lang">{m.languages[lang]}</span>
      {children}
    </>
  );
}
