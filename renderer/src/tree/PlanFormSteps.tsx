/** The steps the merge wizard and the split form share: the year the operation applies in, the buttons that end the form, the findings of its preview. */
import type { Result } from '../../../shared/contract/index.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { useI18n } from '../i18n.tsx';

/** The year the operation applies in (01/01); a change starts the check again (`onChange`). */
export function YearField({ year, onChange }: { year: string; onChange: (year: string) => void }) {
  const { t } = useI18n();
  return (
    <label className="inline-field">
      {t('op.form.year')}
      <input type="number" value={year} min={1990} max={2100} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** The form's last buttons: the step that goes on (submits the form) and cancel. */
export function DialogButtons({
  submitLabel,
  disabled,
  onCancel,
}: {
  submitLabel: string;
  disabled: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" className="primary" disabled={disabled}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </>
  );
}

type PreviewMessage = Result<'scenario.preview'>['notices'][number] | Result<'scenario.preview'>['findings'][number];

/**
 * What the preview found for the units the operation makes: a note (a value to verify) said as a
 * note, never as a warning; each with its unit's code when the operation makes several (`withUnit`).
 */
export function PreviewFindings({
  messages,
  title,
  none,
  withUnit,
}: {
  messages: readonly PreviewMessage[];
  title: MessageKey;
  none: MessageKey;
  withUnit: boolean;
}) {
  const { t } = useI18n();
  if (messages.length === 0) return <p className="muted">{t(none)}</p>;
  return (
    <>
      <p>{t(title)}</p>
      <ul className="wizard-findings">
        {messages.map((m, i) => {
          const note = 'severity' in m && m.severity === 'note';
          return (
            <li key={i} className={note ? 'op-preview-note muted' : 'op-preview-warning'}>
              {note ? `${t('severity.note')} — ` : '⚠ '}
              {withUnit && `${m.unitCode}: `}
              {t(m.key, m.params)}
            </li>
          );
        })}
      </ul>
    </>
  );
}
