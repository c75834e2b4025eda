import { describe, expect, it } from 'vitest';
import { naturalRetirements, type AttritionPerson } from './attrition.ts';

const p = (
  unit: string,
  sex: 'male' | 'female',
  month: number,
  year: number,
  category: AttritionPerson['category'] = null,
): AttritionPerson => ({ unit, sex, birth: { year, month }, category });

describe('natural retirements per unit and year (Labour Code 2019 Art. 169)', () => {
  // Each person's year worked by hand: the age in force in the year they reach it.
  const people = [
    p('A', 'male', 12, 1960, 'civil_servant'), // 60 in 12/2020 → before 2021: over the age
    p('A', 'male', 9, 1961, 'civil_servant'), // 2021 age 60y3m → 12/2021
    p('A', 'male', 10, 1961, 'public_employee'), // 2021 age gives 01/2022; 2022 age 60y6m → 04/2022
    p('A', 'male', 6, 1965, 'contract'), // 2025 age 61y3m gives 09/2026; 2026 age 61y6m → 12/2026
    p('A', 'male', 7, 1965), // 2026 age gives 01/2027; 2027 age 61y9m → 04/2027
    p('B', 'female', 9, 1966, 'public_employee'), // 2021 age 55y4m gives 01/2022; 2022 age 55y8m → 05/2022
    p('B', 'female', 12, 1969, 'public_employee'), // 2025 age 56y8m gives 08/2026; 2026 age 57y → 12/2026
    p('B', 'female', 1, 1970, 'civil_servant'), // 2026 age 57y gives 01/2027; 2027 age 57y4m → 05/2027
    p('B', 'female', 6, 1974, 'civil_servant'), // 2032 age 59y gives 06/2033; 2033 age 59y4m → 10/2033
    p('B', 'female', 5, 1975), // 2035 age 60y → 05/2035
    p('B', 'male', 5, 1990), // 62 → 2052: after the range
  ];
  const r = naturalRetirements(people, 2021, 2035);
  const totals = (row: { years: Array<{ year: number; total: number }> }) =>
    Object.fromEntries(row.years.filter((y) => y.total > 0).map((y) => [y.year, y.total]));

  it('counts each unit in the year of the month its people reach the age', () => {
    expect(r.units.map((u) => u.unit)).toEqual(['A', 'B']);
    expect(totals(r.units[0]!)).toEqual({ 2021: 1, 2022: 1, 2026: 1, 2027: 1 });
    expect(totals(r.units[1]!)).toEqual({ 2022: 1, 2026: 1, 2027: 1, 2033: 1, 2035: 1 });
    expect(r.units[0]!.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2021 + i));
  });

  it('counts people already over the age apart, and leaves out those retiring after the range', () => {
    expect(r.units[0]!.overdue.total).toBe(1);
    expect(r.units[1]!.overdue.total).toBe(0);
    expect(r.units[1]!.inRange.total).toBe(5); // of 6 people in B
    expect(r.totals.inRange.total).toBe(9);
  });

  it('splits the counts by category, and totals them over the units', () => {
    expect(totals(r.totals)).toEqual({ 2021: 1, 2022: 2, 2026: 2, 2027: 2, 2033: 1, 2035: 1 });
    expect(r.totals.years.find((y) => y.year === 2026)!.byCategory).toEqual({
      civil_servant: 0,
      public_employee: 1,
      contract: 1,
      unspecified: 0,
    });
    expect(r.totals.years.find((y) => y.year === 2027)!.byCategory).toEqual({
      civil_servant: 1,
      public_employee: 0,
      contract: 0,
      unspecified: 1,
    });
    expect(r.totals.inRange.byCategory).toEqual({ civil_servant: 3, public_employee: 3, contract: 1, unspecified: 2 });
    expect(r.totals.overdue.byCategory.civil_servant).toBe(1);
  });

  it('gives the years of a shorter range only', () => {
    const short = naturalRetirements(people, 2026, 2027);
    expect(short.totals.years.map((y) => [y.year, y.total])).toEqual([
      [2026, 2],
      [2027, 2],
    ]);
    expect(short.totals.overdue.total).toBe(4); // 12/1960, 12/2021, 04/2022, 05/2022
  });
});
