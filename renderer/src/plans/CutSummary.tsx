import { useI18n } from '../i18n.tsx';
import { formatDecimal, formatNumber } from '../../../shared/format.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { cutSummary } from '../../../shared/scenario/cut-summary.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';

/** A quota cut's preview: the total cut over its scope (each unit rounded down), and the units the rounding cuts far beyond P%. */
export function CutSummary({
  operation,
  preview,
}: {
  operation: Extract<Operation, { type: 'cutQuotas' }>;
  preview: Result<'scenario.preview'>;
}) {
  const { t, n, lang } = useI18n();
  const s = cutSummary(operation.percent, operation.fields, preview.totals);
  const pct = (x: number) => formatDecimal(x, 1, lang);
  const name = (code: string) => preview.diff.find((c) => c.code === code)?.label ?? code;
  return (
    <div className="op-preview-cut" data-testid="op-preview-cut">
      {s.fields.map((f) => (
        <div key={f.field}>
          {t('op.cutTotal', { field: t(`field.${f.field}`), cut: n(f.cut), pct: pct(f.pct), before: n(f.before) })}
        </div>
      ))}
      {s.sharp.length > 0 && (
        <div className="op-preview-warning" data-testid="op-preview-cut-sharp">
          ⚠ {t('op.cutSharp', { percent: formatNumber(operation.percent, lang), count: s.sharp.length })}{' '}
          {s.sharp
            .map((r) =>
              t('op.cutSharpUnit', {
                unit: name(r.code),
                field: t(`field.${r.field}`),
                before: n(r.before),
                after: n(r.after),
                pct: pct(r.pct),
              }),
            )
            .join('; ')}
        </div>
      )}
    </div>
  );
}
