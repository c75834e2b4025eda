import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import {
  isPartial,
  metricsRowId,
  metricsRowLabel,
  metricsRows,
  positionsSide,
  positionsValue,
  type MetricsRow,
} from '../../../shared/view/metrics-rows.ts';

type Sim = Result<'scenario.metrics'>;
type Year = Sim['years'][number];

/**
 * The plan's Chỉ số tab: its metrics year by year and, under each quota, what the plan's job
 * positions justify (issue 21) — units covered, the figure from their positions (in italics, with
 * the coverage in its title, in a year when not every unit has positions), the quota of the units
 * covered, the difference and the contract workers; under the deputies those the leadership
 * positions plan, beside those recorded on the same units; then the simulation's notices.
 */
export function ScenarioMetrics({ sim }: { sim: Sim }) {
  const { t, n, lang } = useI18n();
  const rows = metricsRows(sim.years);
  const anyPartial = rows.some((r) =>
    sim.years.some((y) => {
      if (r.kind === 'deputies')
        return y.positions !== undefined && y.positions.deputies.withHead < y.positions.deputies.units;
      const s = r.kind === 'positions' ? positionsSide(y, r.workforce) : null;
      return s !== null && isPartial(s);
    }),
  );
  const anyDefaulted = sim.years.some(
    (y) => (y.positions?.civilServants.defaulted ?? 0) + (y.positions?.publicEmployees.defaulted ?? 0) > 0,
  );
  const cell = (r: MetricsRow, y: Year) => {
    if (r.kind === 'metric' && r.metric === 'payoutCost' && y.payoutUncosted > 0)
      // Some people's payout could not be computed: the cost is a lower bound.
      return (
        <td
          key={y.year}
          className="num positions-partial"
          title={t('scn.costPartialTitle', { count: n(y.payoutUncosted) })}
        >
          ≥ {n(y.payoutCost)}
        </td>
      );
    if (r.kind === 'metric')
      return (
        <td key={y.year} className="num">
          {n(y[r.metric])}
        </td>
      );
    if (r.kind === 'deputies') {
      const d = y.positions?.deputies;
      if (!d) return <td key={y.year} />;
      const partial = d.withHead < d.units;
      return (
        <td
          key={y.year}
          className={`num${partial && r.row === 'coverage' ? ' positions-warn' : ''}${partial && r.row === 'planned' ? ' positions-partial' : ''}`}
          title={
            partial && r.row === 'planned'
              ? t('scn.metric.pos.partialTitle', { withPositions: d.withHead, units: d.units })
              : undefined
          }
        >
          {r.row === 'coverage' ? `${n(d.withHead)}/${n(d.units)}` : n(d[r.row])}
        </td>
      );
    }
    const s = positionsSide(y, r.workforce);
    if (!s) return <td key={y.year} />;
    const partial = isPartial(s);
    const value = positionsValue(r.row, s);
    if (r.row === 'coverage')
      return (
        <td key={y.year} className={`num${partial ? ' positions-warn' : ''}`}>
          {n(s.withPositions)}/{n(s.units)}
        </td>
      );
    const gap = r.row === 'gap';
    // A figure resting on staffings taken from the class default (marked M) is marked to verify.
    const verify = s.defaulted > 0 && (r.row === 'justified' || r.row === 'contract' || gap);
    return (
      <td
        key={y.year}
        className={`num${partial && (r.row === 'justified' || r.row === 'contract') ? ' positions-partial' : ''}${(gap || r.row === 'defaulted') && value !== 0 ? ' positions-warn' : ''}`}
        title={
          [
            gap
              ? t('scn.metric.pos.gapTitle', {
                  above: s.above,
                  aboveUnits: s.aboveUnits,
                  below: s.below,
                  belowUnits: s.belowUnits,
                })
              : partial
                ? t('scn.metric.pos.partialTitle', { withPositions: s.withPositions, units: s.units })
                : '',
            verify ? t('scn.metric.pos.defaultedTitle', { count: s.defaulted }) : '',
          ]
            .filter(Boolean)
            .join(' · ') || undefined
        }
      >
        {gap && value > 0 ? '+' : gap && value < 0 ? '−' : ''}
        {n(gap ? Math.abs(value) : value)}
        {verify && <sup className="positions-verify">*</sup>}
      </td>
    );
  };
  return (
    <>
      <table className="check-table scenario-metrics" data-testid="scenario-metrics">
        <thead>
          <tr>
            <th />
            {sim.years.map((y) => (
              <th key={y.year}>{y.year}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={metricsRowId(r)}
              className={r.kind === 'metric' ? undefined : 'positions-row'}
              data-testid={r.kind === 'metric' ? undefined : `metrics-pos-${metricsRowId(r)}`}
            >
              <td>{metricsRowLabel(lang, r)}</td>
              {sim.years.map((y) => cell(r, y))}
            </tr>
          ))}
        </tbody>
      </table>
      {anyPartial && (
        <p className="muted" data-testid="metrics-pos-partial">
          {t('scn.metric.pos.partialNote')}
        </p>
      )}
      {anyDefaulted && (
        <p className="muted verify" data-testid="metrics-pos-defaulted">
          {t('scn.metric.pos.defaultedNote')}
        </p>
      )}
      {sim.notices.length > 0 && (
        <ul className="scenario-notices">
          {sim.notices.map((x, i) => (
            <li key={i}>
              {x.year} · {x.unit} <span className="muted">({x.unitCode})</span>: {t(x.key, x.params)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
