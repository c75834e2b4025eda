import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { FieldChange } from '../ui/FieldChange.tsx';
import type { WholeFigures } from '../../../shared/scenario/figures.ts';

/** What the plan changes against the current organisation at the end of a chosen year. */
export function ScenarioChanges({
  name,
  years,
  version,
  onError,
}: {
  name: string;
  years: readonly number[];
  version: number;
  onError: (err: unknown) => void;
}) {
  const { t } = useI18n();
  const [year, setYear] = useState(years[years.length - 1] ?? 0);
  const [diff, setDiff] = useState<Result<'scenario.diff'> | null>(null);
  useEffect(() => {
    void call('scenario.diff', { name, year }).then(setDiff).catch(onError);
  }, [name, year, version]); // eslint-disable-line react-hooks/exhaustive-deps -- onError is the caller's inline callback: listing it would ask again on every render
  return (
    <section className="scenario-changes" data-testid="scenario-changes">
      <h3>
        {t('chg.title')} <YearSelect label={t('chg.year')} years={years} value={year} onChange={setYear} />
      </h3>
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
