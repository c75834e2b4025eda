import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { OperationSchema } from './operations.ts';
import { simulate } from './simulate.ts';
import { exitWindows, withExitWindows } from './restructuring-decision.ts';
import { describeOperation } from './describe.ts';
import { operationReports } from './operation-report.ts';
import { payoutBases } from '../payouts/bases.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('S', 'T', { kind: 'department', civilServantQuota: 10, civilServantActual: 12 }),
  unit('A', 'S', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18 }),
  unit('B', 'S', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11 }),
  unit('C', 'T', { kind: 'psu', publicEmployeeQuota: 30, publicEmployeeActual: 29 }),
];
/** The MoHA 1814 example, one person: 30 × S within the first 12 months, 15 × S from the 13th (S = 15.356.250). */
const moha = { policy: '178', salary: 15_356_250, monthsEarly: 30, siYears: 22 } as const;
const WITHIN = 744_778_125;
const AFTER = WITHIN - 15 * 15_356_250;
const exit = (date: string, unitCode: string, payout: Record<string, unknown> = {}) => ({
  type: 'staffExit',
  date,
  unit: unitCode,
  civilServants: 0,
  publicEmployees: 1,
  reason: 'early-retirement',
  payout: { ...moha, ...payout },
});
const plan = OperationSchema.array().parse([
  { type: 'merge', date: '2024-03-01', units: ['A', 'B'], into: 'A' },
  exit('2025-02-15', 'A'), // 1: within 12 months of the merger (01/03/2024)
  exit('2025-03-01', 'A'), // 2: the same day a year later: from the 13th month
  exit('2025-05-15', 'A', { after12Months: false }), // 3: an override is kept
  exit('2025-05-15', 'C'), // 4: no operation names C: the default, as before
  exit('2025-07-15', 'A', { policy: '154' }), // 5: Decree 154 has no window
]);

describe("Decree 178's 12-month window from the plan's restructuring decision (Circular 01/2025 Art. 3.1)", () => {
  it('ties an exit to the latest restructuring operation naming its unit, on or before the exit', () => {
    const w = exitWindows(plan);
    expect([...w.keys()]).toEqual([1, 2]);
    expect(w.get(1)).toEqual({ decisionIndex: 0, decisionDate: '2024-03-01', after12Months: false });
    expect(w.get(2)).toEqual({ decisionIndex: 0, decisionDate: '2024-03-01', after12Months: true });
    // A later decision about the unit restarts the window; one after the exit does not count.
    const later = OperationSchema.array().parse([
      ...plan.slice(0, 3),
      { type: 'transfer', date: '2025-01-01', unit: 'A', parentCode: 'T' },
      { type: 'convert', date: '2025-06-01', unit: 'A' },
    ]);
    expect(exitWindows(later).get(2)).toEqual({ decisionIndex: 3, decisionDate: '2025-01-01', after12Months: false });
  });

  it('costs the exits the same way in the simulation, their descriptions, the operation report and the payout bases', () => {
    const sim = simulate(base, plan, { baseYear: 2024, horizon: 2025, rules });
    expect(sim.exits.filter((e) => e.index <= 4).map((e) => [e.index, e.cost])).toEqual([
      [1, WITHIN],
      [2, AFTER],
      [3, WITHIN],
      [4, WITHIN],
    ]);
    const windows = exitWindows(plan);
    const said = (i: number) => describeOperation(plan[i]!, 'vi', (c) => c, windows.get(i));
    expect(said(2)).toContain('514.434.375');
    expect(said(2)).toContain('từ tháng thứ 13 kể từ quyết định sắp xếp có hiệu lực ngày 01/03/2024');
    expect(said(1)).toContain('trong 12 tháng đầu kể từ quyết định sắp xếp có hiệu lực ngày 01/03/2024');
    expect(said(1)).toContain('744.778.125');
    expect(said(4)).not.toContain('quyết định sắp xếp');
    const report = operationReports(plan, sim, (c) => c);
    expect(report.find((r) => r.index === 2)!.description).toBe(said(2));
    // The bases of the paid parts follow the same window (the from-13th-month rate cites the same article).
    expect(payoutBases(withExitWindows(plan).filter((o) => o.type === 'staffExit'))).not.toBeNull();
    expect(withExitWindows(plan)[3]).toEqual(plan[3]);
  });
});
