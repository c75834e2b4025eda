/**
 * A person proposed to leave under a payout policy (early retirement or resignation, Decree 178/2024
 * as amended by 67/2025, or Decree 154/2025), and what they are paid: from their own salary in
 * the last month worked (coefficients × the base salary then in force), the months ahead of the
 * statutory pension (retirement.ts) and the months of compulsory social insurance up to the
 * leaving month, each part and the total in whole đồng; or why the policy does not cover them.
 */
import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import { calculatePayout, PayoutError, type PayoutPart } from '../payouts/calculate.ts';
import { policyOutOfForce } from '../payouts/in-force.ts';
import { EARLY_GROUPS, PAYOUT_CATEGORY_OF, policyById, type EarlyGroup, type PayoutCase } from '../payouts/policies.ts';
import type { Confidence } from '../rules/rule-sets.ts';
import { baseSalaryIn, monthlySalary, type BaseSalaryPeriod } from './base-salary.ts';
import type { PersonCategory } from './read-people.ts';
import { monthsBetween, statutoryRetirement, type YearMonth } from './retirement.ts';
import { monthText, type StoredPerson } from './person-rows.ts';

export const PROPOSAL_CASES = ['early-retirement', 'resignation'] as const satisfies readonly PayoutCase[];
export const PROPOSAL_POLICIES = ['178', '154'] as const;

/** A proposal as stored: who, under which policy and case, from which month, and whether within 12 months of the decision. */
export interface Proposal {
  personId: number;
  case: PayoutCase;
  policy: (typeof PROPOSAL_POLICIES)[number];
  /** The first month off work. */
  leaveFrom: YearMonth;
  /** Leaves within the first 12 months after the restructuring decision (the higher rates of Decree 178). */
  within12: boolean;
  /** Decree 178's early-retirement group (Art. 7; Decree 67's Art. 7a, 7b). */
  group: EarlyGroup;
  /** A resignation after vocational training (Decree 154 Art. 8.2). */
  afterTraining: boolean;
}

/** "MM/yyyy" (also M/yyyy), 1990–2100, or null. */
export function parseLeaveMonth(text: string): YearMonth | null {
  const m = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 && year >= 1990 && year <= 2100 ? { year, month } : null;
}

/** A proposal as the UI and the CLI send it. */
export const ProposalInputSchema = z
  .object({
    personId: z.number().int().positive(),
    case: z.enum(PROPOSAL_CASES, { error: 'err.proposalCase' }),
    policy: z.enum(PROPOSAL_POLICIES, { error: 'err.exitPolicy' }),
    leaveFrom: z
      .string()
      .max(20)
      .refine((s) => parseLeaveMonth(s) !== null, { error: 'err.proposalLeaveFrom' }),
    within12: z.boolean(),
    group: z.enum(EARLY_GROUPS, { error: 'err.proposalGroup' }).default('restructuring'),
    afterTraining: z.boolean().default(false),
  })
  .strict();

export interface SaidKey {
  key: MessageKey;
  params: MessageParams;
}

/** A proposal with its payout worked out for one person. */
export interface ProposalResult {
  personId: number;
  case: PayoutCase;
  policy: Proposal['policy'];
  /** MM/yyyy */
  leaveFrom: string;
  /** The year the person leaves (the roadmap year). */
  year: number;
  within12: boolean;
  group: EarlyGroup;
  afterTraining: boolean;
  /** Retires on the Appendix II (lower) ages. */
  lowerRetirementAge: boolean;
  /** The policy's citation and how sure the reference is of it. */
  policyCitation: string;
  policyConfidence: Confidence;
  unitCode: string;
  category: PersonCategory | null;
  /** The salary the payout is computed on (whole đồng), null when it cannot be known. */
  salary: number | null;
  /** The base salary it was computed with, for a salary by coefficients. */
  baseSalary: { amount: number; from: string; citation: string } | null;
  monthsEarly: number;
  /** Months of compulsory social insurance to the leaving month; null without a start month. */
  siMonths: number | null;
  payout: { total: number; parts: PayoutPart[] } | null;
  /** Why the policy does not cover the person (then no payout). */
  refusal: SaidKey | null;
  /** Said beside a payout (e.g. a leaving month outside the policy's dates). */
  notices: SaidKey[];
}

/** The month before: the last month worked before leaving. */
const previousMonth = (m: YearMonth): YearMonth =>
  m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };

/** Works out one person's payout under their proposal; `periods`: the base salary periods in force (built in and added). */
export function proposalResult(
  person: StoredPerson,
  p: Proposal,
  periods: readonly BaseSalaryPeriod[],
): ProposalResult {
  const policy = policyById(p.policy)!;
  const lower = person.lowerRetirementAge ?? false;
  const retirement = statutoryRetirement(person.birth, person.sex, lower);
  const monthsEarly = Math.max(0, monthsBetween(p.leaveFrom, retirement.pensionFrom));
  const siMonths = person.insuranceFrom ? monthsBetween(person.insuranceFrom, p.leaveFrom) : null;
  const lastWorked = previousMonth(p.leaveFrom);
  const base = person.salary.kind === 'coefficients' ? baseSalaryIn(lastWorked, periods) : null;
  const salary =
    person.salary.kind === 'amount' ? person.salary.amount : base ? monthlySalary(person.salary, base.amount) : null;
  const result: ProposalResult = {
    personId: person.id,
    case: p.case,
    policy: p.policy,
    leaveFrom: monthText(p.leaveFrom),
    year: p.leaveFrom.year,
    within12: p.within12,
    group: p.group,
    afterTraining: p.afterTraining,
    lowerRetirementAge: lower,
    policyCitation: policy.citation,
    policyConfidence: policy.confidence,
    unitCode: person.unit?.code ?? person.unitCode,
    category: person.category,
    salary,
    baseSalary: base && { amount: base.amount, from: `01/${monthText(base.from)}`, citation: base.citation },
    monthsEarly,
    siMonths,
    payout: null,
    refusal: null,
    notices: [],
  };
  const refuse = (key: MessageKey, params: MessageParams = {}) => ({ ...result, refusal: { key, params } });
  if (monthsEarly === 0)
    return refuse('err.proposalAtAge', { reaches: monthText(retirement.reaches), leave: result.leaveFrom });
  if (siMonths === null) return refuse('err.proposalNoInsurance');
  if (siMonths < 0)
    return refuse('err.proposalBeforeInsurance', {
      insurance: monthText(person.insuranceFrom!),
      leave: result.leaveFrom,
    });
  if (salary === null) return refuse('err.proposalNoBaseSalary', { month: monthText(lastWorked) });
  const outOfForce = policyOutOfForce(policy, p.leaveFrom);
  if (outOfForce) return refuse(outOfForce.key, outOfForce.params);
  try {
    const payout = calculatePayout(policy, p.case, {
      salary,
      monthsEarly,
      siMonths,
      after12Months: !p.within12,
      category: person.category && PAYOUT_CATEGORY_OF[person.category],
      lowerAge: lower,
      group: p.group,
      leaveFrom: p.leaveFrom,
      afterTraining: p.afterTraining,
    });
    result.payout = { total: payout.total, parts: payout.parts };
    result.notices.push(...payout.notices);
  } catch (err) {
    if (err instanceof PayoutError) return refuse(err.key, err.params);
    throw err;
  }
  return result;
}

/** Proposed payouts per unit and leaving year: how many people, how many the policy covers, and their total. */
export interface ProposalTotal {
  unitCode: string;
  year: number;
  people: number;
  paid: number;
  total: number;
}

export function proposalTotals(results: readonly ProposalResult[]): {
  rows: ProposalTotal[];
  byYear: Array<{ year: number; people: number; paid: number; total: number }>;
  total: number;
} {
  const rows = new Map<string, ProposalTotal>();
  const years = new Map<number, { year: number; people: number; paid: number; total: number }>();
  for (const r of results) {
    const key = `${r.unitCode}\u0000${r.year}`;
    const row = rows.get(key) ?? { unitCode: r.unitCode, year: r.year, people: 0, paid: 0, total: 0 };
    const y = years.get(r.year) ?? { year: r.year, people: 0, paid: 0, total: 0 };
    for (const t of [row, y]) {
      t.people++;
      if (r.payout) {
        t.paid++;
        t.total += r.payout.total;
      }
    }
    rows.set(key, row);
    years.set(r.year, y);
  }
  const byYear = [...years.values()].sort((a, b) => a.year - b.year);
  return { rows: [...rows.values()], byYear, total: byYear.reduce((s, y) => s + y.total, 0) };
}
