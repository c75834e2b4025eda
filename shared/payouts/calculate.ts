/**
 * What a person leaving in a restructuring receives under a payout policy: each part as a number
 * of months' salary and an amount in whole đồng, computed on integers (no floating point), with
 * the citation and confidence of the value it rests on; or why the policy does not cover them.
 */
import type { MessageKey } from '../i18n/index.ts';
import type { Basis, EarlyGroup, PayoutCase, PayoutCategory, PayoutPolicy, TimeRules } from './policies.ts';

export interface PayoutInput {
  /** Current monthly salary in whole đồng (grade salary plus the allowances that count). */
  salary: number;
  /** Months from leaving to the statutory retirement (pension) date. */
  monthsEarly: number;
  /** Months of compulsory social insurance. */
  siMonths: number;
  /** Leaves from the 13th month after the restructuring decision (lower rates under Decree 178). */
  after12Months?: boolean;
  /** Who leaves: decides Decree 178 Art. 9 or 10 for a resignation (required there). */
  category?: PayoutCategory | null;
  /** Retires on the Appendix II (lower) ages of Decree 135/2020 (heavy/hazardous work, especially difficult areas). */
  lowerAge?: boolean;
  /** Decree 178's early-retirement group (Art. 7, 7a, 7b); Art. 7 by default. */
  group?: EarlyGroup;
  /** The first month off work: dates Art. 7a's 12 months from 15/03/2025 (else `after12Months` says). */
  leaveFrom?: { year: number; month: number };
  /** Resignation after vocational training (Decree 154 Art. 8.2). */
  afterTraining?: boolean;
}

export interface PayoutPart extends Basis {
  key: MessageKey;
  /** Months of salary (may be a fraction: 12,5). */
  months: number;
  amount: number;
  /** How `months` was reached, shown beside it: `plus` + `rate` × `count` months or years (0,8 × 60 months = 48). */
  factor?: PartFactor;
}

/** `months` = `plus` + `rate` × `count` (each in months of salary; `count` in months or years early, or of insurance). */
export interface PartFactor {
  plus: number;
  rate: number;
  count: number;
  per: 'month' | 'year';
}

export interface PayoutNotice {
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface Payout {
  policy: PayoutPolicy['id'];
  case: PayoutCase;
  total: number;
  parts: PayoutPart[];
  /** Said beside the amounts: what is not paid here and why, and which readings are unverified. */
  notices: PayoutNotice[];
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

const basisOf = (b: Basis): Basis => ({
  citation: b.citation,
  confidence: b.confidence,
  ...(b.weak ? { weak: true } : {}),
});

/**
 * A part worth `hundredthsPerUnit` hundredths of a month's salary for each of `halfUnits` halves
 * (a month or a year counted in halves): salary × hundredths × halves / 200, rounded half up.
 */
/** `per`: what `halfUnits` counts (months or years, in halves), shown as the part's factor; null for a lump sum. */
function part(
  key: MessageKey,
  salary: number,
  hundredthsPerUnit: number,
  halfUnits: number,
  basis: Basis,
  per: PartFactor['per'] | null,
): PayoutPart {
  const num = hundredthsPerUnit * halfUnits; // in 1/200 of a month
  const factor = per && { plus: 0, rate: hundredthsPerUnit / 100, count: halfUnits / 2, per };
  return {
    key,
    months: num / 200,
    amount: Math.floor((salary * num + 100) / 200),
    ...basisOf(basis),
    ...(factor ? { factor } : {}),
  };
}

function check(input: PayoutInput) {
  for (const [field, v] of [
    ['salary', input.salary],
    ['monthsEarly', input.monthsEarly],
    ['siMonths', input.siMonths],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new PayoutError('err.payoutNumber', { field });
  }
}

export function calculatePayout(policy: PayoutPolicy, kind: PayoutCase, input: PayoutInput): Payout {
  check(input);
  const notices: PayoutNotice[] = [];
  const parts =
    kind === 'early-retirement' ? earlyRetirement(policy, input, notices) : resignation(policy, input, notices);
  return { policy: policy.id, case: kind, total: parts.reduce((s, p) => s + p.amount, 0), parts, notices };
}

/** The highest months early a person may retire under the policy: fewer on the Appendix II ages. */
const maxEarly = (policy: PayoutPolicy, input: PayoutInput) =>
  input.lowerAge ? policy.earlyRetirement.maxMonthsEarlyLower : policy.earlyRetirement.maxMonthsEarly;

/** Leaving on the 1st of `leave` is within 12 months of the ISO day `from`. */
function within12MonthsOf(from: string, leave: { year: number; month: number }): boolean {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = (y + 1) * 12 + m;
  const at = leave.year * 12 + leave.month;
  return at < end || (at === end && d > 1);
}

function earlyRetirement(policy: PayoutPolicy, input: PayoutInput, notices: PayoutNotice[]): PayoutPart[] {
  const r = policy.earlyRetirement;
  const m = input.monthsEarly;
  const max = maxEarly(policy, input);
  if (input.lowerAge && m > max && m <= r.maxMonthsEarly)
    throw new PayoutError('err.payoutLowerAge', { max, policy: policy.title });
  if (m < 24 && m >= 1 && r.under2 === 'unverified')
    throw new PayoutError('err.payoutUnder2Unverified', { policy: policy.title });
  if (m < r.minMonthsEarly || m > max)
    throw new PayoutError('err.payoutMonthsEarly', { min: r.minMonthsEarly, max, policy: policy.title });
  const siHalves = halfYears(input.siMonths, policy.time);
  if (siHalves < 2 * r.minSiYears)
    throw new PayoutError('err.payoutSiYears', { min: r.minSiYears, policy: policy.title });
  const group = input.group ?? 'restructuring';
  if (group !== 'restructuring' && !r.groups) throw new PayoutError('err.payoutGroup', { policy: policy.title });
  const parts: PayoutPart[] = [];
  // The one-time allowance for the months early: the group's own (Art. 7a, 7b), else Art. 7.1.
  if (group === 'downsizing') {
    const g = r.groups!.downsizing;
    const within = input.leaveFrom ? within12MonthsOf(g.from, input.leaveFrom) : !input.after12Months;
    parts.push(part('pay.perMonthEarly', input.salary, within ? g.within12 : g.after12, 2 * m, g, 'month'));
  } else if (group === 'not-re-elected') {
    const g = r.groups!['not-re-elected'];
    parts.push(part('pay.perMonthEarly', input.salary, g.factor, 2 * m, g, 'month'));
  } else if (r.perMonthEarly) {
    const pm = r.perMonthEarly;
    const rates = input.after12Months ? pm.after12 : pm.within12;
    if (m < 24 && input.after12Months) {
      parts.push(part('pay.perMonthEarly', input.salary, pm.under2After12.factor, 2 * m, pm.under2After12, 'month'));
      notices.push({ key: 'pay.noteUnder2After12', params: {} });
    } else
      parts.push(
        m <= pm.bandMonths
          ? part('pay.perMonthEarly', input.salary, rates.upTo, 2 * m, pm, 'month')
          : part('pay.perMonthEarly', input.salary, rates.beyond, 2 * pm.fixedMonths, pm, 'month'),
      );
  }
  // Under 2 years early (Art. 7.2.d, đ): the pension without reduction, no per-year or insurance allowance.
  if (m >= 24) {
    const perYear = m <= 60 ? r.perYearEarly.from2to5 : r.perYearEarly.over5;
    // Actual years early (counted in halves, Art. 5.4), not capped: Circular 01 Art. 4.2.b.
    if (perYear.months > 0)
      parts.push(part('pay.perYearEarly', input.salary, perYear.months, halfYears(m, policy.time), perYear, 'year'));
    const found = r.si.find((x) => siHalves >= 2 * x.fromYears && siHalves < 2 * x.toYears)!;
    const tier = m > 60 && found.citationOver5 ? { ...found, citation: found.citationOver5 } : found;
    // months for the first years (one unit) + perYearAfter × the halves beyond, in 1/200 of a month.
    const num = tier.months * 2 + tier.perYearAfter * Math.max(0, siHalves - 2 * tier.firstYears);
    const beyond = Math.max(0, siHalves - 2 * tier.firstYears) / 2;
    const factor: PartFactor = { plus: tier.months / 100, rate: tier.perYearAfter / 100, count: beyond, per: 'year' };
    parts.push({
      key: 'pay.siYears',
      months: num / 200,
      amount: Math.floor((input.salary * num + 100) / 200),
      ...basisOf(tier),
      ...(tier.perYearAfter > 0 && beyond > 0 ? { factor } : {}),
    });
  }
  return parts;
}

function resignation(policy: PayoutPolicy, input: PayoutInput, notices: PayoutNotice[]): PayoutPart[] {
  const r = policy.resignation;
  const e = policy.earlyRetirement;
  const m = input.monthsEarly;
  if (m < r.minMonthsEarly)
    throw new PayoutError('err.payoutResignation', { min: r.minMonthsEarly, policy: policy.title });
  const category = input.category ?? null;
  if (r.byCategory && !category) throw new PayoutError('err.payoutCategory', { policy: policy.title });
  const siHalves = halfYears(input.siMonths, policy.time);
  // Whoever qualifies for the policy's early retirement is refused resignation and offered early retirement instead.
  if (m >= e.minMonthsEarly && m <= maxEarly(policy, input) && siHalves >= 2 * e.minSiYears) {
    throw new PayoutError('err.payoutEarlyEligible', { policy: policy.title, months: m, years: e.minSiYears });
  }
  if (m < 24 && e.under2 === 'unverified') notices.push({ key: 'pay.note154Under2', params: {} });
  const parts: PayoutPart[] = [];
  if (input.afterTraining) {
    const t = r.afterTraining;
    if (!t) throw new PayoutError('err.payoutTraining', { policy: policy.title });
    parts.push(part('pay.trainingLeaving', input.salary, t.leaving, 2, t, null));
    parts.push(part('pay.trainingPerSiYear', input.salary, t.perSiYear, siHalves, t, 'year'));
    notices.push({ key: 'pay.noteTraining', params: { age: t.maxAge.years } });
    return parts;
  }
  // Decree 178: the article of the person's category (Art. 9 or 10), not both.
  const cite = (b: Basis & { citationOf?: Record<PayoutCategory, string> }): Basis =>
    category && b.citationOf ? { ...basisOf(b), citation: b.citationOf[category] } : b;
  if (r.severance) {
    const s = r.severance;
    const rate = input.after12Months ? s.after12 : s.within12;
    // The amount rests on the rate [C] and on how severance months are counted [M]: the weaker one.
    const basis = { citation: `${cite(s).citation}; ${s.months.citation}`, confidence: s.months.confidence };
    parts.push(
      part('pay.severance', input.salary, rate, 2 * Math.min(input.siMonths, s.months.capMonths), basis, 'month'),
    );
    notices.push({ key: 'pay.noteSeveranceMonths', params: { cap: s.months.capMonths } });
  }
  parts.push(part('pay.perSiYear', input.salary, r.perSiYear.months, siHalves, cite(r.perSiYear), 'year'));
  if (!r.jobSearch.categories || (category && r.jobSearch.categories.includes(category)))
    parts.push(part('pay.jobSearch', input.salary, r.jobSearch.months, 2, r.jobSearch, null));
  if (category && r.unemploymentInsurance.includes(category)) notices.push({ key: 'pay.noteUnemployment', params: {} });
  return parts;
}
