import { useState } from 'react';
import { call, ApiError } from '../api.ts';
import { editPlan } from './plan-versions.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { channelKey, useChannel } from '../data/useChannel.ts';
import { queryClient } from '../data/query-client.ts';
import { usePlanRead } from './usePlanRead.ts';
import { METRIC_KEYS } from '../../../shared/scenario/metrics.ts';
import { parseCount } from '../../../shared/format.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { FormError } from '../ui/FormError.tsx';
import { EntryForm, issuesText } from './EntryForm.tsx';

/** A metric choice: one metric, or the state payroll as a whole (civil servants + state-paid). */
const STAFF = 'civilServantQuota+publicEmployeeQuota';
const METRIC_CHOICES = [...METRIC_KEYS, STAFF] as const;

interface Row {
  id: string;
  title: string;
  kind: 'reduction' | 'share' | 'not_above';
  metric: string;
  of: string;
  baseYear: string;
  year: string;
  pct: string;
  communeStaff: 'included' | 'excluded';
}
const emptyRow = (n: number, year: number): Row => ({
  id: `muc-tieu-${n}`,
  title: '',
  kind: 'reduction',
  metric: 'psus',
  of: 'psus',
  baseYear: String(year),
  year: String(year + 5),
  pct: '',
  communeStaff: 'included',
});
/** Whether the metric counts civil servants, so that commune cán bộ, công chức may be counted in or out. */
const countsCivilServants = (metric: string) =>
  metric.split('+').some((m) => m === 'civilServantQuota' || m === 'civilServantActual');

const FIELD_LABELS: Record<string, MessageKey> = {
  id: 'tset.targetId',
  title: 'tset.targetTitle',
  metric: 'tset.metric',
  of: 'tset.of',
  baseYear: 'tset.baseYear',
  year: 'tset.year',
  requiredPct: 'tset.pct',
  communeStaff: 'tset.communeStaff',
  kind: 'tset.kind',
};

/** The target sets a plan is judged by (built-in or the province's own), and a form to define the province's own. */
export function ScenarioTargetSets({
  name,
  locked,
  baseYear,
  onChanged,
  onError,
}: {
  name: string;
  locked: boolean;
  baseYear: number;
  onChanged: () => void;
  onError: (err: unknown) => void;
}) {
  const { t, lang } = useI18n();
  // The sets and the plan (with its version as read, plan-versions.ts): read again when an edit of the plans makes them stale.
  const setsRead = useChannel('targetSets.list', {});
  const sets = setsRead.data ?? { builtIn: [], own: [] };
  const open = usePlanRead(name);
  const stored = (open.data?.scenario.targetSets ?? []).map((r) => (typeof r === 'string' ? r : r.id));
  // A choice shown at once, until a read sent after its edit answered (`after`; Infinity while on its way) shows it stored.
  const [shown, setShown] = useState<{ ids: string[]; after: number } | null>(null);
  const chosen = shown && !(open.data && open.data.held.at > shown.after) ? shown.ids : stored;
  const [editing, setEditing] = useState(false);
  const [head, setHead] = useState({ id: '', title: '', citation: '' });
  const [rows, setRows] = useState<Row[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const toggle = async (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
    const mine = { ids: next, after: Infinity };
    setShown(mine); // shown at once, put back if refused
    const held = open.data?.held;
    try {
      const saved = await editPlan(
        () => held,
        (v) => call('scenario.setTargetSets', { name, targetSets: next, version: v }),
      );
      setShown((s) => (s === mine ? { ids: next, after: saved.held.at } : s));
      onChanged();
    } catch (err) {
      setShown((s) => (s === mine ? null : s));
      onError(err);
      // Refused because the plan changed since: it is read again and shown as it is now.
      if (err instanceof ApiError && err.error.key === 'err.planChanged')
        void queryClient.invalidateQueries({ queryKey: channelKey('scenario.open', { name }) });
    }
  };

  /** Each field at fault, named by its target's number and label. */
  const explain = (err: unknown) =>
    issuesText(err, t, lang, (field, reason) => {
      const m = /targets\.(\d+)\.(\w+)/.exec(field);
      if (m) return t('tset.fieldAt', { index: Number(m[1]) + 1, field: FIELD_LABELS[m[2]!] ?? m[2]!, reason });
      const last = field.split('.').pop();
      return last === 'id' ? `${t('tset.id')}: ${reason}` : last === 'title' ? `${t('tset.name')}: ${reason}` : reason;
    });

  const save = async () => {
    setFormError(null);
    const num = (v: string) => (v.trim() === '' ? undefined : (parseCount(v, lang) ?? Number.NaN));
    const set = {
      ...head,
      targets: rows.map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        metric: r.metric.split('+'),
        ...(r.kind === 'share' ? { of: r.of.split('+') } : {}),
        baseYear: num(r.baseYear),
        year: num(r.year),
        requiredPct: r.kind === 'not_above' ? 0 : Number(r.pct.trim().replace(',', '.')) || Number.NaN,
        ...(countsCivilServants(r.metric) ? { communeStaff: r.communeStaff } : {}),
      })),
    };
    try {
      await call('targetSets.save', { set } as never);
      setEditing(false);
    } catch (err) {
      setFormError(explain(err));
    }
  };
  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const box = (s: Result<'targetSets.list'>['builtIn'][number], own: boolean) => (
    <li key={s.id}>
      <label title={s.citation}>
        <input
          type="checkbox"
          checked={chosen.includes(s.id)}
          disabled={locked}
          onChange={(e) => void toggle(s.id, e.target.checked)}
        />{' '}
        {s.title}{' '}
        <span className="muted">
          ({own ? t('tset.own') : t('tset.builtIn')}; {s.targets.length})
        </span>
      </label>
      {own && (
        <button
          type="button"
          className="link"
          onClick={() => void call('targetSets.delete', { id: s.id }).catch(onError)}
        >
          {t('tset.delete', { id: s.id })}
        </button>
      )}
    </li>
  );

  return (
    <section className="target-sets" data-testid="target-sets">
      <FormError error={setsRead.error ?? open.error} />
      <h3>{t('tset.title')}</h3>
      <p className="muted">{t('tset.hint')}</p>
      <ul className="plain">
        {sets.builtIn.map((s) => box(s, false))}
        {sets.own.map((s) => box(s, true))}
      </ul>
      {!editing && (
        <button
          type="button"
          onClick={() => {
            setEditing(true);
            setHead({ id: '', title: '', citation: '' });
            setRows([emptyRow(1, baseYear)]);
            setFormError(null);
          }}
        >
          {t('tset.new')}
        </button>
      )}
      {editing && (
        <EntryForm
          label={t('tset.new')}
          error={formError}
          saveLabel={t('tset.save')}
          cancelLabel={t('tset.cancel')}
          onSave={() => void save()}
          onCancel={() => setEditing(false)}
          buttons={
            <button type="button" onClick={() => setRows([...rows, emptyRow(rows.length + 1, baseYear)])}>
              {t('tset.addTarget')}
            </button>
          }
        >
          <div className="row">
            <label>
              {t('tset.id')}
              <input value={head.id} onChange={(e) => setHead({ ...head, id: e.target.value })} />
            </label>
            <label>
              {t('tset.name')}
              <input value={head.title} onChange={(e) => setHead({ ...head, title: e.target.value })} />
            </label>
            <label>
              {t('tset.citation')}
              <input value={head.citation} onChange={(e) => setHead({ ...head, citation: e.target.value })} />
            </label>
          </div>
          {rows.map((r, i) => (
            <fieldset key={i} aria-label={t('tset.target', { index: i + 1 })}>
              <legend>{t('tset.target', { index: i + 1 })}</legend>
              <label>
                {t('tset.targetId')}
                <input value={r.id} onChange={(e) => update(i, { id: e.target.value })} />
              </label>
              <label className="wide">
                {t('tset.targetTitle')}
                <input value={r.title} onChange={(e) => update(i, { title: e.target.value })} />
              </label>
              <label>
                {t('tset.kind')}
                <select value={r.kind} onChange={(e) => update(i, { kind: e.target.value as Row['kind'] })}>
                  <option value="reduction">{t('tset.kind.reduction')}</option>
                  <option value="share">{t('tset.kind.share')}</option>
                  <option value="not_above">{t('tset.kind.not_above')}</option>
                </select>
              </label>
              <label>
                {t('tset.metric')}
                <MetricSelect value={r.metric} onChange={(metric) => update(i, { metric })} />
              </label>
              {r.kind === 'share' && (
                <label>
                  {t('tset.of')}
                  <MetricSelect value={r.of} onChange={(of) => update(i, { of })} />
                </label>
              )}
              <label>
                {t('tset.baseYear')}
                <input
                  inputMode="numeric"
                  size={5}
                  value={r.baseYear}
                  onChange={(e) => update(i, { baseYear: e.target.value })}
                />
              </label>
              {countsCivilServants(r.metric) && (
                <label>
                  {t('tset.communeStaff')}
                  <select
                    value={r.communeStaff}
                    onChange={(e) => update(i, { communeStaff: e.target.value as Row['communeStaff'] })}
                  >
                    <option value="included">{t('scn.communeStaff.included')}</option>
                    <option value="excluded">{t('scn.communeStaff.excluded')}</option>
                  </select>
                </label>
              )}
              <label>
                {t('tset.year')}
                <input
                  inputMode="numeric"
                  size={5}
                  value={r.year}
                  onChange={(e) => update(i, { year: e.target.value })}
                />
              </label>
              {r.kind !== 'not_above' && (
                <label>
                  {t('tset.pct')}
                  <input
                    inputMode="decimal"
                    size={5}
                    value={r.pct}
                    onChange={(e) => update(i, { pct: e.target.value })}
                  />
                </label>
              )}
              {rows.length > 1 && (
                <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('tset.removeTarget')}
                </button>
              )}
            </fieldset>
          ))}
        </EntryForm>
      )}
    </section>
  );
}

/** A target's metric (or the metric it is a share of): one metric, or the state payroll as a whole. */
function MetricSelect({ value, onChange }: { value: string; onChange: (metric: string) => void }) {
  const { t } = useI18n();
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      {METRIC_CHOICES.map((m) => (
        <option key={m} value={m}>
          {m === STAFF ? t('tset.staffMetric') : t(`scn.metric.${m}` as MessageKey)}
        </option>
      ))}
    </select>
  );
}
