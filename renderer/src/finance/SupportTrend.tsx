import { scaleBand, scaleLinear } from 'd3';
import { useI18n } from '../i18n.tsx';
import { formatNumber } from '../../../shared/format.ts';
import type { FinanceSummary } from '../../../shared/contract/index.ts';

const W = 520;
type Year = FinanceSummary['years'][number];

/**
 * Direct state-budget support year by year, said with how complete each year is: a year where only
 * some public service units have figures is drawn pale with its coverage ("9/338 đơn vị"), and each
 * year's rise or fall is measured on the units with figures in both years, never on the totals.
 */
export function SupportTrend({ summary: s }: { summary: FinanceSummary }) {
  const { t, n, lang } = useI18n();
  const years = scaleBand(
    s.years.map((y) => String(y.year)),
    [40, W - 10],
  ).padding(0.3);
  const ys = scaleLinear([0, Math.max(1, ...s.years.map((y) => y.supportValue))], [150, 10]);
  const partial = s.years.filter((y) => !y.complete);
  const unit = t(`fin.unit.${s.amountUnit}`);
  const changeText = (y: Year) => {
    const c = y.change;
    if (!c) return '—';
    if (c.units === 0) return t('fin.trend.noCommon', { from: String(c.from), year: String(y.year) });
    const amounts = { before: c.before, after: c.after, units: n(c.units), from: String(c.from) };
    if (c.hundredths === null) return t('fin.trend.changeNoRate', amounts);
    const sign = c.hundredths > 0 ? '+' : c.hundredths < 0 ? '−' : '';
    return t('fin.trend.change', { ...amounts, rate: `${sign}${formatNumber(Math.abs(c.hundredths) / 100, lang)}` });
  };
  return (
    <figure data-testid="finance-support">
      <figcaption data-testid="finance-support-caption">
        {t('fin.chartSupport')} · {t('fin.unitLine', { unit })}
      </figcaption>
      <svg width={W} height={182}>
        {s.years.map((y) => {
          const x = years(String(y.year)) ?? 0;
          const mid = x + years.bandwidth() / 2;
          return (
            <g key={y.year} data-year={y.year} className={y.complete ? 'complete' : 'partial'}>
              <rect
                x={x}
                width={years.bandwidth()}
                y={ys(y.supportValue)}
                height={150 - ys(y.supportValue)}
                fill={y.complete ? '#1f6fb2' : '#c9dcef'}
                stroke={y.complete ? 'none' : '#1f6fb2'}
                strokeDasharray="3 2"
              >
                <title>
                  {t('fin.trend.coverageHint', { units: n(y.units), psus: n(y.psus), year: String(y.year) })}
                </title>
              </rect>
              <text x={mid} y={164} textAnchor="middle" className="axis">
                {y.year}
              </text>
              <text x={mid} y={177} textAnchor="middle" className={y.complete ? 'axis' : 'axis partial'}>
                {t('fin.trend.coverage', { units: n(y.units), psus: n(y.psus) })}
              </text>
              <text x={mid} y={ys(y.supportValue) - 3} textAnchor="middle" className="value">
                {y.support}
              </text>
            </g>
          );
        })}
      </svg>
      {partial.length > 0 && (
        <p className="fin-partial" data-testid="finance-support-partial">
          {t('fin.trend.partialNote', { years: partial.map((y) => String(y.year)).join(', ') })}
        </p>
      )}
      {s.years.length > 1 && (
        <table className="check-table" data-testid="finance-support-trend">
          <thead>
            <tr>
              <th>{t('fin.trend.year')}</th>
              <th>{t('fin.trend.units')}</th>
              <th>{t('fin.trend.support', { unit })}</th>
              <th>{t('fin.trend.changeHead')}</th>
            </tr>
          </thead>
          <tbody>
            {s.years.map((y) => (
              <tr key={y.year} className={y.complete ? '' : 'partial'}>
                <td>{y.year}</td>
                <td className="num">
                  {t(y.complete ? 'fin.trend.coverage' : 'fin.trend.coveragePartial', {
                    units: n(y.units),
                    psus: n(y.psus),
                  })}
                </td>
                <td className="num">{y.support}</td>
                <td>{changeText(y)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
