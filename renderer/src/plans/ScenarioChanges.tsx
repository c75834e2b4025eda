import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { FieldChange } from '../ui/FieldChange.tsx';
import { unitLabels, type WholeFigures } from '../../../shared/scenario/figures.ts';

/**
 * What the plan changes against the current organisation at the end of a chosen year. A row picked
 * (click, or Enter on it) names its unit and year to `onPick`: its details show beside the table.
 */
export function ScenarioChanges({
  name,
  years,
  picked,
  onPick,
}: {
  name: string;
  years: readonly number[];
  picked: string | null;
  onPick(code: string, year: number): void;
}) {
  const { t } = useI18n();
  const [year, setYear] = useState(years[years.length - 1] ?? 0);
  // Read again when an edit of the plans makes it stale (data/invalidation.ts); another year keeps the table until its answer.
  const { data: diff, error } = useChannel('scenario.diff', { name, year }, { keepPrevious: true });
  // The units before and after (the chart's read, from the cache): a parent is said by its name, as the rows are.
  const state = useChannel('scenario.state', { name, year }, { keepPrevious: true });
  const labelOf = useMemo(() => (state.data ? unitLabels(state.data.units, state.data.baseline) : null), [state.data]);
  // The table waits for the names of the same year: a parent is never said by its code.
  const shown = diff && labelOf && state.data?.year === diff.year ? diff : null;
  // The unit picked follows the table to another year: its details are said for the year shown.
  const shownYear = shown?.year;
  useEffect(() => {
    if (picked !== null && shownYear !== undefined) onPick(picked, shownYear);
  }, [shownYear]); // eslint-disable-line react-hooks/exhaustive-deps -- only a change of year re-picks; onPick is the caller's inline callback
  const value = (field: string, v: string | number | null) =>
    field === 'parentCode' && typeof v === 'string' && labelOf ? labelOf(v) : v;
  return (
    <section className="scenario-changes" data-testid="scenario-changes">
      <h3>
        {t('chg.title')} <YearSelect label={t('chg.year')} years={years} value={year} onChange={setYear} />
      </h3>
      <FormError error={error ?? state.error} />
      {shown && shown.diff.length === 0 && <p className="muted">{t('chg.none')}</p>}
      {shown && shown.diff.length > 0 && (
        <table className="check-table chg-table">
          <thead>
            <tr>
              <th>{t('field.name')}</th>
              <th>{t('chg.status')}</th>
              <th>{t('chg.what')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.diff.map((c) => (
              <tr
                key={c.code}
                className={`chg-${c.status}${picked === c.code ? ' picked' : ''}`}
                data-code={c.code}
                tabIndex={0}
                aria-selected={picked === c.code}
                title={t('chg.pickHint')}
                onClick={() => onPick(c.code, shown.year)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onPick(c.code, shown.year);
                  }
                }}
              >
                <td>
                  {c.label} <span className="muted">({c.code})</span>
                </td>
                <td>{t(`chg.${c.status}`)}</td>
                <td>
                  {c.whole && <WholeChange whole={c.whole} />}
                  {c.whole && c.fields.length > 0 && <div className="muted">{t('chg.own')}</div>}
                  {c.fields.map((f) => (
                    <FieldChange
                      key={f.field}
                      field={f.field}
                      before={value(f.field, f.before)}
                      after={value(f.field, f.after)}
                      label={f.field === 'parentCode' ? t('panel.parent') : undefined}
                    />
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
