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
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  testId?: string;
  className?: string;
}) {
  const { t } = useI18n();
  const bad = value.trim() !== '' && displayToIso(value) === null;
  return (
    <label className={className}>
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder="dd/MM/yyyy"
        size={10}
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

/** A day held as YYYY-MM-DD, typed as dd/MM/yyyy: `onIso` hears each day that reads (not what does not). */
export function IsoDayInput({
  label,
  iso,
  onIso,
  testId,
  className,
}: {
  label: string;
  iso: string;
  onIso: (iso: string) => void;
  testId?: string;
  className?: string;
}) {
  const [text, setText] = useState(isoToDisplay(iso));
  // Another value from outside (another plan's settings) replaces the text unless it already says that day.
  useEffect(() => {
    setText((cur) => (displayToIso(cur) === iso ? cur : isoToDisplay(iso)));
  }, [iso]);
  return (
    <DayInput
      label={label}
      value={text}
      testId={testId}
      className={className}
      onChange={(v) => {
        setText(v);
        const next = displayToIso(v);
        if (next) onIso(next);
      }}
    />
  );
}
