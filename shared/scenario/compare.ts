/**
 * Comparing plans side by side: for each simulated plan, where it ends (the horizon year) against
 * where it starts (the base year), how many targets it meets, how many findings remain at the
 * horizon, how many people it streamlines and recruits, and what the payouts of its roadmap cost.
 */
import type { YearMetrics } from './metrics.ts';
import { surplusLeavers, type Simulation } from './simulate.ts';

export interface SimulatedYear extends YearMetrics {
  year: number;
  leavers: number;
  /** Of the leavers, those made surplus by the plan (dôi dư): not natural retirements nor transfers out. */
  surplusLeavers: number;
  converted: number;
  /** Recruited so far. */
  recruited: number;
  /** Payouts to the people who left so far, in đồng. */
  payoutCost: number;
  /** Of the people paid under a policy so far, those whose payout could not be computed: `payoutCost` leaves them out (a lower bound). */
  payoutUncosted: number;
}

/** A simulation's years as flat rows: the year, its metrics, and the people gone so far. */
export function yearRows(sim: Simulation): SimulatedYear[] {
  const uncostedIn = new Map<number, number>();
  for (const e of sim.exits) if (e.uncosted > 0) uncostedIn.set(e.year, (uncostedIn.get(e.year) ?? 0) + e.uncosted);
  let uncosted = 0;
  return sim.years.map((y) => ({
    year: y.year,
    ...y.metrics,
    leavers: y.leavers,
    surplusLeavers: surplusLeavers(y),
    converted: y.converted,
    recruited: y.recruited,
    payoutCost: y.payoutCost,
    payoutUncosted: (uncosted += uncostedIn.get(y.year) ?? 0),
  }));
}

export interface SimulatedPlan {
  years: readonly SimulatedYear[];
  targets: ReadonlyArray<{ met: boolean | null }>;
  findings: ReadonlyArray<{ year: number; severity: string }>;
}

export type CompareMetric = keyof YearMetrics | 'leavers' | 'surplusLeavers' | 'converted' | 'recruited';
export const COMPARE_METRICS: readonly CompareMetric[] = [
  'units',
  'agencies',
  'psus',
  'civilServantQuota',
  'publicEmployeeQuota',
  'deputies',
  'leavers',
  'surplusLeavers',
  'converted',
  'recruited',
];

export interface PlanSummary {
  firstYear: number;
  horizon: number;
  /** Each metric at the horizon, and its change since the first year. */
  metrics: Record<CompareMetric, { value: number; change: number }>;
  targetsMet: number;
  targetsTotal: number;
  /** Targets without the figures for a verdict (chưa đủ số liệu). */
  targetsUnknown: number;
  /** Payouts of the roadmap's exits in đồng: in total, and in each year that has any; `uncosted`: the people paid whose payout could not be computed (the total is then a lower bound). */
  cost: { total: number; byYear: Array<{ year: number; cost: number }>; uncosted: number };
  /** Findings left in the horizon year that are violations or warnings, how many of them are errors, and the "cần xác minh" notes apart. */
  findings: number;
  errors: number;
  notes: number;
}

export function summarizePlan(plan: SimulatedPlan): PlanSummary {
  const first = plan.years[0];
  const last = plan.years[plan.years.length - 1];
  if (!first || !last) throw new Error('a simulated plan has at least one year');
  const metrics = {} as PlanSummary['metrics'];
  for (const m of COMPARE_METRICS) metrics[m] = { value: last[m], change: last[m] - first[m] };
  const atHorizon = plan.findings.filter((f) => f.year === last.year);
  const byYear = plan.years
    .map((y, i) => ({ year: y.year, cost: y.payoutCost - (i === 0 ? 0 : plan.years[i - 1]!.payoutCost) }))
    .filter((y) => y.cost !== 0);
  return {
    firstYear: first.year,
    horizon: last.year,
    metrics,
    targetsMet: plan.targets.filter((x) => x.met).length,
    targetsTotal: plan.targets.length,
    targetsUnknown: plan.targets.filter((x) => x.met === null).length,
    cost: { total: last.payoutCost, byYear, uncosted: last.payoutUncosted },
    findings: atHorizon.filter((f) => f.severity !== 'note').length,
    errors: atHorizon.filter((f) => f.severity === 'error').length,
    notes: atHorizon.filter((f) => f.severity === 'note').length,
  };
}

/** A target's metric (one name, or names joined by "+") year by year. */
export function seriesOf(
  years: readonly SimulatedYear[],
  metric: string,
  communeStaff: 'included' | 'excluded' = 'included',
): Array<{ year: number; value: number }> {
  const parts = metric.split('+') as Array<keyof YearMetrics>;
  // Commune staff counted out: the commune part of a civil-servant metric is taken out.
  const out = (y: SimulatedYear, k: keyof YearMetrics) =>
    communeStaff === 'excluded'
      ? k === 'civilServantQuota'
        ? y.communeCivilServantQuota
        : k === 'civilServantActual'
          ? y.communeCivilServantActual
          : 0
      : 0;
  return years.map((y) => ({ year: y.year, value: parts.reduce((s, k) => s + y[k] - out(y, k), 0) }));
}
