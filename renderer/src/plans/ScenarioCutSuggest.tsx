import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
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
  const [result, setResult] = useState<Result<'scenario.suggestCut'> | null>(null);
  const [preview, setPreview] = useState<Result<'scenario.preview'> | null>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    setPreview(null);
    void (async () => {
      try {
        const r = await call('scenario.suggestCut', { name, target, scope });
        if (live) setResult(r);
        const shown = r.operation && (await call('scenario.preview', { name, operation: r.operation }));
        if (live && shown) setPreview(shown);
      } catch (err) {
        if (live) onError(err);
      }
    })();
    return () => {
      live = false;
    };
  }, [name, target, scope]); // eslint-disable-line react-hooks/exhaustive-deps -- onError only sets state
  const add = async () => {
    if (!result?.operation) return;
    try {
      await appendOperation(name, result.operation);
      setResult(null);
      setPreview(null);
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
