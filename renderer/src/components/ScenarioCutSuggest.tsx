import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { ArgsIn, Result } from '../../../shared/contract/index.ts';
import { OperationPreview } from './ScenarioOperations.tsx';
import { cutSuggestionText } from '../../../shared/view/cut-suggestion-text.ts';

const SCOPES = { all: {}, psu: { kind: ['psu'] } } as const satisfies Record<
  string,
  ArgsIn<'scenario.suggestCut'>['scope']
>;
type ScopeChoice = keyof typeof SCOPES;

/**
 * "Gợi ý cắt giảm" for a quota target's gap (opened from its row): the smallest whole-percent cut
 * in the chosen scope that closes it (simulated by the back end), previewed, then added on request.
 */
export function ScenarioCutSuggest({
  name,
  target,
  onChanged,
  onError,
}: {
  name: string;
  target: string;
  onChanged: () => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useI18n();
  const [scope, setScope] = useState<ScopeChoice>('all');
  const [result, setResult] = useState<Result<'scenario.suggestCut'> | null>(null);
  const [preview, setPreview] = useState<Result<'scenario.preview'> | null>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    setPreview(null);
    void (async () => {
      try {
        const r = await call('scenario.suggestCut', { name, target, scope: SCOPES[scope] });
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
      const { scenario, version } = await call('scenario.open', { name });
      await call('scenario.setOperations', { name, operations: [...scenario.operations, result.operation], version });
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
      <strong>{t('op.suggestCut')}</strong>{' '}
      <select
        value={scope}
        onChange={(e) => setScope(e.target.value as ScopeChoice)}
        aria-label={t('op.suggestCutScope')}
      >
        <option value="all">{t('op.cutAll')}</option>
        <option value="psu">{t('kind.psu')}</option>
      </select>
      {result && (
        <div data-testid="cut-suggestion">
          {cutSuggestionText(result, t)}
          {op && (
            <button type="button" onClick={() => void add()}>
              {t('op.accept')}
            </button>
          )}
          {preview && <OperationPreview preview={preview} />}
        </div>
      )}
    </div>
  );
}
