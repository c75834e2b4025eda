import { useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';

type Suggestion = Result<'scenario.suggest'>['suggestions'][number];

/**
 * "Gợi ý hợp nhất" for a year: candidate merges, how many of them a PSU-count target still needs,
 * accepted one by one or that many at once.
 */
export function ScenarioSuggest({
  name,
  year,
  ops,
  save,
  onError,
}: {
  name: string;
  year: number;
  ops: readonly Operation[];
  save: (next: Operation[]) => Promise<boolean>;
  onError: (err: unknown) => void;
}) {
  const { t } = useI18n();
  const [result, setResult] = useState<Result<'scenario.suggest'> | null>(null);
  const suggest = () => void call('scenario.suggest', { name, year }).then(setResult).catch(onError);
  const accept = async (list: readonly Suggestion[]) => {
    const merges: Operation[] = list.map((sg) => ({ type: 'merge', year, units: sg.units, into: sg.into }));
    if (await save([...ops, ...merges])) suggest();
  };
  const list = result?.suggestions ?? [];
  const gap = result?.gap ?? null;
  return (
    <div className="op-suggest">
      <button type="button" onClick={suggest}>
        {t('op.suggest', { year: String(year) })}
      </button>
      {result && list.length === 0 && <span className="muted"> {t('op.suggestNone')}</span>}
      {gap && (
        <p data-testid="op-suggest-gap">
          {t('op.suggestGap', { title: gap.title, gap: gap.gap, year: String(gap.year) })}{' '}
          {list.length > 0 && (
            <button type="button" onClick={() => void accept(list.slice(0, gap.gap))}>
              {t('op.acceptFirst', { count: Math.min(gap.gap, list.length) })}
            </button>
          )}
        </p>
      )}
      {list.length > 0 && (
        <ul data-testid="op-suggestions">
          {list.map((sg) => (
            <li key={sg.units.join('+')}>
              {t('op.suggestion', { small: sg.names[0], into: sg.names[1], size: sg.size })}
              <span className="muted" data-testid="op-suggestion-reason">
                {' '}
                — {t(sg.reason.key, sg.reason.params)}
              </span>
              {!sg.sameParent && <span className="muted"> {t('op.otherParent')}</span>}
              {sg.belowMinimum && <span className="op-preview-warning"> {t('op.belowMinimum')}</span>}
              <button type="button" onClick={() => void accept([sg])}>
                {t('op.accept')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
