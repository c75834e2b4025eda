/**
 * The base salary (lương cơ sở) by period, and the monthly salary of a person paid by coefficient:
 * (salary coefficient + allowance coefficients) × base salary × (1 + public-duty allowance %).
 * Amounts are whole đồng; coefficients are kept in thousandths and percentages in hundredths of a
 * percent, so the arithmetic is exact on integers (the MoHA 1814 example,
 * (4,65 + 0,6) × 2.340.000 × 1,25 = 15.356.250 đồng, comes out to the đồng).
 */
import type { FieldIssue } from '../errors.ts';
import type { Confidence } from '../rules/rule-sets.ts';
import type { YearMonth } from './retirement.ts';

export interface BaseSalaryPeriod {
  /** First month in force (the decrees take effect on the 1st). */
  from: YearMonth;
  /** đồng per month. */
  amount: number;
  citation: string;
  /** How sure the reference is of a built-in period; null for a period the province added (its citation as given). */
  confidence: Confidence | null;
  /** Set for a period added in the workspace (it can be removed there). */
  id?: number;
}

/**
 * Oldest first, each from the 1st of its month (legal-reference "Corrections of 2026-12" §1):
 * 1.800.000 from 01/07/2023 (Decree 24/2023, not checked against the decree text here: M);
 * 2.340.000 from 01/07/2024 (Decree 73/2024, C2; it expired on 01/07/2026 by Decree 161/2026
 * Art. 6.2, C); 2.530.000 from 01/07/2026 (Decree 161/2026 Art. 3.2, C). The 1.490.000 of Decree
 * 38/2019 (M) stays for salaries of earlier months.
 */
export const BASE_SALARY_PERIODS: readonly BaseSalaryPeriod[] = [
  { from: { year: 2019, month: 7 }, amount: 1_490_000, citation: 'Nghị định 38/2019/NĐ-CP', confidence: 'M' },
  { from: { year: 2023, month: 7 }, amount: 1_800_000, citation: 'Nghị định 24/2023/NĐ-CP', confidence: 'M' },
  {
    from: { year: 2024, month: 7 },
    amount: 2_340_000,
    citation: 'Nghị định 73/2024/NĐ-CP (đến hết 30/06/2026)',
    confidence: 'C2',
  },
  {
    from: { year: 2026, month: 7 },
    amount: 2_530_000,
    citation: 'Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2',
    confidence: 'C',
  },
];

/** The period in force in a month (periods listed oldest first), or null before the first one. */
export function baseSalaryIn(
  month: YearMonth,
  periods: readonly BaseSalaryPeriod[] = BASE_SALARY_PERIODS,
): BaseSalaryPeriod | null {
  const at = month.year * 12 + month.month;
  return periods.findLast((p) => p.from.year * 12 + p.from.month <= at) ?? null;
}

const monthIndex = (m: YearMonth) => m.year * 12 + m.month;

/** The built-in periods and those added in the workspace, oldest first. */
export function allPeriods(added: readonly BaseSalaryPeriod[]): BaseSalaryPeriod[] {
  return [...BASE_SALARY_PERIODS, ...added].sort((a, b) => monthIndex(a.from) - monthIndex(b.from));
}

/** A period as typed: the amount in đồng (Vietnamese format), the first day or month it applies, the legal basis. */
export interface BaseSalaryInput {
  amount: string;
  from: string;
  citation: string;
}

/** Bounds of a plausible base salary, in đồng per month. */
export const BASE_SALARY_BOUNDS = { min: 100_000, max: 100_000_000 } as const;

/**
 * A period typed by the user, read and checked against the periods already known: the amount a
 * whole number of đồng within bounds, the start "01/MM/yyyy" or "MM/yyyy" (the first of a month,
 * 1990–2100) not already the start of a period, and a citation. Every bad field is reported.
 */
export function readBaseSalaryPeriod(
  input: BaseSalaryInput,
  known: readonly BaseSalaryPeriod[],
): { period: Omit<BaseSalaryPeriod, 'confidence'> & { confidence: null } } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const digits = input.amount.replace(/[\s\u00a0\u202f]/g, '');
  const amount = /^\d{1,3}(\.\d{3})+$|^\d+$/.test(digits) ? Number(digits.replace(/\./g, '')) : Number.NaN;
  if (!Number.isSafeInteger(amount) || amount < BASE_SALARY_BOUNDS.min || amount > BASE_SALARY_BOUNDS.max) {
    issues.push({
      field: 'baseSalaryAmount',
      key: 'err.baseSalaryAmount',
      params: { value: input.amount.trim(), min: BASE_SALARY_BOUNDS.min, max: BASE_SALARY_BOUNDS.max },
    });
  }
  const m = /^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/.exec(input.from.trim());
  const from =
    m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1990 && Number(m[3]) <= 2100
      ? { year: Number(m[3]), month: Number(m[2]) }
      : null;
  if (!from) issues.push({ field: 'baseSalaryFrom', key: 'err.baseSalaryFrom', params: { value: input.from.trim() } });
  else if (m![1] !== undefined && Number(m![1]) !== 1)
    issues.push({ field: 'baseSalaryFrom', key: 'err.baseSalaryFromDay', params: { value: input.from.trim() } });
  else {
    const same = known.find((p) => monthIndex(p.from) === monthIndex(from));
    if (same)
      issues.push({
        field: 'baseSalaryFrom',
        key: 'err.baseSalaryFromTaken',
        params: { value: input.from.trim(), amount: same.amount, citation: same.citation },
      });
  }
  const citation = input.citation.trim();
  if (citation.length === 0 || citation.length > 300)
    issues.push({ field: 'baseSalaryCitation', key: 'err.baseSalaryCitation' });
  if (issues.length > 0) return { issues };
  return { period: { from: from!, amount, citation, confidence: null } };
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
      /** Other allowance coefficients paid on the base salary (not on the salary), thousandths. */
      otherAllowances: number;
      /** Public-duty allowance (phụ cấp công vụ), hundredths of a percent. */
      publicDuty: number;
    };

/**
 * Monthly salary in whole đồng, as Circular 01/2025/TT-BNV Art. 3.2.a and Circular 13/2026/TT-BNV
 * Art. 3.1 combine it: salary = coefficient × base; an allowance by coefficient = its coefficient ×
 * base; a percentage allowance (công vụ) = (salary + leadership allowance [+ above-frame
 * seniority]) × its percentage. So
 *   (coefficient + leadership) × base × (1 + public duty %) + other allowances × base.
 * The exact rational amount is rounded once, half up, to a whole đồng (the MoHA 1814 example has
 * no fraction). Above-frame seniority (a percentage of the salary coefficient) is not a field:
 * fold it into the coefficient (coefficient × (1 + seniority %)).
 */
export function monthlySalary(basis: SalaryBasis, baseSalary: number): number {
  if (basis.kind === 'amount') return basis.amount;
  const onSalary = BigInt(basis.coefficient + basis.leadership) * BigInt(100 * PERCENT_SCALE + basis.publicDuty);
  const numerator = (onSalary + BigInt(basis.otherAllowances) * BigInt(100 * PERCENT_SCALE)) * BigInt(baseSalary);
  const denominator = BigInt(COEFFICIENT_SCALE * 100 * PERCENT_SCALE);
  return Number((numerator * 2n + denominator) / (2n * denominator));
}

/** A scaled integer in Vietnamese writing: 4650 (scale 1000) → "4,65". */
export function scaledText(value: number, scale: number): string {
  const digits = String(scale).length - 1;
  const whole = Math.floor(value / scale);
  const frac = String(value % scale)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return frac ? `${whole},${frac}` : String(whole);
}
