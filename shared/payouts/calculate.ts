/**
 * What a person leaving in a restructuring receives under a payout policy: each part as a number
 * of months' salary and an amount in whole đồng, computed on integers (no floating point).
 */
import type { MessageKey } from '../i18n/index.ts';
import type { PayoutCase, PayoutPolicy, TimeRules } from './policies.ts';

export interface PayoutInput {
  /** Current monthly salary in whole đồng (grade salary plus the allowances that count). */
  salary: number;
  /** Months from leaving to the statutory retirement (pension) date. */
  monthsEarly: number;
  /** Months of compulsory social insurance. */
  siMonths: number;
  /** Leaves from the 13th month after the restructuring decision (lower rates under Decree 178). */
  after12Months?: boolean;
}

export interface PayoutPart {
  key: MessageKey;
  /** Months of salary (may be a fraction: 12,5). */
  months: number;
  amount: number;
}

export interface Payout {
  policy: PayoutPolicy['id'];
  case: PayoutCase;
  total: number;
  parts: PayoutPart[];
}

/** Why a case is outside a policy. */
export class PayoutError extends Error {
  readonly key: MessageKey;
  readonly params: Record<string, string | number>;
  constructor(key: MessageKey, params: Record<string, string | number> = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }
}

/** Months counted in years, in halves (Art. 5): a remainder of 1–6 months is half a year, more is a whole one. */
export function halfYears(months: number, t: TimeRules): number {
  const rest = months % 12;
  return 2 * Math.floor(months / 12) + (rest === 0 ? 0 : rest <= t.halfYearUpTo ? 1 : 2);
}

/**
 * A part worth `hundredthsPerUnit` hundredths of a month's salary for each of `halfUnits` halves
 * (a month or a year counted in halves): salary × hundredths × halves / 200, rounded half up.
 */
function part(key: MessageKey, salary: number, hundredthsPerUnit: number, halfUnits: number): PayoutPart {
  const num = hundredthsPerUnit * halfUnits; // in 1/200 of a month
  return { key, months: num / 200, amount: Math.floor((salary * num + 100) / 200) };
}

function check(input: PayoutInput) {
  for (const [field, v] of [['salary', input.salary], ['monthsEarly', input.monthsEarly], ['siMonths', input.siMonths]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new PayoutError('err.payoutNumber', { field });
  }
}

export function calculatePayout(policy: PayoutPolicy, kind: PayoutCase, input: PayoutInput): Payout {
  check(input);
  const parts = kind === 'early-retirement' ? earlyRetirement(policy, input) : resignation(policy, input);
  return { policy: policy.id, case: kind, total: parts.reduce((s, p) => s + p.amount, 0), parts };
}

function earlyRetirement(policy: PayoutPolicy, input: PayoutInput): PayoutPart[] {
  const r = policy.earlyRetirement;
  const t = policy.time;
  if (input.monthsEarly < r.minMonthsEarly || input.monthsEarly > r.maxMonthsEarly) {
    throw new PayoutError('err.payoutMonthsEarly', { min: r.minMonthsEarly, max: r.maxMonthsEarly, policy: policy.title });
  }
  const siHalves = halfYears(input.siMonths, t);
  if (siHalves < 2 * r.minSiYears) throw new PayoutError('err.payoutSiYears', { min: r.minSiYears, policy: policy.title });
  const months = Math.min(input.monthsEarly, t.monthsEarlyCap);
  const parts: PayoutPart[] = [];
  if (r.perMonthEarly) {
    const m = r.perMonthEarly;
    const rates = input.after12Months ? m.after12 : m.within12;
    parts.push(input.monthsEarly <= m.bandMonths ? part('pay.perMonthEarly', input.salary, rates.upTo, 2 * months) : part('pay.perMonthEarly', input.salary, rates.beyond, 2 * m.fixedMonths));
  }
  const perYear = input.monthsEarly < 24 ? r.perYearEarly.under2 : input.monthsEarly <= 60 ? r.perYearEarly.from2to5 : r.perYearEarly.over5;
  if (perYear > 0) parts.push(part('pay.perYearEarly', input.salary, perYear, halfYears(months, t)));
  parts.push(siAllowance(policy, input.salary, siHalves));
  return parts;
}

/** The allowance for years of insurance: the highest tier the years reach. */
function siAllowance(policy: PayoutPolicy, salary: number, siHalves: number): PayoutPart {
  const tier = [...policy.earlyRetirement.si.tiers].reverse().find((x) => siHalves >= 2 * x.fromYears)!;
  // months × (first years as one unit) + perYearAfter × the halves beyond, in 1/200 of a month.
  const num = tier.months * 2 + tier.perYearAfter * Math.max(0, siHalves - 2 * tier.firstYears);
  return { key: 'pay.siYears', months: num / 200, amount: Math.floor((salary * num + 100) / 200) };
}

function resignation(policy: PayoutPolicy, input: PayoutInput): PayoutPart[] {
  const r = policy.resignation;
  const t = policy.time;
  if (input.monthsEarly < r.minMonthsEarly) throw new PayoutError('err.payoutResignation', { min: r.minMonthsEarly, policy: policy.title });
  const parts: PayoutPart[] = [];
  if (r.severance) {
    const rate = input.after12Months ? r.severance.after12 : r.severance.within12;
    parts.push(part('pay.severance', input.salary, rate, 2 * Math.min(input.siMonths, t.severanceMonthsCap)));
  }
  parts.push(part('pay.perSiYear', input.salary, r.perSiYear, halfYears(input.siMonths, t)));
  parts.push(part('pay.jobSearch', input.salary, r.jobSearch, 2));
  return parts;
}
