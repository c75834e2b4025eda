import { describe, expect, it } from 'vitest';
import {
  BASE_SALARY_PERIODS,
  allPeriods,
  baseSalaryIn,
  monthlySalary,
  readBaseSalaryPeriod,
  scaledText,
} from './base-salary.ts';

const coefficients = (coefficient: number, leadership = 0, otherAllowances = 0, publicDuty = 0) => ({
  kind: 'coefficients' as const,
  coefficient,
  leadership,
  otherAllowances,
  publicDuty,
});

describe('base salary (lương cơ sở) by period', () => {
  it.each([
    [6, 2019, null],
    [7, 2019, 1_490_000],
    [6, 2023, 1_490_000],
    [7, 2023, 1_800_000],
    [6, 2024, 1_800_000],
    [7, 2024, 2_340_000],
    [6, 2026, 2_340_000],
    [7, 2026, 2_530_000],
    [11, 2026, 2_530_000],
  ])('in %i/%i is %s đồng', (month, year, amount) => {
    expect(baseSalaryIn({ year, month })?.amount ?? null).toBe(amount);
  });

  it('gives every period a citation, and marks the unchecked ones as unverified (Decree 161/2026 read in its text: C)', () => {
    expect(BASE_SALARY_PERIODS.map((p) => [p.amount, p.citation, p.confidence])).toEqual([
      [1_490_000, 'Nghị định 38/2019/NĐ-CP', 'M'],
      [1_800_000, 'Nghị định 24/2023/NĐ-CP', 'M'],
      [2_340_000, 'Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026)', 'C2'],
      [2_530_000, 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2', 'C'],
    ]);
  });
});

describe('monthly salary', () => {
  it('gives the MoHA 1814 example exactly: (4,65 + 0,6) × 2.340.000 × 1,25 = 15.356.250 đồng', () => {
    expect(monthlySalary(coefficients(4650, 600, 0, 2500), 2_340_000)).toBe(15_356_250);
    // Other allowances by coefficient are paid on the base salary, not raised by the public-duty
    // percentage (Circular 13/2026 Art. 3.1.b): (4,65 + 0,4) × 2.340.000 × 1,25 + 0,2 × 2.340.000.
    expect(monthlySalary(coefficients(4650, 400, 200, 2500), 2_340_000)).toBe(14_771_250 + 468_000);
  });

  it('is exact on integers and rounds a fraction of a đồng half up', () => {
    // 1,001 × 1.800.000 × 1,1234 = 2.024.142,12 (floating point gives 2.024.142,1199…).
    expect(monthlySalary(coefficients(1001, 0, 0, 1234), 1_800_000)).toBe(2_024_142);
    // 2,345 × 1.490.000 × 1,005 = 3.511.520,25 → 3.511.520; × 1,0051 = 3.511.869,655 → 3.511.870.
    expect(monthlySalary(coefficients(2345, 0, 0, 50), 1_490_000)).toBe(3_511_520);
    expect(monthlySalary(coefficients(2345, 0, 0, 51), 1_490_000)).toBe(3_511_870);
    // 0,5 đồng goes up: 0,001 × 1.500 = 1,5 → 2.
    expect(monthlySalary(coefficients(1), 1_500)).toBe(2);
  });

  it('takes a salary given in đồng as it is', () => {
    expect(monthlySalary({ kind: 'amount', amount: 12_345_678 }, 2_340_000)).toBe(12_345_678);
  });

  it('writes scaled values the Vietnamese way', () => {
    expect([
      scaledText(4650, 1000),
      scaledText(600, 1000),
      scaledText(2000, 1000),
      scaledText(2500, 100),
      scaledText(1250, 100),
    ]).toEqual(['4,65', '0,6', '2', '25', '12,5']);
  });
});

describe('base salary periods added by the province', () => {
  const added = {
    from: { year: 2027, month: 1 },
    amount: 2_800_000,
    citation: 'Nghị định X/2027/NĐ-CP',
    confidence: null,
    id: 1,
  };
  const thuong = coefficients(4650, 600, 0, 2500);
  it('take effect from their month: a salary by coefficients changes when a newer period applies', () => {
    const periods = allPeriods([added]);
    expect(periods.map((p) => p.amount)).toEqual([1_490_000, 1_800_000, 2_340_000, 2_530_000, 2_800_000]);
    expect(monthlySalary(thuong, baseSalaryIn({ year: 2026, month: 6 }, periods)!.amount)).toBe(15_356_250);
    // (4,65 + 0,6) × 2.530.000 × 1,25 = 16.603.125 (the reference's re-based MoHA example)
    expect(monthlySalary(thuong, baseSalaryIn({ year: 2026, month: 7 }, periods)!.amount)).toBe(16_603_125);
    expect(monthlySalary(thuong, baseSalaryIn({ year: 2027, month: 1 }, periods)!.amount)).toBe(18_375_000);
    expect(baseSalaryIn({ year: 2027, month: 1 })!.amount).toBe(2_530_000); // the built-in periods alone
    // An added period between built-in ones is placed by its month.
    expect(allPeriods([{ ...added, from: { year: 2024, month: 1 }, amount: 2_000_000 }]).map((p) => p.amount)).toEqual([
      1_490_000, 1_800_000, 2_000_000, 2_340_000, 2_530_000,
    ]);
  });
  it('are read from what the user typed, every bad field named', () => {
    const known = allPeriods([]);
    expect(
      readBaseSalaryPeriod({ amount: '2.800.000', from: '01/07/2027', citation: ' Nghị định X/2027/NĐ-CP ' }, known),
    ).toEqual({
      period: {
        from: { year: 2027, month: 7 },
        amount: 2_800_000,
        citation: 'Nghị định X/2027/NĐ-CP',
        confidence: null,
      },
    });
    expect(readBaseSalaryPeriod({ amount: '2800000', from: '7/2027', citation: 'X' }, known)).toMatchObject({
      period: { from: { year: 2027, month: 7 }, amount: 2_800_000 },
    });
    const issues = (amount: string, from: string, citation: string) => {
      const r = readBaseSalaryPeriod({ amount, from, citation }, known);
      return 'issues' in r ? r.issues.map((i) => [i.field, i.key]) : [];
    };
    expect(issues('2,53 triệu', '15/07/2026', '')).toEqual([
      ['baseSalaryAmount', 'err.baseSalaryAmount'],
      ['baseSalaryFrom', 'err.baseSalaryFromDay'],
      ['baseSalaryCitation', 'err.baseSalaryCitation'],
    ]);
    expect(issues('2.530.000,5', '13/2026', 'X')).toEqual([
      ['baseSalaryAmount', 'err.baseSalaryAmount'],
      ['baseSalaryFrom', 'err.baseSalaryFrom'],
    ]);
    expect(issues('0', '01/07/2027', 'X')).toEqual([['baseSalaryAmount', 'err.baseSalaryAmount']]);
    expect(issues('200.000.000', '01/07/2027', 'X')).toEqual([['baseSalaryAmount', 'err.baseSalaryAmount']]);
    expect(issues('2.530.000', '01/07/2024', 'X')).toEqual([['baseSalaryFrom', 'err.baseSalaryFromTaken']]); // Decree 73/2024's month
    expect(issues('2.600.000', '01/07/2026', 'X')).toEqual([['baseSalaryFrom', 'err.baseSalaryFromTaken']]); // Decree 161/2026's month
    expect(issues('2.530.000', '01/07/1989', 'X')).toEqual([['baseSalaryFrom', 'err.baseSalaryFrom']]);
  });
});
