import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { OperationSchema, type StaffExitOperation } from '../scenario/operations.ts';
import { simulate } from '../scenario/simulate.ts';
import { roadmapOf } from '../scenario/roadmap.ts';
import { exitCost } from '../scenario/exit-cost.ts';
import { costText, roadmapRows, totalCosting } from './roadmap-rows.ts';
import { scenarioRoadmapTable } from './plan-tables.ts';

const rules = { ruleSet: ruleSetById('nd120-107-2020')!, provinceClass: 'class2' as const };
const base = [
  unit('T', null, { kind: 'people_committee' }),
  unit('A', 'T', { kind: 'psu', publicEmployeeQuota: 20, publicEmployeeActual: 18 }),
  unit('B', 'T', { kind: 'psu', publicEmployeeQuota: 12, publicEmployeeActual: 11 }),
];
const moha = { policy: '154', salary: 15_356_250, monthsEarly: 30, siYears: 22 } as const;
const exit = (year: number, unit: string, count: number, reason: string, extra: object = {}) =>
  OperationSchema.parse({ type: 'staffExit', year, unit, civilServants: 0, publicEmployees: count, reason, ...extra });

describe('the roadmap cost column: how complete each cost is', () => {
  // A: 1 early retirement costed (2026), 2 without payout inputs (2027), 1 retirement (not paid); B: 2 resignations costed.
  const sim = simulate(
    base,
    [
      exit(2026, 'A', 1, 'early-retirement', { payout: moha }),
      exit(2027, 'A', 2, 'early-retirement'),
      exit(2027, 'A', 1, 'retirement'),
      exit(2026, 'B', 2, 'resignation', { cost: 40_000_000 }),
    ],
    { baseYear: 2025, horizon: 2027, rules },
  );
  const roadmap = roadmapOf(sim);
  const rows = roadmapRows(roadmap.units, 'early-retirement');
  const a = rows.find((r) => r.code === 'A')!;
  const b = rows.find((r) => r.code === 'B')!;
  const costed = exitCost(exit(2026, 'A', 1, 'early-retirement', { payout: moha }) as StaffExitOperation);

  it('counts per unit the people paid under a policy and those not costed, by year', () => {
    expect(a.cost).toBe(costed);
    expect(a.costing).toEqual({ paid: 3, uncosted: 2, byYear: [{ year: 2027, uncosted: 2 }] });
    expect(b.costing).toEqual({ paid: 2, uncosted: 0, byYear: [] });
    expect(totalCosting(roadmap)).toEqual({ paid: 5, uncosted: 2, byYear: [{ year: 2027, uncosted: 2 }] });
  });

  it('says a partly costed cost as a lower bound with how many are costed, and what is missing in its hint', () => {
    const text = costText(a.cost, a.costing, 'vi');
    expect(text.text).toBe(`≥ ${costed.toLocaleString('vi-VN')}, 1/3 người đã tính`);
    expect(text.hint).toBe(
      'Chi phí chưa đủ: mới tính được cho 1/3 người nghỉ hưu trước tuổi, thôi việc; 2 người chưa có số liệu để tính chi trả (lương, số năm đóng BHXH, số tháng nghỉ trước tuổi) — năm 2027: 2 người. Số đã tính chỉ là mức tối thiểu.',
    );
    // The totals: the roadmap's whole cost, partial too.
    expect(costText(roadmap.totalCost, totalCosting(roadmap), 'vi').text).toBe(
      `≥ ${(costed + 40_000_000).toLocaleString('vi-VN')}, 3/5 người đã tính`,
    );
    expect(costText(roadmap.totalCost, totalCosting(roadmap), 'en').text).toBe(
      `≥ ${(costed + 40_000_000).toLocaleString('en-US')}, 3/5 people costed`,
    );
  });

  it('says a complete cost as the amount, none computed as "chưa tính", nobody paid as nothing', () => {
    expect(costText(b.cost, b.costing, 'vi')).toEqual({ text: '40.000.000', hint: null });
    expect(costText(0, { paid: 2, uncosted: 2, byYear: [{ year: 2027, uncosted: 2 }] }, 'vi').text).toBe(
      'chưa tính (2 người)',
    );
    expect(costText(0, { paid: 0, uncosted: 0, byYear: [] }, 'vi')).toEqual({ text: '', hint: null });
  });

  it('the roadmap CSV says how many people its costs leave out', () => {
    const table = scenarioRoadmapTable(roadmap);
    expect(table.rows.at(-1)).toEqual([
      'Số người chưa tính được chi phí (thiếu lương, số năm đóng BHXH, số tháng nghỉ trước tuổi): chi phí trên chưa gồm',
      0,
      0,
      2,
      2,
    ]);
  });
});
