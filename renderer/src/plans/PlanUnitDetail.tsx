import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { useMemo } from 'react';
import { HEADCOUNT_FIELDS } from '../../../shared/model/unit.ts';
import { subtreeRollup } from '../../../shared/rollup.ts';
import type { Result } from '../../../shared/contract/index.ts';

/**
 * The unit picked in the plan's chart or table, as the plan has it at the end of the chart's year
 * (right column of the workspace): its quotas and people against the base year, the quota its job
 * positions justify, the year's findings, and the plan's operations touching it. A unit with units
 * under it shows its subtree totals first and its own figures second, each captioned as the unit
 * grid's column groups are ("Tổng cộng cả cây …", "Số liệu của riêng đơn vị").
 */
export function PlanUnitDetail({
  name,
  year,
  code,
  sim,
  onClose,
}: {
  name: string;
  year: number;
  code: string;
  sim: Result<'scenario.metrics'>;
  onClose(): void;
}) {
  const { t, n } = useI18n();
  // The chart reads the same state: answered from the cache.
  const state = useChannel('scenario.state', { name, year }, { keepPrevious: true });
  const unit = state.data?.units.find((u) => u.code === code);
  const before = state.data?.baseline.find((u) => u.code === code);
  const baseYear = sim.years[0]?.year;
  const justified = state.data?.justified[code];
  // Its subtree totals at the year's end and in the base year (the same as its own without units under it).
  const totals = useMemo(
    () =>
      state.data ? { at: subtreeRollup(state.data.units, code), base: subtreeRollup(state.data.baseline, code) } : null,
    [state.data, code],
  );
  const whole = !!totals && ((totals.at?.unitCount ?? 1) > 1 || (totals.base?.unitCount ?? 1) > 1);
  const head = (
    <thead>
      <tr>
        <th />
        <th className="num">{t('scn.unit.atYear', { year: String(year) })}</th>
        {before && baseYear !== undefined && <th className="num">{String(baseYear)}</th>}
      </tr>
    </thead>
  );
  // Its findings and operations, read when it is opened (the plan's metrics do not carry every unit's).
  const detail = useChannel('scenario.unitDetail', { name, year, unit: code });
  return (
    <section className="plan-unit" data-testid="plan-unit" aria-label={t('scn.unit.title')}>
      <header>
        <strong>{unit?.name ?? before?.name ?? code}</strong> <span className="muted">{code}</span>
        <button type="button" aria-label={t('scn.unit.close')} title={t('scn.unit.close')} onClick={onClose}>
          ✕
        </button>
      </header>
      <FormError error={state.error} />
      <FormError error={detail.error} />
      {state.data && !unit && <p className="muted">{t('scn.unit.gone', { year: String(year) })}</p>}
      {unit && whole && (
        <table className="check-table" data-testid="plan-unit-totals">
          <caption>{t('grid.groupRollup')}</caption>
          {head}
          <tbody>
            {([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount'] as const).map((f) => (
              <tr key={f}>
                <td>Σ {t(`field.${f}`)}</td>
                <td className="num">{totals.at ? n(totals.at[f]) : ''}</td>
                {before && <td className="num">{totals.base ? n(totals.base[f]) : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unit && (
        <table className="check-table" data-testid="plan-unit-figures">
          <caption>{t(whole ? 'grid.groupOwn' : 'scn.unit.figures')}</caption>
          {head}
          <tbody>
            {HEADCOUNT_FIELDS.map((f) => (
              <tr key={f}>
                <td>{t(`field.${f}`)}</td>
                <td className="num">{n(unit[f])}</td>
                {before && <td className="num">{n(before[f])}</td>}
              </tr>
            ))}
            {justified !== undefined && (
              <tr>
                <td>{t('scn.unit.justified')}</td>
                <td className="num">{n(justified)}</td>
                {before && <td />}
              </tr>
            )}
          </tbody>
        </table>
      )}
      {detail.data && <UnitReadings findings={detail.data.findings} touching={detail.data.operations} />}
      <p className="muted">{t('scn.unit.actionsHint')}</p>
    </section>
  );
}

/** The unit's findings of the year and the plan's operations touching it (`scenario.unitDetail`). */
function UnitReadings({
  findings,
  touching,
}: {
  findings: Result<'scenario.unitDetail'>['findings'];
  touching: Result<'scenario.unitDetail'>['operations'];
}) {
  const { t } = useI18n();
  return (
    <>
      <h4>{t('scn.unit.findings', { count: findings.length })}</h4>
      {findings.length === 0 ? (
        <p className="muted">{t('scn.unit.noFindings')}</p>
      ) : (
        <ul data-testid="plan-unit-findings">
          {findings.map((f, i) => (
            <li key={i} className={f.severity === 'note' ? 'muted' : undefined}>
              {t(`severity.${f.severity}` as never)}: {t(f.key, f.params)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('scn.unit.operations', { count: touching.length })}</h4>
      {touching.length === 0 ? (
        <p className="muted">{t('scn.unit.noOperations')}</p>
      ) : (
        <ol data-testid="plan-unit-operations">
          {touching.map((o) => (
            <li key={o.index} value={o.index + 1}>
              {o.description}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
