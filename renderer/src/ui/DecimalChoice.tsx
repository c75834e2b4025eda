import { useI18n } from '../i18n.tsx';
import { ApiError } from '../api.ts';
import { readNumber, type DecimalMark } from '../../../shared/import/numbers.ts';

/** How a value reads under a mark, as a Vietnamese reader writes it ("1250", "1,25"). */
function reading(value: string, mark: DecimalMark): string {
  const e = readNumber(value, mark);
  return e ? `${e.negative ? '-' : ''}${e.int}${e.frac ? `,${e.frac}` : ''}` : '—';
}

/** The question for a column whose numbers read two ways: which mark is its decimal mark, shown on one of its values. */
export function DecimalChoice({
  column,
  example,
  value,
  testId,
  onChange,
}: {
  column: string;
  example: string;
  value: DecimalMark | undefined;
  testId: string;
  onChange(mark: DecimalMark): void;
}) {
  const { t } = useI18n();
  return (
    <label className="decimal-choice">
      {t('num.askDecimal', { column, value: example })}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value as DecimalMark)} data-testid={testId}>
        <option value="">{t('fin.unitChoose')}</option>
        <option value=",">{t('num.decimalComma', { value: example, reading: reading(example, ',') })}</option>
        <option value=".">{t('num.decimalDot', { value: example, reading: reading(example, '.') })}</option>
      </select>
    </label>
  );
}

/** The first column a refused import asks about, when asking is all it was refused for; else null. */
export function onlyAmbiguous(err: unknown): { column: string; value: string } | null {
  if (
    !(err instanceof ApiError) ||
    err.error.key !== 'err.importInvalid' ||
    !err.error.issues.every((i) => i.key === 'err.decimalAmbiguous')
  )
    return null;
  const p = err.error.issues[0]?.params;
  return p ? { column: String(p.column ?? ''), value: String(p.value ?? '') } : null;
}
