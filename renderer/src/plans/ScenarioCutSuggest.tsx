import { useEffect, useState } from 'react';
import { useChannel } from '../data/useChannel.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { useI18n } from '../i18n.tsx';
import type { CutScope } from '../../../shared/scenario/cut-scope.ts';
import { CutScopePicker } from './CutScopePicker.tsx';
import { usePlanUnits } from './PlanDialog.tsx';
import { OperationPreview } from './ScenarioOperations.tsx';
import { cutSuggestionText } from '../../../shared/view/cut-suggestion-text.ts';
import { appendOperation } from './PlanDialog.tsx';

/**
 * "Gợi ý cắt giảm" for a quota target's gap (opened from its row): the smallest whole-percent cut
 * in the chosen scope (under a unit, kinds, levels, sectors) that closes it (simulated by the back end), previewed, then added on request.
 */
export function ScenarioCutSuggest({
  name,
  target,
  year,
  onChanged,
  onError,
}: {
  name: string;
  target: string;
  /** The target's year: the scope is chosen among the plan's units then. */
  year: number;
  onChanged: () => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useI18n();
  const [scope, setScope] = useState<CutScope>({});
  const units = usePlanUnits(name, year, onError);
  // The suggestion for the scope chosen, then its operation previewed: both through the query cache
  // (the latest scope's answer only; read again when an edit makes the plan's answers stale).
  const suggested = useChannel('scenario.suggestCut', { name, target, scope });
  const result = suggested.data ?? null;
  const operation = result?.operation ?? null;
  const previewed = useChannel(
    'scenario.preview',
    { name, operation: operation as Operation },
    { enabled: operation !== null },
  );
  const preview = operation ? (previewed.data ?? null) : null;
  const readError = suggested.error ?? previewed.error;
  useEffect(() => {
    if (readError) onError(readError);
  }, [readError]); // eslint-disable-line react-hooks/exhaustive-deps -- onError only sets state
  const add = async () => {
    if (!result?.operation) return;
    try {
      await appendOperation(name, result.operation);
      onChanged();
    } catch (err) {
      onError(err);
    }
  };
  const op = result?.operation?.type === 'cutQuotas' ? result.operation : null;
  return (
    <div className="op-suggest cut-suggest" data-testid="cut-suggest">
      <strong>{t('op.suggestCut')}</strong>
      <fieldset aria-label={t('op.suggestCutScope')}>
        <legend>{t('op.suggestCutScope')}</legend>
        <CutScopePicker units={units?.units ?? []} scope={scope} onChange={setScope} testId="cut-suggest-scope" />
      </fieldset>
      {result && (
        <div data-testid="cut-suggestion">
          {cutSuggestionText(result, t)}
          {op && (
            <button type="button" onClick={() => void add()}>
              {t('op.accept')}
            </button>
          )}
          {preview && <OperationPreview preview={preview} operation={result?.operation ?? undefined} />}
        </div>
      )}
    </div>
  );
}
