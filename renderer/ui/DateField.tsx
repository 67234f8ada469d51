// A calendar day typed as the UI language writes it (15.05.2024 in Azerbaijani and Russian,
// 15/05/2024 in English) and kept as YYYY-MM-DD. Chromium's own date input follows the browser's
// locale, not the page's, and showed mm/dd/yyyy in the Azerbaijani interface; it also took three Tab
// stops where this takes one.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { dateFieldText, parseDateField } from '../i18n/format';

interface Props {
  value: string;
  onChange(iso: string): void;
  testId?: string;
  className?: string;
  ariaLabel?: string;
}

export function DateField({ value, onChange, testId, className = 'input', ariaLabel }: Props) {
  const { m } = useI18n();
  const [text, setText] = useState(() => dateFieldText(m, value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(dateFieldText(m, value));
    setInvalid(false);
  }, [value, m]);

  const commit = () => {
    const iso = parseDateField(text);
    if (iso === null) return setInvalid(true);
    setInvalid(false);
    if (iso !== value) onChange(iso);
    else setText(dateFieldText(m, value));
  };
  return (
    <input
      data-testid={testId}
      data-value={value}
      type="text"
      inputMode="numeric"
      className={className}
      placeholder={m.dateFormat}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        // A whole day is taken at once, so a save right after typing it already has it.
        const iso = parseDateField(e.target.value);
        if (iso) {
          setInvalid(false);
          if (iso !== value) onChange(iso);
        }
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
