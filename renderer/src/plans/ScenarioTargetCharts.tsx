import { scaleLinear, scalePoint } from 'd3';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { seriesOf } from '../../../shared/scenario/compare.ts';
import { verdictText } from '../../../shared/scenario/target-status.ts';

const W = 300;
const H = 150;
const M = { left: 56, right: 20, top: 12, bottom: 22 };

/** One small chart per target: its metric year by year, the most it may be (dashed) and the target year. */
export function ScenarioTargetCharts({ sim }: { sim: Result<'scenario.metrics'> }) {
  const { t, n, lang } = useI18n();
  const x = scalePoint(
    sim.years.map((y) => String(y.year)),
    [M.left, W - M.right],
  );
  return (
    <div className="target-charts" data-testid="scenario-target-charts">
      {sim.targets.map((target) => {
        if (target.allowed === null || !sim.years.some((y) => y.year === target.year)) {
          // Not judged, or judged on recorded years before the plan: no line to draw, only the verdict.
          return (
            <figure
              key={target.id}
              className={target.status === 'met' ? 'met' : target.status === 'not_met' ? 'not-met' : 'unknown'}
              data-target={target.id}
            >
              <figcaption>
                {target.title || target.id} — {verdictText(lang, target)}
              </figcaption>
            </figure>
          );
        }
        const allowed = target.allowed;
        const points = seriesOf(sim.years, target.metric, target.communeStaff);
        const values = [...points.map((p) => p.value), allowed];
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        const pad = Math.max(1, (hi - lo) * 0.1);
        const y = scaleLinear([lo - pad, hi + pad], [H - M.bottom, M.top]);
        const at = points.find((p) => p.year === target.year);
        return (
          <figure key={target.id} className={target.met ? 'met' : 'not-met'} data-target={target.id}>
            <figcaption>
              {target.title || target.id} —{' '}
              {t(target.kind === 'share' ? 'scn.chartNeeded' : 'scn.chartAllowed', {
                allowed,
                year: String(target.year),
              })}
            </figcaption>
            <svg width={W} height={H} role="img" aria-label={target.title || target.id}>
              {y
                .ticks(3)
                .filter(Number.isInteger)
                .map((v) => (
                  <g key={v}>
                    <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#eef0f4" />
                    <text x={M.left - 4} y={y(v) + 4} textAnchor="end" className="axis">
                      {n(v)}
                    </text>
                  </g>
                ))}
              {sim.years.map((yr, i) =>
                i % 2 === 0 || yr.year === target.year ? (
                  <text key={yr.year} x={x(String(yr.year))} y={H - 6} textAnchor="middle" className="axis">
                    {yr.year}
                  </text>
                ) : null,
              )}
              <line
                className="allowed"
                x1={M.left}
                x2={W - M.right}
                y1={y(allowed)}
                y2={y(allowed)}
                stroke="#b3261e"
                strokeDasharray="4 3"
              />
              <line
                x1={x(String(target.year))}
                x2={x(String(target.year))}
                y1={M.top}
                y2={H - M.bottom}
                stroke="#8a93a6"
                strokeDasharray="2 2"
              />
              <polyline
                fill="none"
                stroke="#1f4e96"
                strokeWidth={2}
                points={points.map((p) => `${x(String(p.year))},${y(p.value)}`).join(' ')}
              />
              {at && (
                <circle cx={x(String(at.year))} cy={y(at.value)} r={4} fill={target.met ? '#2e8b57' : '#b3261e'}>
                  <title>{n(at.value)}</title>
                </circle>
              )}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
