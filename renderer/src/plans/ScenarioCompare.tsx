import { useQueries } from '@tanstack/react-query';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { channelKey } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { COMPARE_METRICS, summarizePlan } from '../../../shared/scenario/compare.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';

/** The abbreviations the figures' names use, each with the words it stands for (a tooltip). */
const ABBREVIATIONS: ReadonlyArray<[string, MessageKey]> = [
  ['NSNN', 'scn.compare.abbrNSNN'],
  ['ĐVSN', 'scn.compare.abbrDVSN'],
];
const ABBREVIATION = new RegExp(`(${ABBREVIATIONS.map(([a]) => a).join('|')})`);

/** A figure's name with each abbreviation in it marked, its meaning on hover. */
function WithAbbreviations({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <>
      {text.split(ABBREVIATION).map((part, i) => {
        const key = ABBREVIATIONS.find(([a]) => a === part)?.[1];
        return key ? (
          <abbr key={i} title={t(key)}>
            {part}
          </abbr>
        ) : (
          part
        );
      })}
    </>
  );
}

/** Two or more stored plans side by side: where each ends against where it starts. */
export function ScenarioCompare({ names }: { names: readonly string[] }) {
  const { t, n } = useI18n();
  // Each plan as stored, then its simulation: read again when an edit of the plans makes them stale.
  const stored = useQueries({
    queries: names.map((name) => ({
      queryKey: channelKey('scenario.get', { name }),
      queryFn: () => call('scenario.get', { name }),
    })),
  });
  const simulated = useQueries({
    queries: stored.map((s) => ({
      queryKey: channelKey('scenario.simulate', { scenario: s.data! }),
      queryFn: () => call('scenario.simulate', { scenario: s.data! }),
      enabled: s.data !== undefined,
    })),
  });
  const error = [...stored, ...simulated].find((q) => q.error)?.error;
  if (error) return <FormError error={error} />;
  if (names.length === 0 || simulated.some((q) => !q.data)) return null;
  const plans = names.map((name, i) => ({ name, summary: summarizePlan(simulated[i]!.data!) }));
  const { firstYear, horizon } = plans[0]!.summary;
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  return (
    <section className="scenario-compare" data-testid="scenario-compare">
      <h3>{t('scn.compareTitle', { first: String(firstYear), horizon: String(horizon) })}</h3>
      <table className="check-table">
        <thead>
          <tr>
            <th scope="col">{t('scn.compare.metric')}</th>
            {plans.map((p) => (
              <th key={p.name} scope="col" title={p.name} data-testid="compare-plan">
                <div className="compare-plan-name">{p.name}</div>
                <div className="muted compare-plan-column">
                  {t('scn.compare.column', { first: String(firstYear), horizon: String(horizon) })}
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COMPARE_METRICS.map((m) => (
            <tr key={m}>
              <td>
                <WithAbbreviations text={t(`scn.metric.${m}`)} />
              </td>
              {plans.map((p) => (
                <td key={p.name} className="num">
                  {n(p.summary.metrics[m].value)} <span className="muted">({signed(p.summary.metrics[m].change)})</span>
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <td>{t('scn.targetsMet')}</td>
            {plans.map((p) => (
              <td key={p.name} className="num">
                {p.summary.targetsMet}/{p.summary.targetsTotal}
                {p.summary.targetsUnknown > 0
                  ? ` (${t('scn.targetsUnknown', { count: p.summary.targetsUnknown })})`
                  : ''}
              </td>
            ))}
          </tr>
          <tr data-testid="compare-cost">
            <td>{t('scn.costTotal')}</td>
            {plans.map((p) => (
              <td
                key={p.name}
                className="num"
                title={
                  p.summary.cost.uncosted > 0
                    ? t('scn.costPartialTitle', { count: n(p.summary.cost.uncosted) })
                    : undefined
                }
              >
                {p.summary.cost.uncosted > 0 ? `≥ ${n(p.summary.cost.total)}` : n(p.summary.cost.total)}
                {p.summary.cost.uncosted > 0 && (
                  <div className="positions-warn">{t('scn.costUncosted', { count: n(p.summary.cost.uncosted) })}</div>
                )}
                <div className="muted">
                  {p.summary.cost.byYear.length === 0
                    ? t('scn.costNone')
                    : p.summary.cost.byYear.map((y) => `${y.year}: ${n(y.cost)}`).join('; ')}
                </div>
              </td>
            ))}
          </tr>
          <tr>
            <td>{t('scn.findingsLeft')}</td>
            {plans.map((p) => (
              <td key={p.name} className="num">
                {t('scn.findingsValue', {
                  count: p.summary.findings,
                  errors: p.summary.errors,
                  notes: p.summary.notes,
                })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
