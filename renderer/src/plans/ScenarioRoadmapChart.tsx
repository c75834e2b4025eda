import { line, scaleLinear, scalePoint } from 'd3';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { reductionCharts, type ReductionChart } from '../../../shared/scenario/roadmap.ts';

const W = 380;
const H = 200;
const M = { left: 56, right: 64, top: 14, bottom: 22 };
const QUOTA = '#1f4e96';
const PEOPLE = '#c06a00';
const MISSED = '#b3261e';

/** For each staff target of the plan: the cumulative reduction of quotas and of people year by year, the reduction it requires, and the gap where it is missed. */
export function ScenarioRoadmapChart({ years, targets }: Pick<Result<'scenario.simulate'>, 'years' | 'targets'>) {
  const { t } = useI18n();
  const charts = reductionCharts(years, targets);
  return (
    <div className="roadmap-charts" data-testid="roadmap-charts">
      <h4>{t('rm.chartTitle')}</h4>
      {charts.length === 0 && <p className="muted">{t('rm.noCharts')}</p>}
      <div className="target-charts">
        {charts.map((c) => (
          <ReductionFigure key={c.id} chart={c} />
        ))}
      </div>
    </div>
  );
}

function ReductionFigure({ chart: c }: { chart: ReductionChart }) {
  const { t, n } = useI18n();
  const x = scalePoint(
    c.people.map((p) => String(p.year)),
    [M.left, W - M.right],
  );
  const series = [
    ...(c.quota
      ? [{ key: 'quota', color: QUOTA, points: c.quota, label: t('rm.chart.quota', { year: String(c.baseYear) }) }]
      : []),
    { key: 'people', color: PEOPLE, points: c.people, label: t('rm.chart.people', { year: String(c.baseYear) }) },
  ];
  const values = [0, c.required, ...series.flatMap((s) => s.points.map((p) => p.value))];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(1, (hi - lo) * 0.08);
  const y = scaleLinear([lo - pad, hi + pad], [H - M.bottom, M.top]);
  const path = line<{ year: number; value: number }>(
    (p) => x(String(p.year))!,
    (p) => y(p.value),
  );
  const xt = x(String(c.year));
  // Where a series is short of the required reduction in the target year: the gap, drawn and said.
  const gaps = series.flatMap((s) => {
    const at = s.points.find((p) => p.year === c.year);
    return at && at.value < c.required ? [{ ...s, value: at.value, gap: c.required - at.value }] : [];
  });
  const right = xt !== undefined && xt + 80 < W;
  // Each gap's label at the middle of its bar, moved apart when two would overlap.
  const labelY: number[] = [];
  gaps
    .map((g, i) => ({ i, at: (y(g.value) + y(c.required)) / 2 + 4 }))
    .sort((p, q) => p.at - q.at)
    .forEach((p, k, all) => {
      labelY[p.i] = k === 0 ? p.at : Math.max(p.at, labelY[all[k - 1]!.i]! + 13);
    });
  return (
    <figure className={c.met ? 'met' : 'not-met'} data-target={c.id}>
      <figcaption>
        <strong>{c.title || c.id}</strong> —{' '}
        {t('rm.chart.required', { year: String(c.year), required: c.required, allowed: c.allowed })}
      </figcaption>
      <svg width={W} height={H} role="img" aria-label={c.title || c.id}>
        {y
          .ticks(4)
          .filter(Number.isInteger)
          .map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#c5cad6' : '#eef0f4'} />
              <text x={M.left - 4} y={y(v) + 4} textAnchor="end" className="axis">
                {n(v)}
              </text>
            </g>
          ))}
        {c.people.map((p, i) =>
          i % 2 === 0 || p.year === c.year ? (
            <text key={p.year} x={x(String(p.year))} y={H - 6} textAnchor="middle" className="axis">
              {p.year}
            </text>
          ) : null,
        )}
        {xt !== undefined && (
          <line x1={xt} x2={xt} y1={M.top} y2={H - M.bottom} stroke="#8a93a6" strokeDasharray="2 2" />
        )}
        <line
          className="required"
          x1={M.left}
          x2={W - M.right}
          y1={y(c.required)}
          y2={y(c.required)}
          stroke={MISSED}
          strokeDasharray="5 3"
        />
        {series.map((s) => (
          <g key={s.key} data-series={s.key}>
            <path d={path(s.points) ?? ''} fill="none" stroke={s.color} strokeWidth={2} />
            {s.points.map((p) => (
              <circle key={p.year} cx={x(String(p.year))} cy={y(p.value)} r={2.5} fill={s.color}>
                <title>{`${s.label}, ${p.year}: ${n(p.value)}`}</title>
              </circle>
            ))}
          </g>
        ))}
        {xt !== undefined &&
          gaps.map((g, i) => {
            const gx = xt + 5 + i * 7;
            return (
              <g key={g.key} className="gap" data-series={g.key}>
                <line x1={gx} x2={gx} y1={y(g.value)} y2={y(c.required)} stroke={g.color} strokeWidth={2} />
                <line x1={gx - 3} x2={gx + 3} y1={y(g.value)} y2={y(g.value)} stroke={g.color} strokeWidth={2} />
                <line x1={gx - 3} x2={gx + 3} y1={y(c.required)} y2={y(c.required)} stroke={g.color} strokeWidth={2} />
                {/* Right of the bars, or left of the target year when it is the last one. */}
                <text
                  x={right ? xt + 7 + gaps.length * 7 : xt - 6}
                  y={labelY[i]}
                  textAnchor={right ? 'start' : 'end'}
                  className="gap-label"
                  style={{ fill: g.color }}
                >
                  {t('rm.chart.gap', { gap: g.gap })}
                </text>
              </g>
            );
          })}
      </svg>
      <div className="rm-legend">
        {series.map((s) => (
          <span key={s.key}>
            <i style={{ background: s.color }} /> {s.label}
          </span>
        ))}
        <span>
          <i className="dashed" /> {t('rm.chart.line')}
        </span>
      </div>
    </figure>
  );
}
