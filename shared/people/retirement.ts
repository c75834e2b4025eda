/**
 * Statutory retirement age: Labour Code 2019 (45/2019/QH14) Art. 169, detailed by Decree
 * 135/2020/NĐ-CP. Appendix I is the table under normal working conditions (both sexes): from 2021
 * men retire at 60 years 3 months, 3 months later each year until 62 (2028); women at 55 years 4
 * months, 4 months later each year until 60 (2035); before 2021, 60 and 55. Appendix II is the
 * table of LOWER ages (Art. 169.3: heavy, hazardous or dangerous work, or especially difficult
 * areas): the same steps 5 years lower (men 55 years 3 months in 2021 to 57; women 50 years 4
 * months to 55). Confidence: that Appendix II is the lower-age table [C2] (legal-reference
 * "Corrections of 2026-12"); the exact rows of both tables [M] (not in the stored sources).
 * The age that applies is the one in force in the year the person reaches it, so the years are
 * walked. A person retires at the end of the month they reach the age; the pension starts the
 * month after.
 */

export type Sex = 'male' | 'female';

/** A calendar month: year and month 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export const RETIREMENT_AGE_RULE = {
  citation:
    'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP, Phụ lục I (điều kiện lao động bình thường), Phụ lục II (tuổi thấp hơn)',
  /** Appendix I: normal conditions. Appendix II: lower ages (Art. 169.3), this many months below Appendix I. */
  appendix: { normal: 'Phụ lục I', lower: 'Phụ lục II' },
  lowerByMonths: 60,
  confidence: 'M' as const,
  /** From this year on, the age rises by `stepMonths` a year from `startMonths` (the age in the year before) up to `capMonths`. */
  firstYear: 2021,
  male: { beforeMonths: 60 * 12, stepMonths: 3, capMonths: 62 * 12 },
  female: { beforeMonths: 55 * 12, stepMonths: 4, capMonths: 60 * 12 },
} as const;

/**
 * The retirement age in months in force in a year: Appendix I (normal conditions), or with
 * `lower` Appendix II (heavy/hazardous work or especially difficult areas, Art. 169.3).
 */
export function retirementAgeMonths(sex: Sex, year: number, lower = false): number {
  const r = RETIREMENT_AGE_RULE[sex];
  const normal =
    year < RETIREMENT_AGE_RULE.firstYear
      ? r.beforeMonths
      : Math.min(r.beforeMonths + r.stepMonths * (year - RETIREMENT_AGE_RULE.firstYear + 1), r.capMonths);
  return lower ? normal - RETIREMENT_AGE_RULE.lowerByMonths : normal;
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

/**
 * When a person born in `birth` (only the month counts) reaches the statutory retirement age:
 * Appendix I, or Appendix II with `lower` (the person works in heavy/hazardous conditions or an
 * especially difficult area).
 */
export function statutoryRetirement(birth: YearMonth, sex: Sex, lower = false): Retirement {
  // Walk the years from the earliest possible one: the first year whose age in force is reached within it.
  for (let year = birth.year + Math.floor(retirementAgeMonths(sex, 1900, lower) / 12); ; year++) {
    const ageMonths = retirementAgeMonths(sex, year, lower);
    const reached = index(birth) + ageMonths;
    if (Math.floor(reached / 12) <= year)
      return { ageMonths, reaches: fromIndex(reached), pensionFrom: fromIndex(reached + 1) };
  }
}

/** Whole months from the first day of `from` to the first day of `to` (negative when `to` is earlier). */
export const monthsBetween = (from: YearMonth, to: YearMonth) => index(to) - index(from);

/** Months a person leaving from `leaveFrom` (first month off work) retires ahead of the statutory pension start. */
export function monthsEarly(birth: YearMonth, sex: Sex, leaveFrom: YearMonth, lower = false): number {
  return Math.max(0, monthsBetween(leaveFrom, statutoryRetirement(birth, sex, lower).pensionFrom));
}
