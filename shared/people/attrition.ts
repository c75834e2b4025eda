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

const emptyCounts = (): Counts => ({ total: 0, byCategory: { civil_servant: 0, public_employee: 0, contract: 0, unspecified: 0 } });
const add = (c: Counts, key: CountKey) => {
  c.total++;
  c.byCategory[key]++;
};

function emptyRow(unit: string, fromYear: number, toYear: number): AttritionRow {
  const years = [];
  for (let year = fromYear; year <= toYear; year++) years.push({ year, ...emptyCounts() });
  return { unit, overdue: emptyCounts(), years, inRange: emptyCounts() };
}

/** Retirements per unit and year from `fromYear` to `toYear` (inclusive), and their totals. */
export function naturalRetirements(people: Iterable<AttritionPerson>, fromYear: number, toYear: number): Attrition {
  const units = new Map<string, AttritionRow>();
  const totals = emptyRow('', fromYear, toYear);
  for (const p of people) {
    let row = units.get(p.unit);
    if (!row) units.set(p.unit, (row = emptyRow(p.unit, fromYear, toYear)));
    const year = statutoryRetirement(p.birth, p.sex).reaches.year;
    const key: CountKey = p.category ?? 'unspecified';
    for (const r of [row, totals]) {
      if (year < fromYear) add(r.overdue, key);
      else if (year <= toYear) {
        add(r.years[year - fromYear]!, key);
        add(r.inRange, key);
      }
    }
  }
  return { fromYear, toYear, units: [...units.values()], totals };
}
