import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';

/** In the unit panel of a PSU: its autonomy group for the latest year with figures, with the formula. */
export function AutonomyBox({ code }: { code: string }) {
  const { t } = useI18n();
  // The figures the finance view and the chart read too (one cached answer), read again after any edit of units or figures.
  const { data } = useChannel('finance.list', {});
  const row = data?.rows.find((x) => x.code === code) ?? null;
  const unit = data?.amountUnit ?? null;
  if (!row?.computed) return null;
  const rate = (row.computed.rateHundredths / 100).toLocaleString('vi-VN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (
    <fieldset className="autonomy-box" data-testid="panel-autonomy">
      <legend>{t('fin.panelTitle', { year: String(row.year) })}</legend>
      <div>
        {t('fin.formula', {
          a: row.revenue ?? '',
          b: row.spending ?? '',
          rate,
          group: `${row.computed.group}${row.computed.band ?? ''}`,
        })}
      </div>
      {unit && <div className="muted">{t('fin.unitLine', { unit: t(`fin.unit.${unit}`) })}</div>}
      {row.computed.reading === 'zeroInvestment' && <div className="muted">{t('fin.group1Reading')}</div>}
      {row.overrideGroup && (
        <div className="muted">
          {t('fin.overridden', { group: row.overrideGroup, reason: row.overrideReason ?? '' })}
        </div>
      )}
      {row.mismatch && (
        <div className="field-warning">
          {t('fin.mismatchYes')}: {t('fin.assigned')} {row.assignedGroup}
        </div>
      )}
    </fieldset>
  );
}
