/** What a chart's colours mean: one swatch and label per colour in use, under the chart's toolbar. */
import { useI18n } from '../i18n.tsx';

export interface LegendItem {
  colour: string;
  label: string;
}

export function ChartLegend({ title, items, testId }: { title: string; items: readonly LegendItem[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div className="chart-legend" role="group" aria-label={t('chart.legendOf', { what: title })} data-testid={testId}>
      <span className="chart-legend-title">{title}:</span>
      {items.map((i) => (
        <span key={i.label} className="chart-legend-item">
          <svg width={12} height={12} aria-hidden="true">
            <rect width={12} height={12} rx={2} fill={i.colour} />
          </svg>
          {i.label}
        </span>
      ))}
    </div>
  );
}
