/** What the UI and the CLI are given of the personnel list: each person with their computed salary and retirement. */
import { formatDate } from '../format.ts';
import { naturalRetirements, type AttritionRow } from './attrition.ts';
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
  /** The coefficients as written ("4,65 + 0,6") and the public-duty allowance ("25"), for a salary by coefficients. */
  coefficients: { sum: string; percent: string } | null;
  /** MM/yyyy */
  insuranceFrom: string | null;
  retirement: { ageMonths: number; reaches: string; pensionFrom: string; year: number };
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
  return { amount: p.amount, from: `01/${monthText(p.from)}`, citation: p.citation, confidence: p.confidence, id: p.id ?? null };
}

export function personRow(p: StoredPerson, base: BaseSalaryPeriod | null): PersonRow {
  const r = statutoryRetirement(p.birth, p.sex);
  const s = p.salary;
  return {
    id: p.id,
    fullName: p.fullName,
    employeeId: p.employeeId,
    unitCode: p.unit?.code ?? p.unitCode,
    unitName: p.unit?.name ?? null,
    sex: p.sex,
    birthDate: formatDate(new Date(p.birth.year, p.birth.month - 1, p.birth.day)),
    category: p.category,
    salary: s.kind === 'amount' ? s.amount : base ? monthlySalary(s, base.amount) : null,
    coefficients:
      s.kind === 'amount'
        ? null
        : { sum: [s.coefficient, s.leadership, s.otherAllowances].filter((c, i) => i === 0 || c > 0).map((c) => scaledText(c, COEFFICIENT_SCALE)).join(' + '), percent: scaledText(s.publicDuty, PERCENT_SCALE) },
    insuranceFrom: p.insuranceFrom ? monthText(p.insuranceFrom) : null,
    retirement: { ageMonths: r.ageMonths, reaches: monthText(r.reaches), pensionFrom: monthText(r.pensionFrom), year: r.reaches.year },
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

/** Natural retirements of the list per unit and year; `order` gives the units' tree order. */
export function retirementsView(people: readonly StoredPerson[], fromYear: number, toYear: number, order: readonly string[]): RetirementsView {
  const names = new Map(people.map((p) => [p.unit?.code ?? p.unitCode, p.unit?.name ?? null]));
  const a = naturalRetirements(people.map((p) => ({ unit: p.unit?.code ?? p.unitCode, sex: p.sex, birth: p.birth, category: p.category })), fromYear, toYear);
  const rank = new Map(order.map((code, i) => [code, i]));
  const units = a.units
    .map((u) => ({ ...u, unitName: names.get(u.unit) ?? null }))
    .sort((x, y) => (rank.get(x.unit) ?? Infinity) - (rank.get(y.unit) ?? Infinity) || x.unit.localeCompare(y.unit));
  return { fromYear, toYear, people: people.length, units, totals: a.totals };
}
