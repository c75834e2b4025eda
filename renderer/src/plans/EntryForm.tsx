/**
 * What the plan's own lists (target sets, baselines) share: the form adding or editing one entry,
 * and its refusal said field by field.
 */
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { FormError } from '../ui/FormError.tsx';
import { isMessageKey, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n/index.ts';

/** An entry's form: its fields, the refusal of its last save, then `buttons` before save and cancel; Enter saves. */
export function EntryForm({
  label,
  error,
  saveLabel,
  cancelLabel,
  onSave,
  onCancel,
  buttons,
  children,
}: {
  label: string;
  error: string | null;
  saveLabel: string;
  cancelLabel: string;
  onSave: () => void;
  onCancel: () => void;
  buttons?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      className="target-set-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {children}
      <FormError error={error} />
      <div className="row">
        {buttons}
        <button type="submit">{saveLabel}</button>
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </form>
  );
}

type T = (key: MessageKey, params?: MessageParams) => string;

/**
 * A save's refusal, each issue said by `named` (its field, by the form's label, and the reason) and
 * joined; anything else (a lost connection) as every error is said (errorText).
 */
export function issuesText(err: unknown, t: T, lang: Lang, named: (field: string, reason: string) => string): string {
  if (!(err instanceof ApiError)) return errorText(err, t, lang);
  const issues =
    err.error.issues.length > 0 ? err.error.issues : [{ field: '', key: err.error.key, params: err.error.params }];
  return issues.map((i) => named(i.field, isMessageKey(i.key) ? t(i.key, i.params) : i.key)).join('; ');
}
