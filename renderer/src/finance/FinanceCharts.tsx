import { scaleLinear } from 'd3';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { GROUP_KEYS, type GroupKey } from '../../../shared/autonomy/summary.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { SupportTrend } from './SupportTrend.tsx';

const COLOURS: Record<GroupKey, string> = {
  '1': '#1b6e3a',
  '2': '#2e8b57',
  '3a': '#8fb339',
  '3b': '#d4a300',
  '3c': '#e67e22',
  '4': '#b3261e',
};
const W = 520;

/** Distribution by group and by sector, the Resolution 19 share, direct support over time, the Art. 35.4 check. */
export function FinanceCharts({ year }: { year: number | undefined }) {
  const { t, n } = useI18n();
  const { data: s, error } = useChannel('finance.summary', {});
  if (error) return <FormError error={error} />;
  if (!s) return null;
  if (s.years.length === 0) return <p className="muted finance-charts">{t('fin.noData')}</p>;
  const current = s.years.find((y) => y.year === year) ?? s.years[s.years.length - 1]!;
  const maxCount = Math.max(1, ...GROUP_KEYS.map((g) => current.counts[g]));
  const x = scaleLinear([0, maxCount], [0, W - 140]);
  const sectorMax = Math.max(1, ...current.sectors.map((r) => GROUP_KEYS.reduce((a, g) => a + r.counts[g], 0)));
  const xs = scaleLinear([0, sectorMax], [0, W - 200]);

  return (
    <div className="finance-charts" data-testid="finance-charts">
      <figure>
        <figcaption>{t('fin.chartGroups', { year: String(current.year) })}</figcaption>
        <svg width={W} height={GROUP_KEYS.length * 24 + 10}>
          {GROUP_KEYS.map((g, i) => (
            <g key={g} transform={`translate(0, ${i * 24 + 4})`}>
              <text x={0} y={14} className="axis">
                {t('fin.groupTotal', { group: g })}
              </text>
              <rect x={90} width={x(current.counts[g])} height={18} fill={COLOURS[g]} />
              <text x={96 + x(current.counts[g])} y={14} className="value">
                {n(current.counts[g])}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <figure>
        <figcaption>{t('fin.chartSectors', { year: String(current.year) })}</figcaption>
        <svg width={W} height={current.sectors.length * 22 + 10}>
          {current.sectors.map((r, i) => {
            let offset = 160;
            return (
              <g key={r.sector} transform={`translate(0, ${i * 22 + 4})`}>
                <text x={0} y={13} className="axis">
                  {t(`sector.${r.sector}` as MessageKey)}
                </text>
                {GROUP_KEYS.map((g) => {
                  const w = xs(r.counts[g]);
                  const rect = (
                    <rect key={g} x={offset} width={w} height={16} fill={COLOURS[g]}>
                      <title>{`${g}: ${r.counts[g]}`}</title>
                    </rect>
                  );
                  offset += w;
                  return rect;
                })}
              </g>
            );
          })}
        </svg>
      </figure>
      <figure>
        <figcaption>{t('fin.chartTarget', { year: String(s.target.year), percent: s.target.percent })}</figcaption>
        {s.target.share === null ? (
          <p className="muted">{t('fin.noYear', { year: String(s.target.year) })}</p>
        ) : (
          <svg width={W} height={44} data-testid="r19-target">
            <rect x={0} y={8} width={W - 60} height={18} fill="#eef0f4" />
            <rect
              x={0}
              y={8}
              width={((W - 60) * s.target.share) / 10000}
              height={18}
              fill={s.target.met ? '#2e8b57' : '#c98a00'}
            />
            <line
              x1={((W - 60) * s.target.percent) / 100}
              x2={((W - 60) * s.target.percent) / 100}
              y1={2}
              y2={32}
              stroke="#1d2330"
              strokeDasharray="3 2"
            />
            <text x={W - 55} y={22} className="value">
              {(s.target.share / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%
            </text>
            <text x={((W - 60) * s.target.percent) / 100 + 3} y={42} className="axis">
              {s.target.percent}%
            </text>
          </svg>
        )}
        <div className="muted citation">
          {t('fin.targetCount', { count: s.target.count, psus: s.target.psus, withFigures: s.target.withFigures })} ·{' '}
          {s.target.citation}
          {s.target.share !== null && s.target.met === null && (
            <div data-testid="r19-undecided">
              {t('fin.targetUndecided', { missing: s.target.psus - s.target.withFigures, year: String(s.target.year) })}
            </div>
          )}
        </div>
      </figure>
      <SupportTrend summary={s} />
      {s.period && !s.check && (
        <figure data-testid="art35-check">
          <figcaption>
            {t('fin.periodOpen', {
              start: String(s.period.from),
              end: String(s.period.to),
              next: String(s.period.to + 1),
            })}
          </figcaption>
        </figure>
      )}
      {s.check && s.period && (
        <figure data-testid="art35-check">
          <figcaption>
            {t('fin.chartCheck', {
              from: String(s.check.from),
              to: String(s.check.to),
              start: String(s.period.from),
              end: String(s.period.to),
            })}
          </figcaption>
          <table className="check-table">
            <tbody>
              {s.check.bands.map((b) => (
                <tr key={b.band} className={b.met ? 'met' : 'not-met'}>
                  <td>{t('fin.groupTotal', { group: b.band })}</td>
                  <td>{t('fin.checkBand', { moved: b.movedUp, units: b.units, required: b.required })}</td>
                  <td>{b.met ? t('fin.met') : t('fin.mustMove', { units: b.candidates.join(', ') })}</td>
                </tr>
              ))}
              {/* Art. 35.4: the ≥ 2,5%/year cut of direct support applies to each band's units, not to all units together. */}
              {s.check.bands
                .filter((b) => b.units > 0)
                .map((b) => (
                  <tr
                    key={`support-${b.band}`}
                    className={b.supportMet ? 'met' : 'not-met'}
                    data-testid={`art35-support-${b.band}`}
                  >
                    <td>
                      {t('fin.checkSupportBand', { band: b.band })} ({t(`fin.unit.${s.amountUnit}`)})
                    </td>
                    <td>
                      {t('fin.checkSupport', { from: b.supportFrom, to: b.supportTo, allowed: b.supportAllowed })}
                    </td>
                    <td>{b.supportMet ? t('fin.met') : t('fin.notMet')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </figure>
      )}
    </div>
  );
}
