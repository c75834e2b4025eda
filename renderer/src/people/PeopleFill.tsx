import { useState } from 'react';
import { call } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { SKIP_REASONS } from '../../../shared/scenario/people-exits.ts';
import { FormError } from '../ui/FormError.tsx';

type Source = 'retirements' | 'proposals';

/**
 * Brings the personnel list into a plan: a button that shows first what would be written (per
 * unit, year and reason: now in the plan → to be written, with the cost; who is left out, as
 * counts), then writes it on confirmation. The operations written are removable one by one in the
 * plan's operation list.
 */
export function PeopleFill({
  name,
  source,
  disabled,
  onApplied,
}: {
  name: string;
  source: Source;
  disabled?: boolean;
  onApplied(): void;
}) {
  const { t, n, lang } = useI18n();
  const [preview, setPreview] = useState<Result<'scenario.fromPeople'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const run = (apply: boolean) => {
    setError(null);
    setDone(null);
    void call('scenario.fromPeople', { name, source, apply })
      .then((r) => {
        if (apply) {
          setPreview(null);
          setDone(r.exits.length);
          onApplied();
        } else setPreview(r);
      })
      .catch((err: unknown) => {
        setPreview(null);
        setError(errorText(err, t, lang));
      });
  };
  const counts = (c: { civilServants: number; publicEmployees: number }) =>
    c.civilServants + c.publicEmployees === 0 ? '–' : t('fill.counts', { cs: c.civilServants, pe: c.publicEmployees });
  const skipped = preview ? SKIP_REASONS.filter((k) => preview.skipped[k] > 0) : [];
  // Cells the plan already has figures in (entered by hand or filled before) that the fill would change.
  const replaced = (c: Result<'scenario.fromPeople'>['exits'][number]) =>
    c.before.civilServants + c.before.publicEmployees > 0 &&
    (c.before.civilServants !== c.after.civilServants || c.before.publicEmployees !== c.after.publicEmployees);
  const replacedCount = preview ? preview.exits.filter(replaced).length : 0;
  return (
    <div className="people-fill" data-testid={`fill-${source}`}>
      <button
        type="button"
        onClick={() => run(false)}
        disabled={disabled}
        title={t(source === 'retirements' ? 'fill.hintRetirements' : 'fill.hintProposals')}
      >
        {t(source === 'retirements' ? 'fill.retirements' : 'fill.proposals')}
      </button>
      <FormError error={error} />
      {done !== null && (
        <p className="fill-done" role="status">
          {t('fill.applied', { count: done, name })}
        </p>
      )}
      {preview && (
        <div
          className="fill-preview"
          role="dialog"
          aria-label={t(source === 'retirements' ? 'fill.retirements' : 'fill.proposals')}
        >
          <p className="muted">{t(source === 'retirements' ? 'fill.hintRetirements' : 'fill.hintProposals')}</p>
          <p>{t('fill.previewTitle', { name, people: preview.people })}</p>
          {replacedCount > 0 && (
            <p className="fill-replaced" role="alert" data-testid="fill-replaced">
              {t('fill.replaced', { count: replacedCount })}
            </p>
          )}
          {preview.exits.length === 0 ? (
            <p>{t('fill.none')}</p>
          ) : (
            <table className="check-table fill-table">
              <thead>
                <tr>
                  <th>{t('fill.col.unit')}</th>
                  <th>{t('fill.col.year')}</th>
                  <th>{t('fill.col.reason')}</th>
                  <th>{t('fill.col.before')}</th>
                  <th>{t('fill.col.after')}</th>
                  {source === 'proposals' && <th>{t('fill.col.cost')}</th>}
                </tr>
              </thead>
              <tbody>
                {preview.exits.map((c) => (
                  <tr
                    key={`${c.unit} ${c.year} ${c.reason}`}
                    data-unit={c.unit}
                    data-year={c.year}
                    className={replaced(c) ? 'fill-replaced-row' : undefined}
                  >
                    <td>{c.unitName}</td>
                    <td>{c.year}</td>
                    <td>{t(`exit.reason.${c.reason}`)}</td>
                    <td>{counts(c.before)}</td>
                    <td>
                      <b>{counts(c.after)}</b>
                    </td>
                    {source === 'proposals' && <td className="num">{`${n(c.before.cost)} → ${n(c.after.cost)}`}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {skipped.length > 0 && (
            <p className="muted">
              {t('fill.skippedTitle')}{' '}
              {skipped.map((k) => t(`fill.skipped.${k}`, { count: preview.skipped[k] })).join('; ')}.
            </p>
          )}
          <div className="fill-actions">
            {preview.exits.length > 0 && (
              <button type="button" className="primary" onClick={() => run(true)}>
                {t('fill.apply')}
              </button>
            )}
            <button type="button" onClick={() => setPreview(null)}>
              {t('fill.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
