import { useEffect, useState } from 'react';
import { useI18n } from '../i18n.tsx';
import { displayToIso, isoToDisplay } from '../../../shared/scenario/operation-date.ts';

/**
 * A day typed dd/MM/yyyy (the administrative convention), never the browser's date picker whose
 * format follows the computer's locale. Text that is not a day is said beside it, naming the field.
 */
export function DayInput({
  label,
  value,
  onChange,
  testId,
  className,
  placeholder = 'dd/MM/yyyy',
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  testId?: string;
  className?: string;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const bad = value.trim() !== '' && displayToIso(value) === null;
  return (
    <label className={className}>
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        size={Math.max(10, placeholder.length)}
        value={value}
        aria-invalid={bad}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {bad && (
        <span className="field-error" role="alert">
          {t('err.dayField', { field: label })}
        </span>
      )}
    </label>
  );
}

/** A day held as YYYY-MM-DD as typed, dd/MM/yyyy; none ('') as nothing. */
const shown = (iso: string) => (iso === '' ? '' : isoToDisplay(iso));
/** What a field's text holds: the day, '' when emptied and that is allowed, else null. */
const readDay = (text: string, blankable: boolean) => (blankable && text.trim() === '' ? '' : displayToIso(text));

/**
 * A day held as YYYY-MM-DD, typed as dd/MM/yyyy: `onIso` hears each day that reads (not what does
 * not). `blank`: the field may be emptied (held as ''), the placeholder saying what that means.
 */
export function IsoDayInput({
  label,
  iso,
  onIso,
  testId,
  className,
  blank,
}: {
  label: string;
  iso: string;
  onIso: (iso: string) => void;
  testId?: string;
  className?: string;
  blank?: string;
}) {
  const blankable = blank !== undefined;
  const [text, setText] = useState(shown(iso));
  // Another value from outside (another plan's settings) replaces the text unless it already says that day.
  useEffect(() => {
    setText((cur) => (readDay(cur, blankable) === iso ? cur : shown(iso)));
  }, [iso, blankable]);
  return (
    <DayInput
      label={label}
      value={text}
      testId={testId}
      className={className}
      {...(blank !== undefined ? { placeholder: blank } : {})}
      onChange={(v) => {
        setText(v);
        const next = readDay(v, blankable);
        if (next !== null) onIso(next);
      }}
    />
  );
}
