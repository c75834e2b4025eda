import { ApiError } from '../api.ts';
import { describeError } from '../../../shared/errors.ts';
import { isMessageKey, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n/index.ts';

/**
 * An error as text to show: a refused import file lists every bad row (row, column, reason and
 * value), one per line; anything else is one line.
 */
export function errorText(err: unknown, t: (key: MessageKey, params?: MessageParams) => string, lang: Lang): string {
  if (err instanceof ApiError && err.error.key === 'err.importInvalid') {
    const lines = err.error.issues.map((i) => {
      const p = i.params ?? {};
      return `${t('err.importRow', { row: p.row ?? '', column: String(p.column ?? ''), reason: isMessageKey(i.key) ? t(i.key, p) : i.key })}${p.value ? ` (${p.value})` : ''}`;
    });
    return [t('err.importInvalid', err.error.params), ...lines].join('\n');
  }
  return err instanceof ApiError ? describeError(err.error, lang) : String(err);
}
