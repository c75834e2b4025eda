import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { AmountUnit, FinanceRow } from '../../../shared/autonomy/finance-row.ts';

/** In the unit panel of a PSU: its autonomy group for the latest year with figures, with the formula. */
export function AutonomyBox({ code, version }: { code: string; version: unknown }) {
  const { t } = useI18n();
  const [row, setRow] = useState<FinanceRow | null>(null);
  const [unit, setUnit] = useState<AmountUnit | null>(null);
  useEffect(() => {
    let stale = false;
    void call('finance.list', {}).then((r) => {
      if (stale) return;
      setRow(r.rows.find((x) => x.code === code) ?? null);
      setUnit(r.amountUnit);
    });
    return () => {
      stale = true;
    };
  }, [code, version]);
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
