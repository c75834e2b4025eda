/**
 * Payout policies for people who leave in a restructuring, as data with citations and dates
 * (legal-reference §7). Multipliers are in hundredths of a month's salary (150 = 1,5 months), so
 * every amount is computed on integers. Confidence: C2 (secondary sources agreeing with the decree
 * text where it was seen), M where marked.
 */

export type PolicyId = 'nd178-2024' | 'nd154-2025';
export type PayoutCase = 'early-retirement' | 'resignation';

/** Decree 178/2024 Art. 5: how months become years, and the caps. */
export interface TimeRules {
  /** Months of early retirement counted, at most. */
  monthsEarlyCap: number;
  /** Months of compulsory social insurance counted for severance, at most. */
  severanceMonthsCap: number;
  /** A remainder of 1..halfYearUpTo months counts as half a year; more counts as a whole year. */
  halfYearUpTo: number;
}

export interface SiAllowance {
  /** At least `fromYears` years of insurance: `months` for the first `firstYears` years, plus `perYearAfter` for each year beyond. */
  tiers: Array<{ fromYears: number; firstYears: number; months: number; perYearAfter: number }>;
}

export interface EarlyRetirementRule {
  /** Months early allowed (inclusive bounds). */
  minMonthsEarly: number;
  maxMonthsEarly: number;
  /** Least years of insurance to draw a pension at once. */
  minSiYears: number;
  /** One-time allowance per month retired early (Decree 178 Art. 7.1.a): by band, within 12 months or later. */
  perMonthEarly: null | {
    /** Up to this many months early, salary × factor × months early; beyond, salary × factor × `fixedMonths`. */
    bandMonths: number;
    fixedMonths: number;
    within12: { upTo: number; beyond: number };
    after12: { upTo: number; beyond: number };
  };
  /** Months of salary per year retired early: under 2 years, 2–5 years, more than 5 years. */
  perYearEarly: { under2: number; from2to5: number; over5: number };
  si: SiAllowance;
}

export interface ResignationRule {
  /** Least months to statutory retirement. */
  minMonthsEarly: number;
  /** Salary × factor × severance months (insurance months, capped); null: none. */
  severance: null | { within12: number; after12: number };
  /** Months of salary per year of insurance. */
  perSiYear: number;
  /** Months of salary to look for work. */
  jobSearch: number;
}

export interface PayoutPolicy {
  id: PolicyId;
  /** What the CLI's `--policy` takes. */
  short: string;
  title: string;
  citation: string;
  /** ISO dates: in force from, and (when known) until. */
  effectiveFrom: string;
  effectiveTo?: string;
  confidence: 'C' | 'C2' | 'M';
  time: TimeRules;
  earlyRetirement: EarlyRetirementRule;
  resignation: ResignationRule;
}

const TIME: TimeRules = { monthsEarlyCap: 60, severanceMonthsCap: 60, halfYearUpTo: 6 };

export const PAYOUT_POLICIES: readonly PayoutPolicy[] = [
  {
    id: 'nd178-2024',
    short: '178',
    title: 'Nghị định 178/2024/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP)',
    citation: 'Nghị định 178/2024/NĐ-CP, Điều 5, 7, 9, 10; Nghị định 67/2025/NĐ-CP',
    effectiveFrom: '2025-01-01',
    // Conclusion 183-KL/TW: the lump-sum regime for restructuring ended on 31/08/2025.
    effectiveTo: '2025-08-31',
    confidence: 'C2',
    time: TIME,
    earlyRetirement: {
      minMonthsEarly: 1,
      maxMonthsEarly: 120,
      minSiYears: 15,
      perMonthEarly: { bandMonths: 60, fixedMonths: 60, within12: { upTo: 100, beyond: 90 }, after12: { upTo: 50, beyond: 45 } },
      perYearEarly: { under2: 0, from2to5: 500, over5: 400 },
      si: {
        tiers: [
          // Decree 67/2025 [M: sources differ on 4 or 5 months]: pension-eligible with 15 to under 20 years.
          { fromYears: 15, firstYears: 15, months: 500, perYearAfter: 50 },
          { fromYears: 20, firstYears: 20, months: 500, perYearAfter: 50 },
        ],
      },
    },
    resignation: { minMonthsEarly: 24, severance: { within12: 80, after12: 40 }, perSiYear: 150, jobSearch: 300 },
  },
  {
    id: 'nd154-2025',
    short: '154',
    title: 'Nghị định 154/2025/NĐ-CP về tinh giản biên chế',
    citation: 'Nghị định 154/2025/NĐ-CP',
    effectiveFrom: '2025-06-16',
    effectiveTo: '2030-12-31',
    confidence: 'C2',
    time: TIME,
    earlyRetirement: {
      minMonthsEarly: 24,
      maxMonthsEarly: 60,
      minSiYears: 15,
      perMonthEarly: null,
      perYearEarly: { under2: 0, from2to5: 500, over5: 0 },
      si: {
        tiers: [
          { fromYears: 15, firstYears: 15, months: 500, perYearAfter: 0 },
          { fromYears: 20, firstYears: 20, months: 500, perYearAfter: 50 },
        ],
      },
    },
    resignation: { minMonthsEarly: 0, severance: null, perSiYear: 150, jobSearch: 300 },
  },
];

export const policyById = (id: string) => PAYOUT_POLICIES.find((p) => p.id === id || p.short === id);

/** The policies in force on a decision date (ISO yyyy-mm-dd). */
export const policiesInForce = (date: string) => PAYOUT_POLICIES.filter((p) => p.effectiveFrom <= date && (!p.effectiveTo || date <= p.effectiveTo));
