/**
 * Natural attrition: how many people of each unit reach the statutory retirement age (Labour Code
 * 2019 Art. 169, see retirement.ts) in each year of a range, split by category. A person is counted
 * in the year of the month they reach the age (they retire at its end); people who reached it
 * before the range are counted apart, as already over the age.
 */
import { statutoryRetirement, type Sex, type YearMonth } from './retirement.ts';
import type { PersonCategory } from './read-people.ts';

export const COUNT_KEYS = ['civil_servant', 'public_employee', 'contract', 'unspecified'] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

export interface Counts {
  total: number;
  byCategory: Record<CountKey, number>;
}

export interface AttritionPerson {
  /** The unit the person is counted under. */
  unit: string;
  sex: Sex;
  birth: YearMonth;
  category: PersonCategory | null;
  /** Retires on the lower ages of Decree 135/2020 Appendix II. */
  lowerAge?: boolean;
}

export interface AttritionRow {
  unit: string;
  /** Reached the age before the first year of the range and still on the list. */
  overdue: Counts;
  /** One entry per year of the range, in order. */
  years: Array<Counts & { year: number }>;
  /** Retirements within the range. */
  inRange: Counts;
}

export interface Attrition {
  fromYear: number;
  toYear: number;
  /** Units in the order their people first appear. */
  units: AttritionRow[];
  totals: AttritionRow;
}

const emptyCounts = (): Counts => ({
  total: 0,
  byCategory: { civil_servant: 0, public_employee: 0, contract: 0, unspecified: 0 },
});
/** Zero, shared by every count nothing was added to (most of a unit's years: units have few people). */
const NONE: Counts = Object.freeze({ ...emptyCounts(), byCategory: Object.freeze(emptyCounts().byCategory) });
/** A count of its own to add to: a copy of a shared zero, or the count itself. */
const own = <C extends Counts>(c: C): C => (Object.isFrozen(c) ? { ...c, byCategory: { ...c.byCategory } } : c);
const add = (c: Counts, key: CountKey) => {
  c.total++;
  c.byCategory[key]++;
};

/**
 * Retirements per unit and year from `fromYear` to `toYear` (inclusive), and their totals. Counts
 * that stay zero are one shared, frozen object (per year for the years).
 */
export function naturalRetirements(people: Iterable<AttritionPerson>, fromYear: number, toYear: number): Attrition {
  const noYears: Array<Counts & { year: number }> = [];
  for (let year = fromYear; year <= toYear; year++) noYears.push(Object.freeze({ year, ...NONE }));
  const emptyRow = (unit: string): AttritionRow => ({ unit, overdue: NONE, years: [...noYears], inRange: NONE });
  const units = new Map<string, AttritionRow>();
  const totals = emptyRow('');
  // The year each (sex, birth month) reaches the age: people share a few thousand of them.
  const reaches = new Map<number, number>();
  const count = (r: AttritionRow, year: number, key: CountKey) => {
    if (year < fromYear) add((r.overdue = own(r.overdue)), key);
    else if (year <= toYear) {
      const i = year - fromYear;
      add((r.years[i] = own(r.years[i]!)), key);
      add((r.inRange = own(r.inRange)), key);
    }
  };
  for (const p of people) {
    let row = units.get(p.unit);
    if (!row) units.set(p.unit, (row = emptyRow(p.unit)));
    const month = ((p.birth.year * 12 + p.birth.month) * 2 + (p.sex === 'male' ? 1 : 0)) * 2 + (p.lowerAge ? 1 : 0);
    let year = reaches.get(month);
    if (year === undefined) reaches.set(month, (year = statutoryRetirement(p.birth, p.sex, p.lowerAge).reaches.year));
    const key: CountKey = p.category ?? 'unspecified';
    count(row, year, key);
    count(totals, year, key);
  }
  return { fromYear, toYear, units: [...units.values()], totals };
}
