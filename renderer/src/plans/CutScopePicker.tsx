import { useI18n } from '../i18n.tsx';
import type { Unit } from '../../../shared/model/unit.ts';
import {
  scopeChoices,
  toggleScope,
  withoutUnder,
  type CutScope,
  type ScopeChoices,
} from '../../../shared/scenario/cut-scope.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { UnitSearch } from '../tree/UnitSearch.tsx';

/**
 * Which units a quota cut reaches: under a unit found by name or code (accents optional, as in the
 * merge wizard), and kinds, levels and sectors ticked (none ticked: all), only those some unit has
 * (no district level in the two-tier model, no abolished sector). Used by the plan form's "Cắt
 * giảm biên chế" and by "Gợi ý cắt giảm".
 */
export function CutScopePicker({
  units,
  scope,
  onChange,
  choices,
  testId = 'cut-scope',
}: {
  /** The plan's units in the year of the cut. */
  units: readonly Unit[];
  scope: CutScope;
  onChange: (scope: CutScope) => void;
  /** The values offered; without it, those of `units`. */
  choices?: ScopeChoices;
  testId?: string;
}) {
  const { t } = useI18n();
  const offered = choices ?? scopeChoices([units], scope);
  const under = scope.under ? units.find((u) => u.code === scope.under) : undefined;
  const boxes = <K extends 'kind' | 'level' | 'sector'>(
    key: K,
    values: readonly NonNullable<CutScope[K]>[number][],
    prefix: string,
    legend: MessageKey,
  ) => (
    <fieldset className="cut-scope-boxes" data-testid={`${testId}-${key}`}>
      <legend>{t(legend)}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="checkbox"
            checked={((scope[key] ?? []) as string[]).includes(v)}
            onChange={(e) => onChange(toggleScope(scope, key, v, e.target.checked))}
          />
          {t(`${prefix}.${v}` as MessageKey)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="cut-scope" data-testid={testId}>
      <div className="cut-scope-under">
        <span>{t('op.scope.under')}: </span>
        <strong data-testid={`${testId}-under`}>
          {scope.under ? `${under?.name ?? scope.under} (${scope.under})` : t('op.scope.whole')}
        </strong>
        {scope.under && (
          <button type="button" onClick={() => onChange(withoutUnder(scope))}>
            {t('op.scope.clear')}
          </button>
        )}
        <UnitSearch
          units={units}
          label={t('op.scope.under')}
          pickKey="op.scope.pick"
          onPick={(u) => onChange({ ...scope, under: u.code })}
          testId={`${testId}-search`}
        />
      </div>
      {boxes('kind', offered.kind, 'kind', 'op.scope.kinds')}
      {boxes('level', offered.level, 'level', 'op.scope.levels')}
      {boxes('sector', offered.sector, 'sector', 'op.scope.sectors')}
      <p className="muted">{t('op.scope.anyHint')}</p>
    </div>
  );
}
