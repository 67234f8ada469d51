// A calendar day typed as the UI language writes it (15.05.2024 in Azerbaijani and Russian,
// 15/05/2024 in English) and kept as YYYY-MM-DD; with `time`, a day and a 24-hour time
// (15.05.2024 10:30) kept as YYYY-MM-DDTHH:MM. Chromium's own date and datetime-local inputs follow
// the browser's locale, not the page's, and showed mm/dd/yyyy in the Azerbaijani interface; they also
// took three Tab stops or more where this takes one.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { dateFieldText, dateTimeFieldText, parseDateField, parseDateTimeField } from '../i18n/format';

interface Props {
  value: string;
  onChange(iso: string): void;
  time?: boolean;
  testId?: string;
  className?: string;
  ariaLabel?: string;
}

export function DateField({ value, onChange, time = false, testId, className = 'input', ariaLabel }: Props) {
  const { m } = useI18n();
  const [fieldText, parse] = time ? [dateTimeFieldText, parseDateTimeField] : [dateFieldText, parseDateField];
  const [text, setText] = useState(() => fieldText(m, value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(fieldText(m, value));
    setInvalid(false);
  }, [value, m, fieldText]);

  const commit = () => {
    const iso = parse(text);
    if (iso === null) return setInvalid(true);
    setInvalid(false);
    if (iso !== value) onChange(iso);
    else setText(fieldText(m, value));
  };
  return (
    <input
      data-testid={testId}
      data-value={value}
      type="text"
      inputMode="numeric"
      className={className}
      placeholder={time ? `${m.dateFormat} ${m.timeFormat}` : m.dateFormat}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        // A whole day is taken at once, so a save right after typing it already has it.
        const iso = parse(e.target.value);
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
