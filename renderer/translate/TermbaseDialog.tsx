// The termbase: the officers' terms listed, added, edited and deleted, and moved in and out as CSV
// or TBX. Registry names are terms too, but they are edited in the registry, not here.
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { LANGUAGES, type Language } from '../../core/api';
import type { Term } from '../../core/translate/termbase';
import { api } from '../api-client';
import { useI18n } from '../i18n/I18n';
import { useDialogs } from '../ui/Dialogs';
import { Icon } from '../ui/Icon';
import { ModalDialog } from '../ui/ModalDialog';
import { useNotify } from '../ui/Notices';
import { failure } from '../i18n/errors';
import { fileBase64, pickFile } from './pick-file';
import { MAX_TERM_CHARS, MAX_TERM_NOTE_CHARS } from '../../core/limits';

interface Form {
  id?: number;
  names: Record<Language, string>;
  note: string;
  forbidden: Record<Language, string>;
}

const BLANK: Form = { names: { az: '', en: '', ru: '' }, note: '', forbidden: { az: '', en: '', ru: '' } };

function toForm(term: Term): Form {
  const forbidden = (lang: Language) => (term.forbidden?.[lang] ?? []).join(', ');
  return {
    id: Number(term.id),
    names: { az: term.az, en: term.en, ru: term.ru },
    note: term.note ?? '',
    forbidden: { az: forbidden('az'), en: forbidden('en'), ru: forbidden('ru') },
  };
}

function variants(text: string): string[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export function TermbaseDialog({ onClose }: { onClose(): void }) {
  const { m } = useI18n();
  const notify = useNotify();
  const dialogs = useDialogs();
  const [terms, setTerms] = useState<Term[] | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = () => api.listTerms({}).then(setTerms, (error: unknown) => notify(failure(m, m.translate.failures.terms, error)));
  // Loaded on opening; after that, each change reloads. A language switch does not.
  const loadOnOpen = useEffectEvent(() => void reload());
  useEffect(() => loadOnOpen(), []);

  const attempt = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      notify(failure(m, m.translate.failures.terms, error));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    if (LANGUAGES.some((lang) => !form.names[lang].trim())) return setProblem(m.translate.termRequired);
    setProblem(null);
    void attempt(async () => {
      const forbidden = Object.fromEntries(LANGUAGES.map((lang) => [lang, variants(form.forbidden[lang])]).filter(([, list]) => list.length));
      await api.saveTerm({
        id: form.id,
        term: { ...form.names, ...(form.note.trim() && { note: form.note.trim() }), ...(Object.keys(forbidden).length && { forbidden }) },
      });
      notify(m.translate.termSaved, 'info');
      setForm(null);
      await reload();
    });
  };

  const remove = async (term: Term) => {
    const confirmed = await dialogs.confirm({
      title: m.translate.deleteTermConfirm(term.az),
      text: `${term.en} · ${term.ru}`,
      ok: m.translate.deleteTerm,
      danger: true,
    });
    if (confirmed)
      await attempt(async () => {
        await api.deleteTerm({ id: Number(term.id) });
        await reload();
      });
  };

  const importFile = () =>
    attempt(async () => {
      const file = await pickFile('.csv,.tbx,.xml');
      if (!file) return;
      const result = await api.importTerms({ format: /\.csv$/i.test(file.name) ? 'csv' : 'tbx', data: await fileBase64(file) });
      notify(m.translate.termsImported(result.added, result.skipped), result.problems.length ? 'error' : 'info');
      await reload();
    });

  const exportAs = (format: 'csv' | 'tbx') => attempt(async () => notify(m.translate.saved((await api.exportTerms({ format })).path), 'info'));

  return (
    <ModalDialog titleId="termbase-title" testId="termbase" className="termbase-dialog" onClose={onClose}>
      <h2 id="termbase-title" className="dialog-title">
        {m.translate.termbaseTitle}
      </h2>
      <div className="termbase-tools">
        <button type="button" className="button button-small" data-testid="term-add" onClick={() => setForm(BLANK)}>
          <Icon name="plus" size={15} />
          {m.translate.addTerm}
        </button>
        <button type="button" className="button button-small" onClick={() => void importFile()}>
          <Icon name="import" size={15} />
          {m.translate.importTerms}
        </button>
        <button type="button" className="button button-small" onClick={() => void exportAs('csv')}>
          {m.translate.exportCsv}
        </button>
        <button type="button" className="button button-small" onClick={() => void exportAs('tbx')}>
          {m.translate.exportTbx}
        </button>
      </div>
      {form && (
        <form className="term-form" onSubmit={submit} aria-label={form.id ? m.translate.editTerm : m.translate.addTerm}>
          {LANGUAGES.map((lang) => (
            <label key={lang} className="field">
              <span className="field-label">{m.languages[lang]}</span>
              <input
                className="input"
                data-testid={`term-${lang}`}
                maxLength={MAX_TERM_CHARS}
                value={form.names[lang]}
                onChange={(e) => setForm({ ...form, names: { ...form.names, [lang]: e.target.value } })}
              />
              <input
                className="input input-small"
                aria-label={`${m.translate.forbiddenVariants}: ${m.languages[lang]}`}
                placeholder={m.translate.forbiddenVariants}
                value={form.forbidden[lang]}
                onChange={(e) => setForm({ ...form, forbidden: { ...form.forbidden, [lang]: e.target.value } })}
              />
            </label>
          ))}
          <label className="field">
            <span className="field-label">{m.translate.note}</span>
            <input className="input" maxLength={MAX_TERM_NOTE_CHARS} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          </label>
          {problem && (
            <span className="dialog-problem" role="alert">
              {problem}
            </span>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setForm(null)}>
              {m.dialog.cancel}
            </button>
            <button type="submit" className="button button-primary" data-testid="term-save">
              {m.translate.saveTerm}
            </button>
          </div>
        </form>
      )}
      {terms && terms.length === 0 && <p className="help-empty">{m.translate.noTermsYet}</p>}
      <table className="term-table">
        <tbody>
          {terms?.map((term) => (
            <tr key={term.id} data-testid="term-row">
              <td lang="az">{term.az}</td>
              <td lang="en">{term.en}</td>
              <td lang="ru">{term.ru}</td>
              <td className="term-row-actions">
                <button type="button" className="button button-small button-quiet" onClick={() => setForm(toForm(term))}>
                  {m.translate.editTerm}
                </button>
                <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove(term)}>
                  {m.translate.deleteTerm}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="termbase-close" onClick={onClose}>
          {m.dialog.close}
        </button>
      </div>
    </ModalDialog>
  );
}
