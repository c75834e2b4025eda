import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { OperationSchema, type Operation } from './operations.ts';
import { simulate } from './simulate.ts';
import { yearRows } from './compare.ts';
import { reductionCharts, roadmapOf, setPlannedExits } from './roadmap.ts';
import { exitCost } from './exit-cost.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 10, civilServantActual: 12 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11 }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 29 }),
];
const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
const run = (list: unknown[]) => simulate(base, ops(list), { baseYear: 2025, horizon: 2027, rules });
const moha = { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 } as const;

describe('roadmapOf', () => {
  it('shows what is above quota per unit and year after mergers and quota cuts, and how much the exits cover', () => {
    const sim = run([
      // 2026: A and B merge into A (quota 32, 29 people), then the quota is cut to 25: 4 above.
      { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
      { type: 'setQuota', year: 2026, unit: 'A', publicEmployeeQuota: 25 },
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 1, reason: 'retirement' },
      // Under Decree 154 (Decree 178's lump sums ended on 31/08/2025): 5 × 2,5 years early + (5 + 0,5 × 2) months = 18,5 months' salary.
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 1,
        reason: 'early-retirement',
        payout: { ...moha, policy: '154' },
      },
      // 2027: 2 still above; 3 leave (one more than needed).
      { type: 'staffExit', year: 2027, unit: 'A', civilServants: 0, publicEmployees: 3, reason: 'resignation' },
      // S: 2 civil servants above quota from the start; one leaves in 2025.
      { type: 'staffExit', year: 2025, unit: 'S', civilServants: 1, publicEmployees: 0, reason: 'transfer' },
      { type: 'recruit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 1 },
    ]);
    const r = roadmapOf(sim);
    expect(r.units.map((u) => [u.code, u.category])).toEqual([
      ['S', 'civilServants'],
      ['A', 'publicEmployees'],
    ]);
    const [s, a] = r.units;
    expect([2025, 2026, 2027].map((y) => [s!.cells[y]!.surplus, s!.cells[y]!.covered, s!.cells[y]!.remaining])).toEqual(
      [
        [2, 1, 1],
        [1, 0, 1],
        [1, 0, 1],
      ],
    );
    expect([2025, 2026, 2027].map((y) => [a!.cells[y]!.surplus, a!.cells[y]!.covered, a!.cells[y]!.remaining])).toEqual(
      [
        [0, 0, 0],
        [4, 2, 2],
        [2, 2, 0],
      ],
    );
    expect(a!.cells[2026]!.exits).toEqual({
      retirement: 1,
      'early-retirement': 1,
      resignation: 0,
      transfer: 0,
      other: 0,
    });
    expect(a!.cells[2026]!.cost).toBe(284_090_625);
    expect(a!.cost).toBe(284_090_625);
    // B is gone after 2025: it had no surplus and no exits, so it is no row.
    expect(r.units.some((u) => u.code === 'B')).toBe(false);

    expect(
      r.years.map((y) => [
        y.year,
        y.exitsTotal,
        y.recruits,
        y.surplus,
        y.covered,
        y.remaining,
        y.cumulativeReduction,
        y.cost,
      ]),
    ).toEqual([
      [2025, 1, 0, 2, 1, 1, 1, 0],
      [2026, 2, 0, 5, 2, 3, 3, 284_090_625],
      [2027, 3, 1, 3, 2, 1, 5, 0],
    ]);
    expect(r.years[2]!.exits).toEqual({ retirement: 0, 'early-retirement': 0, resignation: 3, transfer: 0, other: 0 });
    expect(r.years.map((y) => y.cumulativeCost)).toEqual([0, 284_090_625, 284_090_625]);
    expect(r.totalCost).toBe(284_090_625);
  });

  it('adds the units the user asks for, and marks the years a unit does not exist', () => {
    const sim = run([{ type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' }]);
    const r = roadmapOf(sim, ['B', 'C']);
    expect(r.units.map((u) => u.code)).toEqual(['S', 'C', 'B']); // those that exist at the end first, in tree order
    const b = r.units.find((u) => u.code === 'B')!;
    expect([2025, 2026, 2027].map((y) => b.cells[y]!.exists)).toEqual([true, false, false]);
  });

  it('counts the exits of a unit merged away later in the same year, without a surplus', () => {
    const sim = run([
      { type: 'staffExit', year: 2026, unit: 'B', civilServants: 0, publicEmployees: 2, reason: 'other' },
      { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    ]);
    const b = roadmapOf(sim).units.find((u) => u.code === 'B')!;
    expect(b.cells[2026]).toMatchObject({ exists: false, surplus: 0, covered: 0 });
    expect(b.cells[2026]!.exits.other).toBe(2);
    expect(roadmapOf(sim).years[1]!.exits.other).toBe(2);
  });

  it('names a row with its parent where its name alone is ambiguous (issue 15), by its latest name', () => {
    const units = [
      unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh' }),
      unit('S1', 'T', { kind: 'department', name: 'Sở Y tế' }),
      unit('S1.TT', 'S1', { kind: 'division', name: 'Thanh tra Sở', civilServantQuota: 3, civilServantActual: 4 }),
      unit('S2', 'T', { kind: 'department', name: 'Sở Xây dựng' }),
      unit('S2.TT', 'S2', { kind: 'division', name: 'Thanh tra Sở', civilServantQuota: 3, civilServantActual: 4 }),
      unit('S2.VP', 'S2', { kind: 'division', name: 'Văn phòng', civilServantQuota: 3, civilServantActual: 4 }),
    ];
    const sim = simulate(units, ops([{ type: 'rename', year: 2027, unit: 'S2', name: 'Sở Xây dựng và Giao thông' }]), {
      baseYear: 2025,
      horizon: 2027,
      rules,
    });
    expect(roadmapOf(sim).units.map((u) => u.name)).toEqual([
      'Thanh tra Sở — Sở Y tế',
      'Thanh tra Sở — Sở Xây dựng và Giao thông',
      'Văn phòng',
    ]);
  });
});

describe('exitCost', () => {
  it('is count × one payout, exact; nothing without cost inputs', () => {
    const exit = { civilServants: 2, publicEmployees: 1, reason: 'early-retirement' as const };
    expect(exitCost({ ...exit, payout: moha })).toBe(3 * 744_778_125);
    expect(exitCost({ ...exit, civilServants: 0, publicEmployees: 1, payout: moha })).toBe(744_778_125);
    expect(exitCost(exit)).toBe(0);
    expect(() => exitCost({ ...exit, payout: { ...moha, siYears: 10 } })).toThrow('err.payoutSiYears');
  });
  it('pays a Decree 178 resignation by category: civil servants under Art. 9 (with 3 months to look for work), public employees under Art. 10 (without)', () => {
    // 10 years of insurance, 150 months to the age: severance 0,8 × 60 + 1,5 × 10 (+ 3 for a civil servant) months.
    const payout = { policy: '178' as const, salary: 10_000_000, monthsEarly: 150, siYears: 10 };
    expect(exitCost({ civilServants: 1, publicEmployees: 2, reason: 'resignation', payout })).toBe(
      660_000_000 + 2 * 630_000_000,
    );
  });
  it('is the exact cost when one is given (the people of the personnel list, added up)', () => {
    expect(exitCost({ civilServants: 1, publicEmployees: 1, reason: 'early-retirement', cost: 744_778_126 })).toBe(
      744_778_126,
    );
    expect(exitCost({ civilServants: 1, publicEmployees: 0, reason: 'resignation', cost: 0 })).toBe(0);
  });
});

describe('staffExit exact cost in the exchange format', () => {
  const exit = {
    type: 'staffExit',
    year: 2026,
    unit: 'A',
    civilServants: 0,
    publicEmployees: 2,
    reason: 'early-retirement',
  };
  const issue = (o: unknown) => {
    const r = OperationSchema.safeParse(o);
    return r.success ? null : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('takes a whole non-negative number of đồng, for early retirement and resignation only, never with payout inputs', () => {
    expect(issue({ ...exit, cost: 1_489_556_250 })).toBeNull();
    expect(issue({ ...exit, reason: 'resignation', cost: 0 })).toBeNull();
    expect(issue({ ...exit, cost: 12.5 })).toEqual(['cost: err.exitCost']);
    expect(issue({ ...exit, cost: -1 })).toEqual(['cost: err.exitCost']);
    expect(issue({ ...exit, cost: '1000' })).toEqual(['cost: err.exitCost']);
    expect(issue({ ...exit, reason: 'retirement', cost: 1000 })).toEqual(['cost: err.exitPayoutReason']);
    expect(issue({ ...exit, cost: 1000, payout: moha })).toEqual(['cost: err.exitCostAndPayout']);
    // The existing forms are unchanged.
    expect(issue({ ...exit, payout: moha })).toBeNull();
    expect(issue({ ...exit, reason: 'transfer' })).toBeNull();
  });
  it('counts in the simulation, the roadmap and its totals', () => {
    const sim = run([{ ...exit, unit: 'C', cost: 1_000_000_001 }]);
    expect(sim.years.map((y) => y.payoutCost)).toEqual([0, 1_000_000_001, 1_000_000_001]);
    expect(roadmapOf(sim).units.find((u) => u.code === 'C')!.cost).toBe(1_000_000_001);
  });
});

describe('setPlannedExits', () => {
  it('writes the position the people leave on a new exit; a cell of another position, or of none, is another exit', () => {
    const plan = setPlannedExits([], {
      unit: 'C',
      year: 2027,
      reason: 'transfer',
      category: 'civilServants',
      count: 2,
      position: 'Kế toán',
    });
    expect(plan).toEqual([
      {
        type: 'staffExit',
        year: 2027,
        unit: 'C',
        civilServants: 2,
        publicEmployees: 0,
        reason: 'transfer',
        position: 'Kế toán',
      },
    ]);
    expect(OperationSchema.parse(plan[0])).toEqual(plan[0]);
    const cell = { unit: 'C', year: 2027, reason: 'transfer', category: 'civilServants' } as const;
    const changed = setPlannedExits(plan, { ...cell, count: 3, position: ' kế  TOÁN ' });
    expect(changed).toEqual([{ ...plan[0], civilServants: 3 }]);
    const none = setPlannedExits(plan, { ...cell, count: 1 });
    expect(none.map((o) => o.type === 'staffExit' && [o.civilServants, o.position])).toEqual([
      [2, 'Kế toán'],
      [1, undefined],
    ]);
    const other = setPlannedExits(none, { ...cell, count: 1, position: 'Văn thư' });
    expect(other.map((o) => o.type === 'staffExit' && [o.civilServants, o.position])).toEqual([
      [2, 'Kế toán'],
      [1, undefined],
      [1, 'Văn thư'],
    ]);
  });

  const start = ops([
    { type: 'merge', year: 2026, units: ['A', 'B'], into: 'A' },
    {
      type: 'staffExit',
      year: 2026,
      unit: 'A',
      civilServants: 1,
      publicEmployees: 2,
      reason: 'resignation',
      payout: moha,
    },
    { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 4, reason: 'resignation' },
  ]);
  it('records a new cell as an exit at the end of the plan', () => {
    const next = setPlannedExits(start, {
      unit: 'C',
      year: 2027,
      reason: 'transfer',
      category: 'publicEmployees',
      count: 5,
    });
    expect(next.slice(0, 3)).toEqual(start);
    expect(next[3]).toEqual({
      type: 'staffExit',
      year: 2027,
      unit: 'C',
      civilServants: 0,
      publicEmployees: 5,
      reason: 'transfer',
    });
    expect(OperationSchema.parse(next[3])).toEqual(next[3]);
    const paid = setPlannedExits(start, {
      unit: 'S',
      year: 2025,
      reason: 'early-retirement',
      category: 'civilServants',
      count: 2,
      payout: moha,
    });
    expect(paid[3]).toEqual({
      type: 'staffExit',
      year: 2025,
      unit: 'S',
      civilServants: 2,
      publicEmployees: 0,
      reason: 'early-retirement',
      payout: moha,
    });
  });
  it('updates the first exit of the cell in its category, keeps its other count and cost inputs, and folds the others into it', () => {
    const next = setPlannedExits(start, {
      unit: 'A',
      year: 2026,
      reason: 'resignation',
      category: 'publicEmployees',
      count: 7,
    });
    expect(next).toEqual([start[0], { ...start[1], publicEmployees: 7 }]);
    const repriced = setPlannedExits(start, {
      unit: 'A',
      year: 2026,
      reason: 'resignation',
      category: 'publicEmployees',
      count: 7,
      payout: { ...moha, policy: '154' },
    });
    expect((repriced[1] as Extract<Operation, { type: 'staffExit' }>).payout?.policy).toBe('154');
  });
  it('drops an exact cost when the count or the cost inputs change, and keeps it otherwise', () => {
    const exact = ops([
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 2,
        reason: 'resignation',
        cost: 500_000_000,
      },
    ]);
    expect(
      setPlannedExits(exact, { unit: 'A', year: 2026, reason: 'resignation', category: 'publicEmployees', count: 2 }),
    ).toEqual(exact);
    const { cost: _, ...withoutCost } = exact[0] as Extract<Operation, { type: 'staffExit' }>;
    expect(
      setPlannedExits(exact, { unit: 'A', year: 2026, reason: 'resignation', category: 'publicEmployees', count: 3 }),
    ).toEqual([{ ...withoutCost, publicEmployees: 3 }]);
    const repriced = setPlannedExits(exact, {
      unit: 'A',
      year: 2026,
      reason: 'resignation',
      category: 'publicEmployees',
      count: 2,
      payout: moha,
    });
    expect(repriced).toEqual([{ ...withoutCost, payout: moha }]);
    expect(OperationSchema.parse(repriced[0])).toEqual(repriced[0]);
  });
  it('removes the exit when nobody is left in it; another reason or year is left alone', () => {
    const next = setPlannedExits(start, {
      unit: 'A',
      year: 2026,
      reason: 'resignation',
      category: 'publicEmployees',
      count: 0,
    });
    expect(next).toEqual([start[0], { ...start[1], publicEmployees: 0 }]); // the civil servant still leaves
    const none = setPlannedExits(next, {
      unit: 'A',
      year: 2026,
      reason: 'resignation',
      category: 'civilServants',
      count: 0,
    });
    expect(none).toEqual([start[0]]);
    expect(
      setPlannedExits(start, { unit: 'A', year: 2027, reason: 'resignation', category: 'publicEmployees', count: 0 }),
    ).toEqual(start);
    expect(
      setPlannedExits(start, { unit: 'A', year: 2026, reason: 'other', category: 'publicEmployees', count: 0 }),
    ).toEqual(start);
  });
});

describe('reductionCharts', () => {
  it('charts the quota cut and the people in post against the baseline and requirement of each staff target, skipping other targets', () => {
    const sim = run([
      { type: 'setQuota', year: 2026, unit: 'C', publicEmployeeQuota: 25 },
      { type: 'staffExit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 4, reason: 'retirement' },
    ]);
    const years = yearRows(sim);
    const target = {
      id: 'pe',
      title: 'Giảm 10% viên chức',
      kind: 'reduction' as const,
      metric: 'publicEmployeeQuota',
      baseYear: 2025,
      year: 2027,
      baseline: 62,
      allowed: 55,
      met: false,
    };
    const charts = reductionCharts(years, [
      target,
      { ...target, id: 'psus', metric: 'psus' },
      { ...target, id: 'share', kind: 'share' },
      { ...target, id: 'people', metric: 'civilServantActual+publicEmployeeActual', baseline: 70, allowed: 63 },
    ]);
    expect(charts.map((c) => c.id)).toEqual(['pe', 'people']);
    expect(charts[0]).toMatchObject({
      required: 7,
      quota: [
        { year: 2025, value: 0 },
        { year: 2026, value: 5 },
        { year: 2027, value: 5 },
      ],
    });
    // 58 state-paid public employees against a quota of 62 in 2025; 4 leave in 2027: 8 below it, more than the 7 required.
    expect(charts[0]!.people).toEqual([
      { year: 2025, value: 4 },
      { year: 2026, value: 4 },
      { year: 2027, value: 8 },
    ]);
    // A target on people is its own people series, from its baseline (70 = 12 + 58).
    expect(charts[1]).toMatchObject({
      quota: null,
      required: 7,
      people: [
        { year: 2025, value: 0 },
        { year: 2026, value: 0 },
        { year: 2027, value: 4 },
      ],
    });
  });
});

describe('exits whose payout cannot be computed', () => {
  it('counts them as "uncosted" per year (not as free): a paid reason without payout inputs or an exact cost', () => {
    const sim = run([
      { type: 'staffExit', year: 2026, unit: 'S', civilServants: 2, publicEmployees: 0, reason: 'early-retirement' },
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 1,
        reason: 'resignation',
        cost: 5_000_000,
      },
      { type: 'staffExit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 1, reason: 'retirement' },
    ]);
    const years = roadmapOf(sim).years.map((y) => [y.year, y.cost, y.uncosted]);
    expect(years).toEqual([
      [2025, 0, 0],
      [2026, 5_000_000, 2],
      [2027, 0, 0],
    ]);
  });
});
