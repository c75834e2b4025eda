import { describe, expect, it } from 'vitest';
import { monthsEarly, retirementAgeMonths, statutoryRetirement } from './retirement.ts';

const ym = (month: number, year: number) => ({ year, month });
const age = (years: number, months: number) => years * 12 + months;

describe('statutory retirement age (Labour Code 2019 Art. 169; Decree 135/2020 Appendix I, normal conditions)', () => {
  it('rises 3 months a year for men to 62 in 2028 and 4 months a year for women to 60 in 2035', () => {
    expect([2020, 2021, 2022, 2027, 2028, 2040].map((y) => retirementAgeMonths('male', y))).toEqual([
      age(60, 0),
      age(60, 3),
      age(60, 6),
      age(61, 9),
      age(62, 0),
      age(62, 0),
    ]);
    expect([2020, 2021, 2022, 2034, 2035, 2040].map((y) => retirementAgeMonths('female', y))).toEqual([
      age(55, 0),
      age(55, 4),
      age(55, 8),
      age(59, 8),
      age(60, 0),
      age(60, 0),
    ]);
  });

  // Each row worked by hand from the rule: the age in force in the year the person reaches it.
  it.each([
    // Men. 12/1960: 60 in 12/2020 (before the change).
    ['male', ym(12, 1960), age(60, 0), ym(12, 2020), ym(1, 2021)],
    // 01/1961: 2021 age 60y3m → 04/2021.
    ['male', ym(1, 1961), age(60, 3), ym(4, 2021), ym(5, 2021)],
    // 09/1961: 2021 age would give 12/2021 → still 2021.
    ['male', ym(9, 1961), age(60, 3), ym(12, 2021), ym(1, 2022)],
    // 10/1961: 2021 age gives 01/2022 (not in 2021); 2022 age 60y6m → 04/2022.
    ['male', ym(10, 1961), age(60, 6), ym(4, 2022), ym(5, 2022)],
    // 03/1962: 2022 age 60y6m → 09/2022 (the legal reference's example).
    ['male', ym(3, 1962), age(60, 6), ym(9, 2022), ym(10, 2022)],
    // 01/1966: 2027 age 61y9m → 10/2027 (the MoHA 1814 example: pension from 11/2027).
    ['male', ym(1, 1966), age(61, 9), ym(10, 2027), ym(11, 2027)],
    // 1970: 62 → 2032.
    ['male', ym(5, 1970), age(62, 0), ym(5, 2032), ym(6, 2032)],
    // Women. 01/1966: 2021 age 55y4m → 05/2021.
    ['female', ym(1, 1966), age(55, 4), ym(5, 2021), ym(6, 2021)],
    // 09/1966: 2021 age gives 01/2022; 2022 age 55y8m → 05/2022.
    ['female', ym(9, 1966), age(55, 8), ym(5, 2022), ym(6, 2022)],
    // 05/1975: 2035 age 60 → 05/2035.
    ['female', ym(5, 1975), age(60, 0), ym(5, 2035), ym(6, 2035)],
    // 06/1974: 2032 age 59y gives 06/2033 (not in 2032); 2033 age 59y4m → 10/2033.
    ['female', ym(6, 1974), age(59, 4), ym(10, 2033), ym(11, 2033)],
  ] as const)(
    '%s born %o: age %i months, reached %o, pension from %o',
    (sex, birth, ageMonths, reaches, pensionFrom) => {
      expect(statutoryRetirement(birth, sex)).toEqual({ ageMonths, reaches, pensionFrom });
    },
  );

  it('counts months early from the first month off work to the statutory pension start', () => {
    // MoHA 1814: born 01/1966, off work from 05/2025: 2 years 6 months early.
    expect(monthsEarly(ym(1, 1966), 'male', ym(5, 2025))).toBe(30);
    expect(monthsEarly(ym(1, 1966), 'male', ym(12, 2027))).toBe(0);
  });
});

describe('lower retirement ages (Decree 135/2020 Appendix II; Labour Code Art. 169.3)', () => {
  it('are the normal ages 5 years lower: men 55 years 3 months in 2021 to 57, women 50 years 4 months to 55', () => {
    expect([2020, 2021, 2028, 2040].map((y) => retirementAgeMonths('male', y, true))).toEqual([
      age(55, 0),
      age(55, 3),
      age(57, 0),
      age(57, 0),
    ]);
    expect([2020, 2021, 2035].map((y) => retirementAgeMonths('female', y, true))).toEqual([
      age(50, 0),
      age(50, 4),
      age(55, 0),
    ]);
  });

  // Worked by hand: the lower age in force in the year it is reached.
  it.each([
    // 01/1966: 2021 lower age 55y3m → 04/2021 (Appendix I: 10/2027).
    ['male', ym(1, 1966), age(55, 3), ym(4, 2021), ym(5, 2021)],
    // 06/1970: 2025 age 56y3m gives 09/2026 (not 2025); 2026 age 56y6m → 12/2026.
    ['male', ym(6, 1970), age(56, 6), ym(12, 2026), ym(1, 2027)],
    // 03/1975: 2026 age 52y gives 03/2027; 2027 age 52y4m → 07/2027 (Appendix I: 11/2034).
    ['female', ym(3, 1975), age(52, 4), ym(7, 2027), ym(8, 2027)],
  ] as const)(
    '%s born %o: age %i months, reached %o, pension from %o',
    (sex, birth, ageMonths, reaches, pensionFrom) => {
      expect(statutoryRetirement(birth, sex, true)).toEqual({ ageMonths, reaches, pensionFrom });
    },
  );

  it('count months early against the lower age', () => {
    // Born 06/1970, working in heavy conditions, off work from 01/2025: 24 months to 01/2027 (Appendix I: pension from 07/2032).
    expect(monthsEarly(ym(6, 1970), 'male', ym(1, 2025), true)).toBe(24);
    expect(monthsEarly(ym(6, 1970), 'male', ym(1, 2025))).toBe(90);
  });
});
