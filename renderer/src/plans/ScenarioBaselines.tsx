import { useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { BASELINE_FIELDS, type BaselineField, type YearBaseline } from '../../../shared/scenario/baselines.ts';
import { FormError } from '../ui/FormError.tsx';
import { EntryForm, issuesText } from './EntryForm.tsx';
import { useChannel } from '../data/useChannel.ts';

type Draft = { year: string } & Record<BaselineField, string>;
const emptyDraft = (): Draft => ({
  year: '',
  ...(Object.fromEntries(BASELINE_FIELDS.map((f) => [f, ''])) as Record<BaselineField, string>),
});

/**
 * Phương án → Số liệu gốc: the recorded figures of base years (2015, 2021, 2025…) that targets
 * compare with, to view, add, edit and delete; a refusal names the field at fault.
 */
export function ScenarioBaselines({ onChanged, onError }: { onChanged: () => void; onError: (err: unknown) => void }) {
  const { t, n, lang } = useI18n();
  // Read again after a save or delete (here or elsewhere): the topic 'plans' makes baselines.* stale.
  const read = useChannel('baselines.list', {});
  const list = read.data?.baselines ?? [];
  const [draft, setDraft] = useState<Draft | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const label = (f: string) => (f === 'year' ? t('bl.year') : t(`scn.metric.${f as BaselineField}`));
  const explain = (err: unknown) =>
    issuesText(err, t, lang, (path, reason) => {
      const field = path.split('.').pop() ?? '';
      return field === 'year' || (BASELINE_FIELDS as readonly string[]).includes(field)
        ? t('err.baselineField', { field: label(field), reason })
        : reason;
    });
  const save = async () => {
    if (!draft) return;
    setFormError(null);
    const year = draft.year.trim() === '' ? Number.NaN : Number(draft.year.trim());
    // Figures go as typed (Vietnamese format, "1.234"); the contract reads and checks them.
    const baseline = {
      year,
      ...Object.fromEntries(BASELINE_FIELDS.map((f) => [f, draft[f].trim() === '' ? null : draft[f]])),
    };
    try {
      await call('baselines.save', { baseline });
      setDraft(null);
      setDone(t('bl.saved', { year: String(year) }));
      onChanged();
    } catch (err) {
      setFormError(explain(err));
    }
  };
  const remove = async (year: number) => {
    try {
      await call('baselines.delete', { year });
      setDone(t('bl.deleted', { year: String(year) }));
      onChanged();
    } catch (err) {
      onError(err);
    }
  };
  const edit = (b: YearBaseline) => {
    setFormError(null);
    setDraft({
      year: String(b.year),
      ...(Object.fromEntries(BASELINE_FIELDS.map((f) => [f, b[f] === null ? '' : n(b[f])])) as Record<
        BaselineField,
        string
      >),
    });
  };

  return (
    <section className="baselines" data-testid="baselines" aria-label={t('bl.title')}>
      <h3>{t('bl.title')}</h3>
      <p className="muted">{t('bl.hint')}</p>
      <FormError error={read.error} />
      {list.length === 0 ? (
        <p className="muted">{t('bl.none')}</p>
      ) : (
        <table className="check-table">
          <thead>
            <tr>
              <th>{t('bl.year')}</th>
              {BASELINE_FIELDS.map((f) => (
                <th key={f}>{label(f)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.year} data-year={b.year}>
                <td>{b.year}</td>
                {BASELINE_FIELDS.map((f) => (
                  <td key={f} className="num">
                    {b[f] === null ? <span className="muted">{t('bl.empty')}</span> : n(b[f])}
                  </td>
                ))}
                <td>
                  <button type="button" className="link" onClick={() => edit(b)}>
                    {t('bl.edit', { year: String(b.year) })}
                  </button>{' '}
                  <button type="button" className="link" onClick={() => void remove(b.year)}>
                    {t('bl.delete', { year: String(b.year) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      {!draft && (
        <button
          type="button"
          onClick={() => {
            setDraft(emptyDraft());
            setFormError(null);
            setDone(null);
          }}
        >
          {t('bl.add')}
        </button>
      )}
      {draft && (
        <EntryForm
          label={t('bl.title')}
          error={formError}
          saveLabel={t('bl.save')}
          cancelLabel={t('bl.cancel')}
          onSave={() => void save()}
          onCancel={() => setDraft(null)}
        >
          <div className="row">
            <label>
              {t('bl.year')}
              <input
                inputMode="numeric"
                size={5}
                value={draft.year}
                onChange={(e) => setDraft({ ...draft, year: e.target.value })}
              />
            </label>
            {BASELINE_FIELDS.map((f) => (
              <label key={f}>
                {label(f)}
                <input
                  inputMode="numeric"
                  size={8}
                  value={draft[f]}
                  onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
                />
              </label>
            ))}
          </div>
        </EntryForm>
      )}
    </section>
  );
}
