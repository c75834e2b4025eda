import { ApiError, isTransportError } from '../data/transport.ts';
import { describeError } from '../../../shared/errors.ts';
import { isMessageKey, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n/index.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/**
 * Every error shown in the renderer, as text (the one path: FormError, BoxMessage and the view
 * messages use it): a lost connection says so (never "invalid data"); a refused import file lists
 * every bad row (row, column, reason and value), one per line; a refusal of the back end is said
 * in words; a text already said is kept.
 */
export function errorText(err: unknown, t: T, lang: Lang): string {
  if (typeof err === 'string') return err;
  if (isTransportError(err)) return t('err.connectionLost');
  if (err instanceof ApiError && err.error.key === 'err.importInvalid') {
    const lines = err.error.issues.map((i) => {
      const p = i.params ?? {};
      return `${t('err.importRow', { row: p.row ?? '', column: String(p.column ?? ''), reason: isMessageKey(i.key) ? t(i.key, p) : i.key })}${p.value ? ` (${p.value})` : ''}`;
    });
    return [t('err.importInvalid', err.error.params), ...lines].join('\n');
  }
  if (err instanceof ApiError) return describeError(err.error, lang);
  return err instanceof Error ? err.message : String(err);
}
