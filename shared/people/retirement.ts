/**
 * Statutory retirement age under normal working conditions: Labour Code 2019 (45/2019/QH14)
 * Art. 169.2, detailed by Decree 135/2020/NĐ-CP Appendix I (men) and II (women). From 2021 men
 * retire at 60 years 3 months, 3 months later each year until 62 (2028); women at 55 years 4
 * months, 4 months later each year until 60 (2035). Before 2021: 60 and 55. The age that applies
 * is the one in force in the year the person reaches it, so the years are walked. A person
 * retires at the end of the month they reach the age; the pension starts the month after.
 */

export type Sex = 'male' | 'female';

/** A calendar month: year and month 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export const RETIREMENT_AGE_RULE = {
  citation: 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP, Phụ lục I, II',
  /** From this year on, the age rises by `stepMonths` a year from `startMonths` (the age in the year before) up to `capMonths`. */
  firstYear: 2021,
  male: { beforeMonths: 60 * 12, stepMonths: 3, capMonths: 62 * 12 },
  female: { beforeMonths: 55 * 12, stepMonths: 4, capMonths: 60 * 12 },
} as const;

/** The retirement age in months in force in a year. */
export function retirementAgeMonths(sex: Sex, year: number): number {
  const r = RETIREMENT_AGE_RULE[sex];
  if (year < RETIREMENT_AGE_RULE.firstYear) return r.beforeMonths;
  return Math.min(r.beforeMonths + r.stepMonths * (year - RETIREMENT_AGE_RULE.firstYear + 1), r.capMonths);
}

const index = (ym: YearMonth) => ym.year * 12 + (ym.month - 1);
const fromIndex = (i: number): YearMonth => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

export interface Retirement {
  /** The age that applies, in months. */
  ageMonths: number;
  /** The month the person reaches it (they retire at its end). */
  reaches: YearMonth;
  /** The first month of pension. */
  pensionFrom: YearMonth;
}

/** When a person born in `birth` (only the month counts) reaches the statutory retirement age. */
export function statutoryRetirement(birth: YearMonth, sex: Sex): Retirement {
  // Walk the years from the earliest possible one: the first year whose age in force is reached within it.
  for (let year = birth.year + Math.floor(RETIREMENT_AGE_RULE[sex].beforeMonths / 12); ; year++) {
    const ageMonths = retirementAgeMonths(sex, year);
    const reached = index(birth) + ageMonths;
    if (Math.floor(reached / 12) <= year) return { ageMonths, reaches: fromIndex(reached), pensionFrom: fromIndex(reached + 1) };
  }
}

/** Whole months from the first day of `from` to the first day of `to` (negative when `to` is earlier). */
export const monthsBetween = (from: YearMonth, to: YearMonth) => index(to) - index(from);

/** Months a person leaving from `leaveFrom` (first month off work) retires ahead of the statutory pension start. */
export function monthsEarly(birth: YearMonth, sex: Sex, leaveFrom: YearMonth): number {
  return Math.max(0, monthsBetween(leaveFrom, statutoryRetirement(birth, sex).pensionFrom));
}
