import { useState } from 'react';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { FieldChange } from '../ui/FieldChange.tsx';
import type { WholeFigures } from '../../../shared/scenario/figures.ts';

/** What the plan changes against the current organisation at the end of a chosen year. */
export function ScenarioChanges({ name, years }: { name: string; years: readonly number[] }) {
  const { t } = useI18n();
  const [year, setYear] = useState(years[years.length - 1] ?? 0);
  // Read again when an edit of the plans makes it stale (data/invalidation.ts); another year keeps the table until its answer.
  const { data: diff, error } = useChannel('scenario.diff', { name, year }, { keepPrevious: true });
  return (
    <section className="scenario-changes" data-testid="scenario-changes">
      <h3>
        {t('chg.title')} <YearSelect label={t('chg.year')} years={years} value={year} onChange={setYear} />
      </h3>
      <FormError error={error} />
      {diff && diff.diff.length === 0 && <p className="muted">{t('chg.none')}</p>}
      {diff && diff.diff.length > 0 && (
        <table className="check-table">
          <thead>
            <tr>
              <th>{t('field.name')}</th>
              <th>{t('chg.status')}</th>
              <th>{t('chg.what')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.diff.map((c) => (
              <tr key={c.code} className={`chg-${c.status}`}>
                <td>
                  {c.label} <span className="muted">({c.code})</span>
                </td>
                <td>{t(`chg.${c.status}`)}</td>
                <td>
                  {c.whole && <WholeChange whole={c.whole} />}
                  {c.whole && c.fields.length > 0 && <div className="muted">{t('chg.own')}</div>}
                  {c.fields.map((f) => (
                    <FieldChange key={f.field} field={f.field} before={f.before} after={f.after} />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A unit with units under it: all of it, before → after (quota and people in post). */
export function WholeChange({ whole }: { whole: WholeFigures }) {
  const { t, n } = useI18n();
  const v = (x: number | null) => (x === null ? '—' : n(x));
  return (
    <div className="field-change whole-change" data-testid="whole-change">
      {t('chg.whole', {
        quotaBefore: v(whole.quota.before),
        quotaAfter: v(whole.quota.after),
        staffBefore: v(whole.staff.before),
        staffAfter: v(whole.staff.after),
      })}
    </div>
  );
}

/** A choice among the plan's years (end of year). */
export function YearSelect({
  label,
  years,
  value,
  onChange,
}: {
  label: string;
  years: readonly number[];
  value: number;
  onChange(year: number): void;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}
