import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { COMPARE_METRICS, summarizePlan, type PlanSummary } from '../../../shared/scenario/compare.ts';

/** Two or more stored plans side by side: where each ends against where it starts. */
export function ScenarioCompare({ names, onError }: { names: readonly string[]; onError: (err: unknown) => void }) {
  const { t, n } = useI18n();
  const [plans, setPlans] = useState<Array<{ name: string; summary: PlanSummary }> | null>(null);
  const key = names.join('\u0000');
  useEffect(() => {
    let live = true;
    setPlans(null);
    Promise.all(
      names.map(async (name) => ({
        name,
        summary: summarizePlan(await call('scenario.simulate', { scenario: await call('scenario.get', { name }) })),
      })),
    )
      .then((p) => live && setPlans(p))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- key stands for names by content (a new array of the same names asks nothing); onError is the caller's inline callback
  if (!plans || plans.length === 0) return null;
  const { firstYear, horizon } = plans[0]!.summary;
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  return (
    <section className="scenario-compare" data-testid="scenario-compare">
      <h3>{t('scn.compareTitle', { first: String(firstYear), horizon: String(horizon) })}</h3>
      <table className="check-table">
        <thead>
          <tr>
            <th />
            {plans.map((p) => (
              <th key={p.name}>{p.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_METRICS.map((m) => (
            <tr key={m}>
              <td>{t(`scn.metric.${m}`)}</td>
              {plans.map((p) => (
                <td key={p.name} className="num">
                  {n(p.summary.metrics[m].value)} <span className="muted">({signed(p.summary.metrics[m].change)})</span>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td>{t('scn.targetsMet')}</td>
            {plans.map((p) => (
              <td key={p.name} className="num">
                {p.summary.targetsMet}/{p.summary.targetsTotal}
                {p.summary.targetsUnknown > 0
                  ? ` (${t('scn.targetsUnknown', { count: p.summary.targetsUnknown })})`
                  : ''}
              </td>
            ))}
          </tr>
          <tr data-testid="compare-cost">
            <td>{t('scn.costTotal')}</td>
            {plans.map((p) => (
              <td key={p.name} className="num">
                {n(p.summary.cost.total)}
                <div className="muted">
                  {p.summary.cost.byYear.length === 0
                    ? t('scn.costNone')
                    : p.summary.cost.byYear.map((y) => `${y.year}: ${n(y.cost)}`).join('; ')}
                </div>
              </td>
            ))}
          </tr>
          <tr>
            <td>{t('scn.findingsLeft')}</td>
            {plans.map((p) => (
              <td key={p.name} className="num">
                {t('scn.findingsValue', {
                  count: p.summary.findings,
                  errors: p.summary.errors,
                  notes: p.summary.notes,
                })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
