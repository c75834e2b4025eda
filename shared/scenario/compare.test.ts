import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { seriesOf, summarizePlan, yearRows } from './compare.ts';
import { simulate } from './simulate.ts';
import { OperationSchema } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';

const baseline = [
  unit('T', null, { kind: 'people_committee' }),
  unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 20, deputies: 1 }),
  unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 10, publicEmployeeActual: 8, deputies: 1 }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 5, publicEmployeeActual: 5 }),
];
const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const run = (operations: unknown[]) => {
  const sim = simulate(
    baseline,
    operations.map((o) => OperationSchema.parse(o)),
    { baseYear: 2025, horizon: 2027, rules },
  );
  // As the scenario.simulate handler gives it.
  return {
    ...sim,
    years: yearRows(sim),
    findings: sim.years.flatMap((y) => y.findings.map((f) => ({ ...f, year: y.year }))),
  };
};

describe('summarizePlan', () => {
  it('reads each plan at its horizon against its first year, with targets met and people streamlined', () => {
    const merge = summarizePlan(run([{ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' }]));
    const dissolve = summarizePlan(run([{ type: 'dissolve', year: 2026, unit: 'C', staffTo: null }]));
    expect(merge).toMatchObject({ firstYear: 2025, horizon: 2027 });
    expect(merge.metrics.psus).toEqual({ value: 2, change: -1 });
    expect(merge.metrics.publicEmployeeQuota).toEqual({ value: 35, change: 0 });
    expect(merge.metrics.deputies).toEqual({ value: 3, change: 1 }); // B's head becomes a deputy
    expect(merge.metrics.leavers).toEqual({ value: 0, change: 0 });
    expect(dissolve.metrics.psus).toEqual({ value: 2, change: -1 });
    expect(dissolve.metrics.publicEmployeeQuota).toEqual({ value: 30, change: -5 });
    expect(dissolve.metrics.leavers).toEqual({ value: 5, change: 5 });
    expect(merge.targetsTotal).toBe(dissolve.targetsTotal);
    expect(dissolve.targetsMet).toBeGreaterThanOrEqual(merge.targetsMet);
  });

  it('adds up the payouts of the roadmap: in total and per year', () => {
    // Exits after the first year (2025) under Decree 154, Decree 178's lump sums having ended on 31/08/2025:
    // 30 months early, 22 years of insurance: 5 × 2,5 years early + (5 + 0,5 × 2) months = 18,5 months' salary = 284.090.625 đồng.
    const payout = { policy: '154', salary: 15_356_250, monthsEarly: 30, siYears: 22 };
    const plan = summarizePlan(
      run([
        {
          type: 'staffExit',
          year: 2026,
          unit: 'A',
          civilServants: 0,
          publicEmployees: 1,
          reason: 'early-retirement',
          payout,
        },
        {
          type: 'staffExit',
          year: 2027,
          unit: 'A',
          civilServants: 0,
          publicEmployees: 2,
          reason: 'early-retirement',
          payout,
        },
        { type: 'recruit', year: 2027, unit: 'B', civilServants: 0, publicEmployees: 2 },
      ]),
    );
    expect(plan.cost).toEqual({
      total: 3 * 284_090_625,
      byYear: [
        { year: 2026, cost: 284_090_625 },
        { year: 2027, cost: 2 * 284_090_625 },
      ],
      uncosted: 0,
    });
    expect(plan.metrics.leavers).toEqual({ value: 3, change: 3 });
    expect(plan.metrics.recruited).toEqual({ value: 2, change: 2 });
    expect(summarizePlan(run([])).cost).toEqual({ total: 0, byYear: [], uncosted: 0 });
  });

  it("reads a target's metric (a sum of metrics) year by year", () => {
    const sim = run([{ type: 'dissolve', year: 2026, unit: 'C', staffTo: null }]);
    expect(seriesOf(sim.years, 'civilServantQuota+publicEmployeeQuota')).toEqual([
      { year: 2025, value: 35 },
      { year: 2026, value: 30 },
      { year: 2027, value: 30 },
    ]);
  });
});

describe('people made surplus (dôi dư)', () => {
  it('counts dissolutions and paid exits, never natural retirements nor transfers out', () => {
    const plan = run([
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 3, reason: 'retirement' },
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 2, reason: 'transfer' },
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 1, reason: 'resignation' },
      { type: 'dissolve', year: 2027, unit: 'C', staffTo: null },
    ]);
    expect(plan.years.map((y) => [y.year, y.leavers, y.surplusLeavers])).toEqual([
      [2025, 0, 0],
      [2026, 6, 1],
      [2027, 11, 6],
    ]);
    expect(summarizePlan(plan).metrics.surplusLeavers).toEqual({ value: 6, change: 6 });
  });
});

describe('payouts that could not be computed', () => {
  it('are counted year by year (cumulative) and carried to the summary, so the cost is said to be a lower bound', () => {
    const plan = run([
      // Paid under a policy, no payout inputs: its cost is not computed.
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 2, reason: 'early-retirement' },
      {
        type: 'staffExit',
        year: 2026,
        unit: 'B',
        civilServants: 0,
        publicEmployees: 1,
        reason: 'resignation',
        cost: 5_000_000,
      },
      { type: 'staffExit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 1, reason: 'resignation' },
      // Not paid under a policy: never "not costed".
      { type: 'staffExit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 1, reason: 'retirement' },
    ]);
    expect(plan.years.map((y) => [y.year, y.payoutCost, y.payoutUncosted])).toEqual([
      [2025, 0, 0],
      [2026, 5_000_000, 2],
      [2027, 5_000_000, 3],
    ]);
    expect(summarizePlan(plan).cost).toMatchObject({ total: 5_000_000, uncosted: 3 });
    expect(summarizePlan(run([])).cost.uncosted).toBe(0);
  });
});
