import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate, ScenarioError } from './simulate.ts';
import { evaluateTarget, type Target } from './targets.ts';
import { OperationSchema, type Operation } from './operations.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { generateUnits } from '../sample/generate.ts';
import { unit } from '../../tests/fixtures.ts';
import type { YearMetrics } from './metrics.ts';
import { calculatePayout } from '../payouts/calculate.ts';
import { policyById } from '../payouts/policies.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 4, civilServantActual: 4, deputies: 2 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18, contractWorkers: 2, deputies: 2 }),
  unit('A.K', 'A', { kind: 'psu_division', publicEmployeeQuota: 8, publicEmployeeActual: 8, deputies: 1 }),
  unit('B', 'S', {
    kind: 'psu',
    publicEmployeeQuota: 12,
    publicEmployeeActual: 11,
    selfFundedEmployees: 3,
    deputies: 1,
  }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 29, deputies: 2 }),
];
const ops = (list: unknown[]) => list.map((o) => OperationSchema.parse(o));
const run = (list: unknown[], horizon = 2027) => simulate(base, ops(list), { baseYear: 2025, horizon, rules });
const at = (sim: ReturnType<typeof run>, year: number) => sim.years.find((y) => y.year === year)!;
/** The error a plan is refused with. */
const refused = (list: unknown[]) => {
  try {
    run(list);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return e as ScenarioError;
  }
  throw new Error('not refused');
};
const staff = (
  units: readonly {
    civilServantActual: number;
    publicEmployeeActual: number;
    selfFundedEmployees: number;
    contractWorkers: number;
  }[],
) =>
  units.reduce(
    (s, u) => s + u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers,
    0,
  );

describe('simulate', () => {
  it('merges into a new unit: counts add up, the other heads become deputies, children follow; the baseline is untouched', () => {
    const copy = structuredClone(base);
    // Both group 3 (Decree 60: half of recurrent spending covered), so the merged unit is too and its deputies are judged.
    const group3 = {
      revenue: 50n,
      spending: 100n,
      investmentFunding: undefined,
      depreciation: undefined,
      decided: null,
    };
    const sim = simulate(
      base,
      ops([
        {
          type: 'merge',
          year: 2026,
          units: ['A', 'B'],
          into: { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' },
        },
      ]),
      {
        baseYear: 2025,
        horizon: 2027,
        rules,
        autonomy: new Map([
          ['A', group3],
          ['B', group3],
        ]),
      },
    );
    expect(at(sim, 2025).units.map((u) => u.code)).toEqual(['T', 'S', 'A', 'A.K', 'B', 'C']);
    const y = at(sim, 2026);
    expect(y.units.map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual(['T<', 'S<T', 'AB<S', 'A.K<AB', 'C<T']);
    expect(y.units.find((u) => u.code === 'AB')).toMatchObject({
      publicEmployeeQuota: 32,
      publicEmployeeActual: 29,
      selfFundedEmployees: 3,
      contractWorkers: 2,
      deputies: 4,
    });
    expect(y.metrics.psus).toBe(2);
    // A public service unit has 3 years from the arrangement (Decree 120 Art. 27.2.b).
    expect(sim.notices).toEqual([
      {
        year: 2026,
        unitCode: 'AB',
        key: 'scn.deputyDeadline',
        params: {
          years: 3,
          deadline: '2029',
          citation: 'Nghị định 120/2020/NĐ-CP (sửa đổi bởi Nghị định 83/2024/NĐ-CP), Điều 27 khoản 2 điểm b',
        },
      },
    ]);
    expect(base).toEqual(copy);
    // Without an autonomy group the limit is not known: the notice says to verify, with no deadline asserted.
    const unknown = run([
      {
        type: 'merge',
        year: 2026,
        units: ['A', 'B'],
        into: { code: 'AB', name: 'Trung tâm AB', kind: 'psu', parentCode: 'S' },
      },
    ]);
    expect(unknown.notices).toEqual([{ year: 2026, unitCode: 'AB', key: 'scn.deputyToVerify', params: {} }]);
  });

  it('merges into a surviving unit, splits with the totals kept, transfers, dissolves and converts', () => {
    const sim = run([
      { type: 'merge', year: 2025, units: ['B', 'A'], into: 'A' },
      {
        type: 'split',
        year: 2026,
        unit: 'C',
        into: [
          { code: 'C1', name: 'C một', publicEmployeeQuota: 10, publicEmployeeActual: 9, deputies: 1 },
          { code: 'C2', name: 'C hai', publicEmployeeQuota: 20, publicEmployeeActual: 20, deputies: 1 },
        ],
      },
      { type: 'transfer', year: 2026, unit: 'C2', parentCode: 'S' },
      { type: 'dissolve', year: 2027, unit: 'C1', staffTo: null },
      { type: 'convert', year: 2027, unit: 'C2' },
    ]);
    expect(at(sim, 2025).units.find((u) => u.code === 'A')).toMatchObject({ publicEmployeeActual: 29, deputies: 4 });
    expect(at(sim, 2026).units.map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual([
      'T<',
      'S<T',
      'A<S',
      'A.K<A',
      'C1<T',
      'C2<S',
    ]);
    const y = at(sim, 2027);
    expect(y.units.map((u) => u.code)).toEqual(['T', 'S', 'A', 'A.K']);
    expect([y.leavers, y.converted]).toEqual([9, 20]);
  });

  it('names the operation (index and type) and the reason when one cannot apply', () => {
    const cases: Array<[unknown[], string]> = [
      [[{ type: 'transfer', year: 2026, unit: 'S', parentCode: 'A.K' }], 'err.moveCycle'],
      [[{ type: 'transfer', year: 2026, unit: 'A.K', parentCode: 'T' }], 'err.placement'],
      [
        [
          { type: 'dissolve', year: 2025, unit: 'B', staffTo: null },
          { type: 'rename', year: 2026, unit: 'B', name: 'X' },
        ],
        'err.scenarioUnit',
      ],
      [[{ type: 'merge', year: 2026, units: ['A', 'A.K'], into: 'A' }], 'err.scenarioMergeNested'],
      [
        [
          {
            type: 'split',
            year: 2026,
            unit: 'B',
            into: [
              { code: 'B1', name: 'x', publicEmployeeQuota: 5 },
              { code: 'B2', name: 'y', publicEmployeeQuota: 5 },
            ],
          },
        ],
        'err.scenarioSplitSum',
      ],
      [[{ type: 'convert', year: 2026, unit: 'S' }], 'err.notPsu'],
      [[{ type: 'rename', year: 2031, unit: 'S', name: 'X' }], 'err.scenarioYear'],
    ];
    for (const [list, key] of cases) {
      let err: unknown;
      try {
        run(list);
      } catch (e) {
        err = e;
      }
      expect(err, key).toBeInstanceOf(ScenarioError);
      expect((err as ScenarioError).key).toBe(key);
      expect((err as ScenarioError).index).toBe(list.length - 1);
    }
  });

  it('annexes another province as roots: codes prefixed, people counted as joining, findings over both', () => {
    const other = [
      unit('T', null, { kind: 'people_committee', name: 'UBND tỉnh Sóc Trăng' }),
      unit('S', 'T', {
        kind: 'department',
        name: 'Sở Tài chính',
        civilServantQuota: 5,
        civilServantActual: 5,
        deputies: 3,
      }),
      unit('X', 'S', { kind: 'psu', publicEmployeeQuota: 9, publicEmployeeActual: 9, contractWorkers: 1 }),
    ];
    const copy = structuredClone(other);
    const sim = run([
      { type: 'annex', year: 2026, province: 'Sóc Trăng', units: other, parentCode: null, codePrefix: 'ST-' },
    ]);
    expect(at(sim, 2025).units).toHaveLength(base.length);
    expect(at(sim, 2025).annexed).toBe(0);
    const y = at(sim, 2026);
    expect(y.units.slice(base.length).map((u) => `${u.code}<${u.parentCode ?? ''}`)).toEqual([
      'ST-T<',
      'ST-S<ST-T',
      'ST-X<ST-S',
    ]);
    expect(y.units.find((u) => u.code === 'ST-S')).toMatchObject({ name: 'Sở Tài chính', deputies: 3 });
    expect(y.annexed).toBe(15);
    expect(staff(y.units)).toBe(staff(base) + 15);
    expect(y.metrics.psus).toBe(at(sim, 2025).metrics.psus + 1);
    expect(
      sim.years
        .find((y) => y.year === 2026)!
        .findings.filter((f) => f.unitCode === 'ST-X')
        .map((f) => f.rule),
    ).toEqual(['min-staff']);
    expect(other).toEqual(copy);
  });

  it('annexes under a parent unit, which must be able to hold the annexed roots', () => {
    const part = [
      unit('H', null, { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 20 }),
      unit('H.K', 'H', { kind: 'psu_division' }),
    ];
    const y = at(
      run([{ type: 'annex', year: 2025, province: 'Sóc Trăng', units: part, parentCode: 'S', codePrefix: 'ST-' }]),
      2025,
    );
    expect(y.units.slice(-2).map((u) => `${u.code}<${u.parentCode}`)).toEqual(['ST-H<S', 'ST-H.K<ST-H']);
  });

  it('refuses an annexation whose codes clash (naming the code), a misplaced root or a broken tree; a prefix avoids the clash', () => {
    const other = [unit('T', null, { kind: 'people_committee' }), unit('Q', 'T', { kind: 'psu' })];
    const annex = { type: 'annex', year: 2026, province: 'Sóc Trăng', units: other, parentCode: null };
    expect(refused([annex])).toMatchObject({
      index: 0,
      type: 'annex',
      key: 'err.scenarioAnnexClash',
      params: { code: 'T', province: 'Sóc Trăng' },
    });
    expect(() => run([{ ...annex, codePrefix: 'ST-' }])).not.toThrow();
    // The same province annexed twice with the same prefix clashes with itself.
    expect(
      refused([
        { ...annex, codePrefix: 'ST-' },
        { ...annex, codePrefix: 'ST-' },
      ]),
    ).toMatchObject({ index: 1, key: 'err.scenarioAnnexClash', params: { code: 'ST-T' } });
    expect(refused([{ ...annex, codePrefix: 'ST-', parentCode: 'A' }])).toMatchObject({ key: 'err.placement' });
    expect(refused([{ ...annex, codePrefix: 'ST-', parentCode: 'NOPE' }])).toMatchObject({
      key: 'err.scenarioUnit',
      params: { code: 'NOPE' },
    });
    expect(refused([{ ...annex, codePrefix: 'ST-', units: [...other, unit('Z', 'GONE')] }])).toMatchObject({
      key: 'err.unknownParent',
      params: { code: 'GONE' },
    });
    expect(refused([{ ...annex, codePrefix: 'X'.repeat(20), units: [unit('Y'.repeat(21), null)] }])).toMatchObject({
      key: 'err.scenarioAnnexCode',
    });
    expect(OperationSchema.safeParse({ ...annex, units: [] }).success).toBe(false);
    expect(OperationSchema.safeParse({ ...annex, codePrefix: 'S T' }).success).toBe(false);
  });

  it('raises the sở deputy average by the merger allowance under Decree 370/2025, and dates the notice of a merged sở', () => {
    const rules370 = { ruleSet: ruleSetById('nd120-150-370-2026')!, provinceClass: 'class2' as const };
    const home = [
      unit('T', null, { kind: 'people_committee' }),
      unit('TC', 'T', { kind: 'department', name: 'Sở Tài chính', deputies: 3 }),
      unit('YT', 'T', { kind: 'department', name: 'Sở Y tế', deputies: 3 }),
    ];
    const other = [
      unit('T', null, { kind: 'people_committee' }),
      unit('TC', 'T', { kind: 'department', name: 'SỞ TÀI CHÍNH', deputies: 3 }),
    ];
    const plan = ops([
      { type: 'annex', year: 2026, province: 'Sóc Trăng', units: other, parentCode: null, codePrefix: 'ST-' },
      { type: 'merge', year: 2026, units: ['TC', 'ST-TC'], into: 'TC' },
    ]);
    const sim = simulate(home, plan, { baseYear: 2025, horizon: 2027, rules: rules370 });
    // 2026: 2 sở with 3 + 3 + 3 + 1 = 10 deputies; average 3 + 1 (two provinces) → at most 8.
    const f = sim.years
      .find((y) => y.year === 2026)!
      .findings.find((x) => x.parameter === 'departmentAverageDeputies')!;
    expect(f).toMatchObject({
      unitCode: 'T',
      key: 'find.departmentAverageMerged',
      params: { total: 10, avg: 4, max: 8, count: 2, extra: 1, provinces: 2 },
    });
    expect(f.citation).toContain('hợp nhất 2 tỉnh');
    expect(sim.notices).toEqual([
      {
        year: 2026,
        unitCode: 'T',
        key: 'scn.departmentDeputyDeadline',
        params: { deadline: '2031', total: 10, avg: 4, max: 8 },
      },
    ]);
    // Without the annexation the same deputies are judged against 3 per sở.
    const alone = simulate(home, ops([{ type: 'setDeputies', year: 2026, unit: 'TC', deputies: 7 }]), {
      baseYear: 2025,
      horizon: 2027,
      rules: rules370,
    });
    expect(
      alone.years.find((y) => y.year === 2026)!.findings.find((x) => x.parameter === 'departmentAverageDeputies'),
    ).toMatchObject({ key: 'find.departmentAverage', params: { avg: 3, max: 6 } });
  });

  it('lowers the actual counts by the exits, counts them as leavers by reason, and raises them by recruits', () => {
    const sim = run([
      { type: 'staffExit', year: 2025, unit: 'S', civilServants: 1, publicEmployees: 0, reason: 'retirement' },
      { type: 'staffExit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 3, reason: 'resignation' },
      { type: 'recruit', year: 2026, unit: 'C', civilServants: 0, publicEmployees: 1 },
      { type: 'dissolve', year: 2027, unit: 'B', staffTo: null },
    ]);
    expect(at(sim, 2025).units.find((u) => u.code === 'S')!.civilServantActual).toBe(3);
    const y = at(sim, 2026);
    expect(y.units.find((u) => u.code === 'A')!.publicEmployeeActual).toBe(15);
    expect(y.units.find((u) => u.code === 'C')!.publicEmployeeActual).toBe(30);
    expect([y.leavers, y.recruited]).toEqual([4, 1]);
    expect(at(sim, 2027).leaversByReason).toEqual({
      dissolution: 14,
      retirement: 1,
      'early-retirement': 0,
      resignation: 3,
      transfer: 0,
      other: 0,
    });
    expect(at(sim, 2027).leavers).toBe(18);
    expect(sim.exits.map((e) => [e.index, e.year, e.unitCode, e.reason, e.cost])).toEqual([
      [0, 2025, 'S', 'retirement', 0],
      [1, 2026, 'A', 'resignation', 0],
    ]);
    expect(sim.recruits).toEqual([{ index: 2, year: 2026, unitCode: 'C', civilServants: 0, publicEmployees: 1 }]);
    expect(sim.notices).toEqual([]); // C: 30 people for a quota of 30
  });

  it('refuses an exit from a unit that has no one left (or fewer than leave), naming the unit, the count and the year', () => {
    const emptied = refused([
      { type: 'staffExit', year: 2025, unit: 'B', civilServants: 0, publicEmployees: 11, reason: 'transfer' },
      { type: 'staffExit', year: 2026, unit: 'B', civilServants: 0, publicEmployees: 1, reason: 'other' },
    ]);
    expect(emptied).toMatchObject({
      index: 1,
      type: 'staffExit',
      key: 'err.scenarioExitTooMany',
      params: { code: 'B', unit: 'Đơn vị B', field: 'field.publicEmployeeActual', actual: 0, count: 1, year: '2026' },
    });
    // A public service unit has no civil servants to let go.
    expect(
      refused([
        { type: 'staffExit', year: 2025, unit: 'A', civilServants: 1, publicEmployees: 0, reason: 'retirement' },
      ]),
    ).toMatchObject({ index: 0, params: { field: 'field.civilServantActual', actual: 0 } });
    expect(
      refused([
        { type: 'staffExit', year: 2025, unit: 'C', civilServants: 0, publicEmployees: 30, reason: 'retirement' },
      ]),
    ).toMatchObject({ params: { actual: 29, count: 30 } });
    // Exactly everyone may leave.
    expect(
      at(
        run([
          { type: 'staffExit', year: 2025, unit: 'C', civilServants: 0, publicEmployees: 29, reason: 'retirement' },
        ]),
        2025,
      ).units.find((u) => u.code === 'C')!.publicEmployeeActual,
    ).toBe(0);
    // A unit dissolved earlier is not there any more.
    expect(
      refused([
        { type: 'dissolve', year: 2025, unit: 'C', staffTo: 'B' },
        { type: 'staffExit', year: 2026, unit: 'C', civilServants: 0, publicEmployees: 1, reason: 'other' },
      ]),
    ).toMatchObject({ key: 'err.scenarioUnit' });
  });

  it('flags recruiting above quota at the end of the year, naming the unit, the quota and the actual count', () => {
    expect(run([{ type: 'recruit', year: 2026, unit: 'C', civilServants: 0, publicEmployees: 3 }]).notices).toEqual([
      {
        year: 2026,
        unitCode: 'C',
        key: 'scn.recruitAboveQuota',
        params: { unit: 'Đơn vị C', field: 'field.publicEmployeeQuota', quota: 30, actual: 32 },
      },
    ]);
    expect(run([{ type: 'recruit', year: 2026, unit: 'C', civilServants: 0, publicEmployees: 1 }]).notices).toEqual([]);
    // A quota raised later in the same year covers the recruits.
    expect(
      run([
        { type: 'recruit', year: 2026, unit: 'C', civilServants: 0, publicEmployees: 3 },
        { type: 'setQuota', year: 2026, unit: 'C', publicEmployeeQuota: 32 },
      ]).notices,
    ).toEqual([]);
    expect(
      run([{ type: 'recruit', year: 2026, unit: 'S', civilServants: 2, publicEmployees: 0 }]).notices.map(
        (n) => n.params,
      ),
    ).toEqual([{ unit: 'Đơn vị S', field: 'field.civilServantQuota', quota: 4, actual: 6 }]);
  });

  it('costs exits at exactly count × the policy payout, summed; the MoHA 1814 example is 744.778.125 đồng for one person', () => {
    const S = 15_356_250;
    const moha = { policy: '178', salary: S, monthsEarly: 30, siYears: 22 };
    const one = run([
      {
        type: 'staffExit',
        year: 2025,
        unit: 'S',
        civilServants: 1,
        publicEmployees: 0,
        reason: 'early-retirement',
        payout: moha,
      },
    ]);
    expect(one.exits[0]!.cost).toBe(744_778_125);
    expect(at(one, 2027).payoutCost).toBe(744_778_125);

    const resign = { policy: '154', salary: 9_876_543, monthsEarly: 100, siYears: 12.5 };
    const late = { policy: '178', salary: 11_111_111, monthsEarly: 70, siYears: 25, after12Months: true };
    // Decree 178's lump sums end on 31/08/2025: its exits leave in 2025; Decree 154's in 2026.
    const sim = run([
      {
        type: 'staffExit',
        year: 2025,
        unit: 'S',
        civilServants: 1,
        publicEmployees: 0,
        reason: 'early-retirement',
        payout: moha,
      },
      {
        type: 'staffExit',
        date: '2025-08-01',
        unit: 'C',
        civilServants: 0,
        publicEmployees: 2,
        reason: 'early-retirement',
        payout: late,
      },
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 3,
        reason: 'resignation',
        payout: resign,
      },
      { type: 'staffExit', year: 2027, unit: 'C', civilServants: 0, publicEmployees: 4, reason: 'retirement' },
    ]);
    // Independently: the calculator for one person, times the count.
    const p = (
      id: string,
      kind: 'early-retirement' | 'resignation',
      x: { salary: number; monthsEarly: number; siYears: number; after12Months?: boolean },
    ) =>
      calculatePayout(policyById(id)!, kind, {
        salary: x.salary,
        monthsEarly: x.monthsEarly,
        siMonths: x.siYears * 12,
        after12Months: x.after12Months,
      }).total;
    const expected = [744_778_125, 2 * p('178', 'early-retirement', late), 3 * p('154', 'resignation', resign), 0];
    expect(sim.exits.map((e) => e.cost)).toEqual(expected);
    expect(expected.every(Number.isSafeInteger)).toBe(true);
    const in2025 = expected[0]! + expected[1]!;
    expect(sim.years.map((y) => y.payoutCost)).toEqual([in2025, in2025 + expected[2]!, in2025 + expected[2]!]);
  });

  it('refuses an exit whose payout the policy does not allow, naming the reason', () => {
    const err = refused([
      {
        type: 'staffExit',
        year: 2026,
        unit: 'A',
        civilServants: 0,
        publicEmployees: 2,
        reason: 'early-retirement',
        payout: { policy: '154', salary: 10_000_000, monthsEarly: 61, siYears: 20 },
      },
    ]);
    expect(err).toMatchObject({
      index: 0,
      type: 'staffExit',
      key: 'err.payoutMonthsEarly',
      params: { min: 24, max: 60 },
    });
  });

  it('refuses a Decree 178 exit leaving after 31/08/2025, naming Decree 154 as the policy in force then', () => {
    const moha = { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 };
    const err = refused([
      {
        type: 'staffExit',
        year: 2025,
        unit: 'S',
        civilServants: 1,
        publicEmployees: 0,
        reason: 'early-retirement',
        payout: moha,
      },
      {
        type: 'staffExit',
        year: 2026,
        unit: 'S',
        civilServants: 1,
        publicEmployees: 0,
        reason: 'early-retirement',
        payout: moha,
      },
    ]);
    expect(err).toMatchObject({
      index: 1,
      type: 'staffExit',
      key: 'err.proposalOutOfForce',
      params: { leave: '01/2026', to: '31/08/2025', inForce: policyById('154')!.title },
    });
  });

  it('reads exits and recruits in the exchange format: someone must move, and cost inputs only for paid reasons', () => {
    const exit = {
      type: 'staffExit',
      year: 2026,
      unit: 'A',
      civilServants: 0,
      publicEmployees: 1,
      reason: 'resignation',
    };
    expect(OperationSchema.safeParse(exit).success).toBe(true);
    const issue = (o: unknown) => OperationSchema.safeParse(o).error?.issues[0]?.message;
    expect(issue({ ...exit, publicEmployees: 0 })).toBe('err.exitNobody');
    expect(issue({ type: 'recruit', year: 2026, unit: 'A', civilServants: 0, publicEmployees: 0 })).toBe(
      'err.exitNobody',
    );
    expect(issue({ ...exit, reason: 'fired' })).toBe('err.exitReason');
    expect(issue({ ...exit, publicEmployees: -1 })).toBe('err.negative');
    expect(
      issue({ ...exit, reason: 'retirement', payout: { policy: '178', salary: 1, monthsEarly: 1, siYears: 20 } }),
    ).toBe('err.exitPayoutReason');
    expect(issue({ ...exit, payout: { policy: '29', salary: 1, monthsEarly: 1, siYears: 20 } })).toBe('err.exitPolicy');
    expect(issue({ ...exit, payout: { policy: '178', salary: 1.5, monthsEarly: 1, siYears: 20 } })).toBe(
      'err.exitSalary',
    );
    expect(issue({ ...exit, payout: { policy: '178', salary: 1, monthsEarly: 1, siYears: 20.3 } })).toBe(
      'err.exitSiYears',
    );
    expect(
      OperationSchema.safeParse({ ...exit, payout: { policy: '178', salary: 1, monthsEarly: 1, siYears: 20.5 } })
        .success,
    ).toBe(true);
  });

  it('never loses or invents people: staff at the end + leavers + converted = staff at the start + annexed + recruited', () => {
    const units = generateUnits(300, 3);
    const codes = units.map((u) => u.code);
    const psus = units.filter((u) => u.kind === 'psu').map((u) => u.code);
    // Other provinces' workspaces: the same generator, so the codes clash unless prefixed.
    const others = [generateUnits(12, 7), generateUnits(20, 8)];
    // Annexed units the plan may dissolve or convert once they have joined.
    const joined = ['A-P1.S1', 'B-P1.S1.C1', 'C-P1.S1.U1', 'A-P1.S1.U2'];
    const op = fc.oneof(
      fc.record({
        type: fc.constant('dissolve'),
        year: fc.integer({ min: 2025, max: 2027 }),
        unit: fc.constantFrom(...codes, ...joined),
        staffTo: fc.option(fc.constantFrom(...codes), { nil: null }),
      }),
      fc.record({
        type: fc.constant('convert'),
        year: fc.integer({ min: 2025, max: 2027 }),
        unit: fc.constantFrom(...psus, ...joined),
      }),
      fc.record({
        type: fc.constant('merge'),
        year: fc.integer({ min: 2025, max: 2027 }),
        units: fc.uniqueArray(fc.constantFrom(...psus), { minLength: 2, maxLength: 3 }),
        into: fc.constant(''),
      }),
      fc.record({
        type: fc.constant('setQuota'),
        year: fc.integer({ min: 2025, max: 2027 }),
        unit: fc.constantFrom(...codes),
        publicEmployeeQuota: fc.integer({ min: 0, max: 50 }),
      }),
      fc.record({
        type: fc.constant('annex'),
        year: fc.integer({ min: 2025, max: 2027 }),
        province: fc.constantFrom('Sóc Trăng', 'Cần Thơ'),
        units: fc.constantFrom(...others),
        parentCode: fc.constant(null),
        codePrefix: fc.constantFrom('A-', 'B-', 'C-'),
      }),
      fc.record({
        type: fc.constant('staffExit'),
        year: fc.integer({ min: 2025, max: 2027 }),
        unit: fc.constantFrom(...codes, ...joined),
        civilServants: fc.constantFrom(0, 0, 1),
        publicEmployees: fc.integer({ min: 0, max: 2 }),
        reason: fc.constantFrom('retirement', 'early-retirement', 'resignation', 'transfer', 'other'),
      }),
      fc.record({
        type: fc.constant('recruit'),
        year: fc.integer({ min: 2025, max: 2027 }),
        unit: fc.constantFrom(...codes, ...joined),
        civilServants: fc.integer({ min: 0, max: 3 }),
        publicEmployees: fc.integer({ min: 1, max: 4 }),
      }),
    );
    let applied = 0;
    let withAnnex = 0;
    let withExit = 0;
    let withRecruit = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (raw) => {
        const list = raw
          .map((o) => ('into' in o ? { ...o, into: o.units[0]! } : o))
          .sort((a, b) => a.year - b.year) as unknown as Operation[];
        let sim;
        try {
          sim = simulate(units, list, { baseYear: 2025, horizon: 2027, rules });
        } catch (e) {
          if (e instanceof ScenarioError) return true; // an invalid plan is refused whole
          throw e;
        }
        applied++;
        if (list.some((o) => o.type === 'annex')) withAnnex++;
        if (list.some((o) => o.type === 'staffExit')) withExit++;
        if (list.some((o) => o.type === 'recruit')) withRecruit++;
        const last = sim.years[sim.years.length - 1]!;
        const byReason = Object.values(last.leaversByReason).reduce((a, b) => a + b, 0);
        return (
          byReason === last.leavers &&
          staff(last.units) + last.leavers + last.converted === staff(units) + last.annexed + last.recruited
        );
      }),
      { numRuns: 150 },
    );
    expect(applied).toBeGreaterThan(30); // most plans are valid: the property is really exercised
    expect(withAnnex).toBeGreaterThan(10); // and annexations among them
    expect(withExit).toBeGreaterThan(10); // and roadmap exits
    expect(withRecruit).toBeGreaterThan(10); // and recruits
  });
});

describe('targets', () => {
  const t: Target = {
    id: 'x',
    title: 'x',
    citation: 'x',
    metric: ['psus'],
    baseYear: 2021,
    year: 2025,
    requiredPct: 10,
  };
  const m = (psus: number) => ({ psus }) as YearMetrics;
  it('is met at exactly the required reduction, and says how much is missing otherwise', () => {
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(100) : m(90)), 2021)).toMatchObject({
      met: true,
      achievedPct: 10,
      gap: 0,
      allowed: 90,
    });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(100) : m(91)), 2021)).toMatchObject({
      met: false,
      achievedPct: 9,
      gap: 1,
    });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(95) : m(86)), 2021)).toMatchObject({
      met: false,
      gap: 1,
      allowed: 85,
    });
    expect(evaluateTarget(t, (y) => (y === 2021 ? m(95) : m(85)), 2021)).toMatchObject({ met: true });
  });
  it('never reads the baseline in the scenario’s first year when the base year is not modelled: unknown until 2021 is recorded', () => {
    expect(evaluateTarget(t, (y) => (y === 2023 ? m(200) : y === 2025 ? m(180) : undefined), 2023)).toMatchObject({
      baseYear: 2021,
      baseline: null,
      met: null,
      status: 'unknown',
    });
    expect(
      evaluateTarget(
        t,
        (y) => (y === 2023 ? m(200) : y === 2025 ? m(180) : undefined),
        2023,
        () => ({ psus: 200 }),
      ),
    ).toMatchObject({ baseYear: 2021, baseline: 200, met: true });
  });
});
