/** What the UI and the CLI are given of the personnel list: each person with their computed salary and retirement. */
import { formatDate } from '../format.ts';
import { naturalRetirements, type AttritionPerson, type AttritionRow } from './attrition.ts';
import { COEFFICIENT_SCALE, PERCENT_SCALE, monthlySalary, scaledText, type BaseSalaryPeriod } from './base-salary.ts';
import type { PersonCategory, PersonRecord } from './read-people.ts';
import { statutoryRetirement, type Sex, type YearMonth } from './retirement.ts';
import type { Confidence } from '../rules/rule-sets.ts';

/** A stored person: the record, and its unit as it is now (null: the unit is gone). */
export interface StoredPerson extends PersonRecord {
  id: number;
  unit: { code: string; name: string } | null;
}

export interface PersonRow {
  id: number;
  fullName: string;
  employeeId: string | null;
  /** The unit's code now, or the imported one when the unit is gone. */
  unitCode: string;
  unitName: string | null;
  sex: Sex;
  /** dd/MM/yyyy */
  birthDate: string;
  category: PersonCategory | null;
  /** Whole đồng; null for coefficients when no base salary is in force. */
  salary: number | null;
  /**
   * For a salary by coefficients: the coefficients raised by the public-duty allowance as written
   * ("4,65 + 0,6"), the allowance ("25"), and the other allowance coefficients paid on the base
   * salary alone ("0,2", or null).
   */
  coefficients: { sum: string; percent: string; other: string | null } | null;
  /** MM/yyyy */
  insuranceFrom: string | null;
  retirement: { ageMonths: number; reaches: string; pensionFrom: string; year: number };
  /** Retires on the lower ages of Decree 135/2020 Appendix II (else Appendix I, normal conditions). */
  lowerRetirementAge: boolean;
  /** The job position held, or null: not yet placed. */
  jobPosition: string | null;
}

export interface BaseSalaryView {
  amount: number;
  /** dd/MM/yyyy */
  from: string;
  citation: string;
  /** null: added in the workspace. */
  confidence: Confidence | null;
  /** Set for a period added in the workspace. */
  id: number | null;
}

export const monthText = (m: YearMonth) => `${String(m.month).padStart(2, '0')}/${m.year}`;

export function baseSalaryView(p: BaseSalaryPeriod): BaseSalaryView {
  return {
    amount: p.amount,
    from: `01/${monthText(p.from)}`,
    citation: p.citation,
    confidence: p.confidence,
    id: p.id ?? null,
  };
}

/**
 * Turns stored people into rows at one base salary. Rows share what people have in common: one
 * string for each unit, date and month, one retirement and one coefficients object for each
 * distinct value (a list of 100,000 people repeats them all), so a whole list holds one copy of
 * each. The shared objects are frozen.
 */
export function personRows(base: BaseSalaryPeriod | null): (p: StoredPerson) => PersonRow {
  const strings = new Map<string, string>();
  const one = <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const seen = strings.get(s);
    if (seen !== undefined) return seen as T;
    strings.set(s, s);
    return s;
  };
  const retirements = new Map<string, PersonRow['retirement']>();
  const coefficients = new Map<string, NonNullable<PersonRow['coefficients']>>();
  const shared = <T extends object>(cache: Map<string, T>, key: string, make: () => T): T => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = Object.freeze(make())));
    return v;
  };
  return (p) => {
    const s = p.salary;
    const { year, month, day } = p.birth;
    return {
      id: p.id,
      fullName: p.fullName,
      employeeId: p.employeeId,
      unitCode: one(p.unit?.code ?? p.unitCode),
      unitName: one(p.unit?.name ?? null),
      sex: one(p.sex),
      birthDate: one(formatDate(new Date(year, month - 1, day))),
      category: one(p.category),
      salary: s.kind === 'amount' ? s.amount : base ? monthlySalary(s, base.amount) : null,
      coefficients:
        s.kind === 'amount'
          ? null
          : shared(coefficients, `${s.coefficient}|${s.leadership}|${s.otherAllowances}|${s.publicDuty}`, () => ({
              sum: [s.coefficient, s.leadership]
                .filter((c, i) => i === 0 || c > 0)
                .map((c) => scaledText(c, COEFFICIENT_SCALE))
                .join(' + '),
              percent: scaledText(s.publicDuty, PERCENT_SCALE),
              other: s.otherAllowances > 0 ? scaledText(s.otherAllowances, COEFFICIENT_SCALE) : null,
            })),
      insuranceFrom: p.insuranceFrom ? one(monthText(p.insuranceFrom)) : null,
      lowerRetirementAge: p.lowerRetirementAge ?? false,
      jobPosition: p.jobPosition === undefined ? null : one(p.jobPosition),
      retirement: shared(retirements, `${p.sex}|${year}|${month}|${p.lowerRetirementAge ? 1 : 0}`, () => {
        const r = statutoryRetirement(p.birth, p.sex, p.lowerRetirementAge);
        return {
          ageMonths: r.ageMonths,
          reaches: monthText(r.reaches),
          pensionFrom: monthText(r.pensionFrom),
          year: r.reaches.year,
        };
      }),
    };
  };
}

export interface RetirementsView {
  fromYear: number;
  toYear: number;
  people: number;
  /** Units with people, in the tree's order (units that are gone last); no names of people. */
  units: Array<AttritionRow & { unitName: string | null }>;
  totals: AttritionRow;
}

/** What the retirements need of a person: the unit counted under, with its name now (null: the unit is gone). */
export type RetirementPerson = AttritionPerson & { unitName: string | null };

/**
 * Natural retirements of the list per unit and year; `order` gives the units' tree order. The
 * people are read once, one at a time (a database cursor will do), and not kept.
 */
export function retirementsView(
  people: Iterable<RetirementPerson>,
  fromYear: number,
  toYear: number,
  order: readonly string[],
): RetirementsView {
  const names = new Map<string, string | null>();
  let count = 0;
  const each = function* () {
    for (const p of people) {
      count++;
      names.set(p.unit, p.unitName);
      yield p;
    }
  };
  const a = naturalRetirements(each(), fromYear, toYear);
  const rank = new Map(order.map((code, i) => [code, i]));
  const units = a.units
    .map((u) => ({ ...u, unitName: names.get(u.unit) ?? null }))
    .sort((x, y) => (rank.get(x.unit) ?? Infinity) - (rank.get(y.unit) ?? Infinity) || x.unit.localeCompare(y.unit));
  return { fromYear, toYear, people: count, units, totals: a.totals };
}
