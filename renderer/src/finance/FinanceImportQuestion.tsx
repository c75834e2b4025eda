import { useState } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { AMOUNT_UNITS, type AmountUnit } from '../../../shared/autonomy/money-unit.ts';
import { DecimalChoice } from '../ui/DecimalChoice.tsx';
import type { DecimalMark } from '../../../shared/import/numbers.ts';

/** A figures file being imported, with what it does not say and the answers given so far. */
export interface ImportQuestions {
  fileName: string;
  data: string;
  unit: AmountUnit | undefined;
  decimals: Record<string, DecimalMark>;
  askUnit: boolean;
  ambiguous: Array<{ column: string; value: string }>;
}

/** The questions a refused import asks, when they are all it was refused for; else null. */
export function questionsOf(
  err: unknown,
  asked: Omit<ImportQuestions, 'askUnit' | 'ambiguous'>,
): ImportQuestions | null {
  if (!(err instanceof ApiError) || err.error.key !== 'err.importInvalid') return null;
  const issues = err.error.issues;
  if (!issues.every((i) => i.key === 'err.figuresUnitMissing' || i.key === 'err.decimalAmbiguous')) return null;
  return {
    ...asked,
    askUnit: issues.some((i) => i.key === 'err.figuresUnitMissing'),
    ambiguous: issues
      .filter((i) => i.key === 'err.decimalAmbiguous')
      .map((i) => ({ column: String(i.params?.column ?? ''), value: String(i.params?.value ?? '') })),
  };
}

/** Asks the unit of a figures file that does not state it, and the decimal mark of each column whose numbers read two ways. */
export function FinanceImportQuestion({
  question,
  onAnswer,
  onCancel,
}: {
  question: ImportQuestions;
  onAnswer(q: ImportQuestions): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [unit, setUnit] = useState<AmountUnit | ''>(question.unit ?? '');
  const [decimals, setDecimals] = useState<Record<string, DecimalMark>>(question.decimals);
  const ready = (!question.askUnit || unit !== '') && question.ambiguous.every((a) => decimals[a.column]);
  return (
    <div className="finance-question" role="group" aria-label={t('fin.askTitle')} data-testid="finance-question">
      <strong>{t('fin.askTitle')}</strong>
      {question.askUnit && (
        <label>
          {t('fin.askUnit')}{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value as AmountUnit)} data-testid="finance-ask-unit">
            <AmountUnitOptions choose />
          </select>
        </label>
      )}
      {question.ambiguous.map((a, i) => (
        <DecimalChoice
          key={a.column}
          column={a.column}
          example={a.value}
          value={decimals[a.column]}
          testId={`finance-ask-decimal-${i}`}
          onChange={(mark) => setDecimals({ ...decimals, [a.column]: mark })}
        />
      ))}
      <div>
        <button
          type="button"
          disabled={!ready}
          data-testid="finance-ask-import"
          onClick={() => onAnswer({ ...question, unit: unit || undefined, decimals })}
        >
          {t('fin.import')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}

/** The money units as options of a select; `choose` adds the empty "chọn đơn vị tính" first. */
export function AmountUnitOptions({ choose = false }: { choose?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {choose && <option value="">{t('fin.unitChoose')}</option>}
      {AMOUNT_UNITS.map((u) => (
        <option key={u} value={u}>
          {t(`fin.unit.${u}`)}
        </option>
      ))}
    </>
  );
}
