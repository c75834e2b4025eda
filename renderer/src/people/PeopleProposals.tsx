import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { EARLY_GROUPS, type EarlyGroup, type PayoutCase } from '../../../shared/payouts/policies.ts';
import type { PayoutPart } from '../../../shared/payouts/calculate.ts';
import { factorText } from '../../../shared/view/payout-factor-text.ts';
import { PROPOSAL_CASES, type PROPOSAL_POLICIES, type ProposalResult } from '../../../shared/people/proposals.ts';
import type { BaseSalaryView, PersonRow } from '../../../shared/people/person-rows.ts';
import { FormError } from '../ui/FormError.tsx';
import { useChannel } from '../data/useChannel.ts';
import { PeopleFill } from './PeopleFill.tsx';

type Proposals = Result<'people.proposals'>;

/** How sure a value is, in words: an M value is "cần xác minh", never stated as law. */
export function confidenceWords(
  t: ReturnType<typeof useI18n>['t'],
  p: Pick<PayoutPart, 'confidence' | 'weak'>,
): string {
  if (p.confidence === 'M') return t('pay.verify');
  return p.weak ? t('pay.weak') : t(`confidence.${p.confidence}`);
}

/** A proposal's payout, part by part with its basis and confidence, or why the policy does not cover the person. */
export function ProposalOutcome({ result }: { result: ProposalResult }) {
  const { t, lang } = useI18n();
  const months = (m: number) => String(m).replace('.', lang === 'vi' ? ',' : '.');
  const si =
    result.siMonths === null
      ? t('ppl.siUnknown')
      : t('ppl.siTime', { years: String(Math.floor(result.siMonths / 12)), months: String(result.siMonths % 12) });
  const base = result.baseSalary
    ? t('ppl.payoutBase', {
        amount: result.baseSalary.amount,
        from: result.baseSalary.from,
        citation: result.baseSalary.citation,
      })
    : '';
  return (
    <div className="proposal-outcome" data-testid="proposal-outcome">
      {result.salary !== null && (
        <p>{t('ppl.payoutBasis', { salary: result.salary, base, months: result.monthsEarly, si })}</p>
      )}
      {result.lowerRetirementAge && <p className="muted">{t('ppl.lowerAgeNote')}</p>}
      {result.refusal ? (
        <p className="form-error" role="alert">
          {t('ppl.notCovered', { reason: t(result.refusal.key, result.refusal.params) })}
        </p>
      ) : (
        result.payout && (
          <ul className="payout-parts">
            {result.payout.parts.map((p) => (
              <li key={p.key} data-part={p.key} data-confidence={p.confidence}>
                {p.factor
                  ? t('ppl.partFactor', {
                      label: t(p.key),
                      factor: factorText(p.factor, lang),
                      months: months(p.months),
                      amount: p.amount,
                    })
                  : t('ppl.part', { label: t(p.key), months: months(p.months), amount: p.amount })}
                {p.confidence === 'M' && (
                  <>
                    {' '}
                    <span className="verify">({t('pay.verify')})</span>
                  </>
                )}
                <span className="basis">
                  {t('ppl.partBasis', { citation: p.citation, confidence: confidenceWords(t, p) })}
                </span>
              </li>
            ))}
            <li className="total" data-part="total">
              <b>{t('ppl.payoutTotal', { total: result.payout.total })}</b>
            </li>
          </ul>
        )
      )}
      {result.notices.map((x) => (
        <p key={x.key} className={x.key === 'pay.noteUnemployment' ? 'muted' : 'verify'} data-notice={x.key}>
          {t(x.key, x.params)}
        </p>
      ))}
      <p className="muted">
        {t('ppl.policyBasis', {
          citation: result.policyCitation,
          confidence: t(`confidence.${result.policyConfidence}`),
        })}
      </p>
    </div>
  );
}

/**
 * The proposals tab of the personnel list: the form for the person selected in the grid (case,
 * policy, leaving month, within 12 months of the decision) with the payout worked out; the proposed
 * payouts per unit and year; and putting the proposed people into a chosen plan.
 */
export function ProposalsPanel({
  person,
  proposals,
  onChanged,
}: {
  person: PersonRow | null;
  proposals: Proposals | null;
  onChanged(): void;
}) {
  const { t, n, lang } = useI18n();
  const mine = person ? (proposals?.proposals.find((p) => p.personId === person.id) ?? null) : null;
  const [kind, setKind] = useState<PayoutCase>('early-retirement');
  const [policy, setPolicy] = useState<(typeof PROPOSAL_POLICIES)[number]>('178');
  const [leaveFrom, setLeaveFrom] = useState('');
  const [within12, setWithin12] = useState(true);
  const [group, setGroup] = useState<EarlyGroup>('restructuring');
  const [afterTraining, setAfterTraining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The plans open to edit (through the query cache: a plan made, locked or deleted elsewhere follows).
  const planRead = useChannel('scenario.list', {});
  const plans = (planRead.data ?? []).filter((p) => !p.locked).map((p) => p.name);
  const [chosen, setPlan] = useState('');
  // The plan chosen, or the first one open to edit.
  const plan = plans.includes(chosen) ? chosen : (plans[0] ?? '');
  useEffect(() => {
    setError(null);
    setKind(mine?.case ?? 'early-retirement');
    setPolicy(mine?.policy ?? '178');
    setLeaveFrom(mine?.leaveFrom ?? '');
    setWithin12(mine?.within12 ?? true);
    setGroup(mine?.group ?? 'restructuring');
    setAfterTraining(mine?.afterTraining ?? false);
  }, [person?.id, mine?.leaveFrom, mine?.case, mine?.policy, mine?.within12, mine?.group, mine?.afterTraining]);
  const fail = (err: unknown) => setError(errorText(err, t, lang));
  const save = () => {
    if (!person) return;
    setError(null);
    // The group belongs to a Decree 178 early retirement, training to a Decree 154 resignation.
    const withGroup = kind === 'early-retirement' && policy === '178' ? group : 'restructuring';
    const trained = kind === 'resignation' && policy === '154' && afterTraining;
    void call('people.propose', {
      personId: person.id,
      case: kind,
      policy,
      leaveFrom,
      within12,
      group: withGroup,
      afterTraining: trained,
    })
      .then(onChanged)
      .catch(fail);
  };
  const withdraw = () => person && void call('people.withdraw', { personId: person.id }).then(onChanged).catch(fail);
  const totals = proposals?.totals;
  const years = totals ? totals.byYear.map((y) => y.year) : [];
  const units = totals ? [...new Set(totals.rows.map((r) => r.unitCode))] : [];
  return (
    <div className="people-proposals">
      {!person ? (
        <p className="muted">{t('ppl.pickPerson')}</p>
      ) : (
        <form
          className="proposal-form"
          data-testid="proposal-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <strong>{t('ppl.proposeFor', { name: person.fullName, unit: person.unitName ?? person.unitCode })}</strong>
          <label>
            {t('ppl.case')}
            <select value={kind} onChange={(e) => setKind(e.target.value as PayoutCase)}>
              {PROPOSAL_CASES.map((c) => (
                <option key={c} value={c}>
                  {t(`exit.reason.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ppl.policy')}
            <select value={policy} onChange={(e) => setPolicy(e.target.value as typeof policy)}>
              <option value="178">178/2024 (67/2025)</option>
              <option value="154">154/2025</option>
            </select>
          </label>
          {kind === 'early-retirement' && policy === '178' && (
            <label>
              {t('ppl.group')}
              <select
                value={group}
                onChange={(e) => setGroup(e.target.value as EarlyGroup)}
                data-testid="proposal-group"
              >
                {EARLY_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`ppl.group.${g}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kind === 'resignation' && policy === '154' && (
            <label className="inline">
              <input
                type="checkbox"
                checked={afterTraining}
                onChange={(e) => setAfterTraining(e.target.checked)}
                data-testid="proposal-training"
              />{' '}
              {t('ppl.afterTraining')}
            </label>
          )}
          <label>
            {t('ppl.leaveFrom')}
            <input size={8} value={leaveFrom} placeholder="05/2025" onChange={(e) => setLeaveFrom(e.target.value)} />
          </label>
          {/* Art. 7a counts its 12 months from 15/03/2025 (by the leaving month) and Art. 7b never halves: no choice to make. */}
          {kind === 'early-retirement' && policy === '178' && group !== 'restructuring' ? (
            <span className="muted">{t(group === 'downsizing' ? 'ppl.group7aNote' : 'ppl.group7bNote')}</span>
          ) : (
            <label className="inline">
              <input type="checkbox" checked={within12} onChange={(e) => setWithin12(e.target.checked)} />{' '}
              {t('ppl.within12')}
            </label>
          )}
          <button type="submit" className="primary">
            {t('ppl.propose')}
          </button>
          {mine && (
            <button type="button" onClick={withdraw}>
              {t('ppl.withdraw')}
            </button>
          )}
          <FormError error={error} />
          {mine && <ProposalOutcome result={mine} />}
        </form>
      )}
      <div className="proposal-totals">
        <strong>{t('ppl.totalsTitle')}</strong>
        {!totals || totals.rows.length === 0 ? (
          <p className="muted">{t('ppl.noProposals')}</p>
        ) : (
          <table className="people-ret-table" data-testid="proposal-totals">
            <thead>
              <tr>
                <th>{t('ppl.col.unit')}</th>
                {years.map((y) => (
                  <th key={y} className="num">
                    {y}
                  </th>
                ))}
                <th className="num">{t('rm.total')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const rows = totals.rows.filter((r) => r.unitCode === u);
                return (
                  <tr key={u} data-unit={u}>
                    <td>{u}</td>
                    {years.map((y) => {
                      const r = rows.find((x) => x.year === y);
                      return (
                        <td key={y} className="num">
                          {r ? (
                            <>
                              {n(r.total)}{' '}
                              <small className="muted">
                                ({t('ppl.totalsPeople', { paid: r.paid, people: r.people })})
                              </small>
                            </>
                          ) : (
                            '–'
                          )}
                        </td>
                      );
                    })}
                    <td className="num">{n(rows.reduce((s, r) => s + r.total, 0))}</td>
                  </tr>
                );
              })}
              <tr className="total" data-unit="">
                <td>{t('rm.total')}</td>
                {totals.byYear.map((y) => (
                  <td key={y.year} className="num">
                    {n(y.total)}
                  </td>
                ))}
                <td className="num">{n(totals.total)}</td>
              </tr>
            </tbody>
          </table>
        )}
        <div className="proposal-plan">
          <FormError error={planRead.error} />
          {plans.length === 0 ? (
            <span className="muted">{t('ppl.noPlans')}</span>
          ) : (
            <>
              <label>
                {t('ppl.plan')}{' '}
                <select value={plan} onChange={(e) => setPlan(e.target.value)} data-testid="proposal-plan">
                  {plans.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
              {plan && (
                <PeopleFill
                  key={plan}
                  name={plan}
                  source="proposals"
                  disabled={!totals || totals.rows.length === 0}
                  onApplied={() => undefined}
                />
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** The base salary periods: built in (with how sure the reference is) and added by the province, with a form to add one. */
export function BaseSalaryPanel({ periods, onChanged }: { periods: BaseSalaryView[]; onChanged(): void }) {
  const { t, n, lang } = useI18n();
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState('');
  const [citation, setCitation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const add = () => {
    setError(null);
    setDone(null);
    void call('people.addBaseSalary', { amount, from, citation })
      .then(() => {
        setDone(t('ppl.baseAdded', { amount: amount.trim(), from: from.trim() }));
        setAmount('');
        setFrom('');
        setCitation('');
        onChanged();
      })
      .catch((err: unknown) => setError(errorText(err, t, lang)));
  };
  const remove = (id: number) =>
    void call('people.removeBaseSalary', { id })
      .then(onChanged)
      .catch((err: unknown) => setError(errorText(err, t, lang)));
  return (
    <div className="people-base-salary" data-testid="base-salary">
      <p className="muted">{t('ppl.baseHint')}</p>
      <table className="people-ret-table">
        <thead>
          <tr>
            <th>{t('ppl.baseFrom')}</th>
            <th className="num">{t('ppl.baseAmount')}</th>
            <th>{t('ppl.baseCitation')}</th>
            <th>{t('ppl.baseSource')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.from} data-from={p.from}>
              <td>{p.from}</td>
              <td className="num">{n(p.amount)}</td>
              <td>{p.citation}</td>
              <td>{p.confidence ? t(`confidence.${p.confidence}`) : t('ppl.baseOwn')}</td>
              <td>
                {p.id !== null && (
                  <button type="button" onClick={() => remove(p.id!)}>
                    {t('ppl.baseRemove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="base-salary-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t('ppl.baseAmount')}
          <input
            size={12}
            inputMode="numeric"
            value={amount}
            placeholder="2.530.000"
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <label>
          {t('ppl.baseFrom')}
          <input size={11} value={from} placeholder="01/07/2026" onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('ppl.baseCitation')}
          <input size={32} value={citation} onChange={(e) => setCitation(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('ppl.baseAdd')}
        </button>
      </form>
      <FormError error={error} />
      {done && <p role="status">{done}</p>}
    </div>
  );
}
