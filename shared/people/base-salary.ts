/**
 * The base salary (lương cơ sở) by period, and the monthly salary of a person paid by coefficient:
 * (salary coefficient + allowance coefficients) × base salary × (1 + public-duty allowance %).
 * Amounts are whole đồng; coefficients are kept in thousandths and percentages in hundredths of a
 * percent, so the arithmetic is exact on integers (the MoHA 1814 example,
 * (4,65 + 0,6) × 2.340.000 × 1,25 = 15.356.250 đồng, comes out to the đồng).
 */
import type { Confidence } from '../rules/rule-sets.ts';
import type { YearMonth } from './retirement.ts';

export interface BaseSalaryPeriod {
  /** First month in force (the decrees take effect on the 1st). */
  from: YearMonth;
  /** đồng per month. */
  amount: number;
  citation: string;
  confidence: Confidence;
}

/**
 * Oldest first. 2.340.000 from 01/07/2024 is confirmed in secondary sources (legal-reference.md §7,
 * MoHA Official Letter 1814/2025); the two earlier values are well known but were not checked
 * against the decree texts here. A claimed 2.530.000 from 01/07/2026 (Decree 161/2026) is
 * unverified and deliberately not listed: until it is, 2.340.000 stays in force.
 */
export const BASE_SALARY_PERIODS: readonly BaseSalaryPeriod[] = [
  { from: { year: 2019, month: 7 }, amount: 1_490_000, citation: 'Nghị định 38/2019/NĐ-CP', confidence: 'M' },
  { from: { year: 2023, month: 7 }, amount: 1_800_000, citation: 'Nghị định 24/2023/NĐ-CP', confidence: 'M' },
  { from: { year: 2024, month: 7 }, amount: 2_340_000, citation: 'Nghị định 73/2024/NĐ-CP', confidence: 'C2' },
];

/** The period in force in a month (periods listed oldest first), or null before the first one. */
export function baseSalaryIn(month: YearMonth, periods: readonly BaseSalaryPeriod[] = BASE_SALARY_PERIODS): BaseSalaryPeriod | null {
  const at = month.year * 12 + month.month;
  return periods.findLast((p) => p.from.year * 12 + p.from.month <= at) ?? null;
}

/** Coefficients (hệ số) in thousandths: 4,65 → 4650. */
export const COEFFICIENT_SCALE = 1000;
/** Percentages in hundredths of a percent: 25% → 2500. */
export const PERCENT_SCALE = 100;

/** How a person's salary is given: an amount, or coefficients and the public-duty allowance. */
export type SalaryBasis =
  | { kind: 'amount'; amount: number }
  | {
      kind: 'coefficients';
      /** Salary coefficient (hệ số lương ngạch, bậc), thousandths. */
      coefficient: number;
      /** Leadership allowance coefficient (phụ cấp chức vụ), thousandths. */
      leadership: number;
      /** Other allowance coefficients added to the salary coefficient, thousandths. */
      otherAllowances: number;
      /** Public-duty allowance (phụ cấp công vụ), hundredths of a percent. */
      publicDuty: number;
    };

/** Monthly salary in whole đồng (rounded half up when the coefficients leave a fraction of a đồng). */
export function monthlySalary(basis: SalaryBasis, baseSalary: number): number {
  if (basis.kind === 'amount') return basis.amount;
  const coefficients = BigInt(basis.coefficient + basis.leadership + basis.otherAllowances);
  const numerator = coefficients * BigInt(baseSalary) * BigInt(100 * PERCENT_SCALE + basis.publicDuty);
  const denominator = BigInt(COEFFICIENT_SCALE * 100 * PERCENT_SCALE);
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

/** A scaled integer in Vietnamese writing: 4650 (scale 1000) → "4,65". */
export function scaledText(value: number, scale: number): string {
  const digits = String(scale).length - 1;
  const whole = Math.floor(value / scale);
  const frac = String(value % scale).padStart(digits, '0').replace(/0+$/, '');
  return frac ? `${whole},${frac}` : String(whole);
}
