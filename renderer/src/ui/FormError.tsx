import { useI18n } from '../i18n.tsx';
import { errorText } from './errorText.ts';

/**
 * The error of a form, dialog or view, announced to screen readers: an error as caught (a lost
 * connection, a refusal of the back end, an import's bad rows) or a text already said; nothing
 * when there is none.
 */
export function FormError({ error, testId, className }: { error: unknown; testId?: string; className?: string }) {
  const { t, lang } = useI18n();
  if (error === null || error === undefined || error === '') return null;
  return (
    <p className={className ? `form-error ${className}` : 'form-error'} role="alert" data-testid={testId}>
      {errorText(error, t, lang)}
    </p>
  );
}
