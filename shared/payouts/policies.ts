/**
 * Payout policies for people who leave in a restructuring, as data with citations, dates and how
 * sure each value is (legal-reference "Corrections of 2026-12" §2–§3, items 9–13, 19–20; primary
 * text in sources/nd178-2024-tt01-2025.md). Multipliers are in hundredths of a month's salary
 * (150 = 1,5 months), so every amount is computed on integers. Every value carries its basis: a
 * value marked M is shown as "cần xác minh", never as law.
 */
import type { Confidence } from '../rules/rule-sets.ts';

export type PolicyId = 'nd178-2024' | 'nd154-2025';
export type PayoutCase = 'early-retirement' | 'resignation';
/** Who leaves: cán bộ, công chức (Decree 178 Art. 9) or viên chức, người lao động (Art. 10). */
export const PAYOUT_CATEGORIES = ['cong-chuc', 'vien-chuc', 'nguoi-lao-dong'] as const;
export type PayoutCategory = (typeof PAYOUT_CATEGORIES)[number];
/**
 * Decree 178's early-retirement groups (as amended by Decree 67/2025): Art. 7 (people affected by
 * the restructuring, Art. 2.1), Art. 7a (quality-based downsizing, Art. 2.2), Art. 7b (cán bộ not
 * re-elected or re-appointed, Art. 2.4).
 */
export const EARLY_GROUPS = ['restructuring', 'downsizing', 'not-re-elected'] as const;
export type EarlyGroup = (typeof EARLY_GROUPS)[number];

/** Where a value comes from and how sure the reference is; `weak`: the reference's "[C2, weak]". */
export interface Basis {
  citation: string;
  confidence: Confidence;
  weak?: boolean;
}

/** Decree 178/2024 Art. 5: how months become years. */
export interface TimeRules {
  /** A remainder of 1..halfYearUpTo months counts as half a year; more counts as a whole year. */
  halfYearUpTo: number;
}

/** `months` for the first `firstYears` years of insurance, plus `perYearAfter` for each year beyond; applies from `fromYears` below `toYears`. */
export interface SiTier extends Basis {
  /** The citation for people more than 5 years early, when their group has its own point (Circular 01 Art. 4.2.c). */
  citationOver5?: string;
  fromYears: number;
  toYears: number;
  firstYears: number;
  months: number;
  perYearAfter: number;
}

export interface EarlyRetirementRule {
  /** Months early covered (inclusive); at most `maxMonthsEarlyLower` for a person on the Appendix II (lower) ages. */
  minMonthsEarly: number;
  maxMonthsEarly: number;
  maxMonthsEarlyLower: number;
  /** Least years of insurance to draw a pension at once. */
  minSiYears: number;
  /** Under 2 years early: 'one-time' (only the one-time allowance), or 'unverified' (the group exists; its benefits were not read). */
  under2: 'one-time' | 'unverified';
  /** One-time allowance per month retired early (Decree 178 Art. 7.1, Circular 01 Art. 4). */
  perMonthEarly:
    | null
    | (Basis & {
        /** Up to this many months early: salary × factor × months early; beyond: salary × factor × `fixedMonths`. */
        bandMonths: number;
        fixedMonths: number;
        within12: { upTo: number; beyond: number };
        after12: { upTo: number; beyond: number };
        /** Under 2 years early and leaving from the 13th month: the factor, and the basis of that reading. */
        under2After12: Basis & { factor: number };
      });
  /** Months of salary per year retired early: 2–5 years, more than 5 to 10 years (actual years, not capped). */
  perYearEarly: { from2to5: Basis & { months: number }; over5: Basis & { months: number } };
  /** Allowance for years of insurance (none under 2 years early). */
  si: SiTier[];
  /** Decree 67's groups beside Art. 7: their own one-time allowance (instead of Art. 7.1's) on top of Art. 7.2. */
  groups: null | {
    downsizing: Basis & { from: string; within12: number; after12: number };
    'not-re-elected': Basis & { factor: number };
  };
}

/** A part whose article follows the category (Decree 178 Art. 9 or 10): its citation for each, instead of `citation`. */
interface ByCategory {
  citationOf?: Record<PayoutCategory, string>;
}

export interface ResignationRule {
  /** Least months to the statutory retirement age. */
  minMonthsEarly: number;
  /** The category decides the article (Decree 178 Art. 9 or 10): required. */
  byCategory: boolean;
  /** Salary × factor × severance months; null: none. `months`: how severance months are counted (insurance months, at most `capMonths`). */
  severance: null | (Basis & ByCategory & { within12: number; after12: number; months: Basis & { capMonths: number } });
  /** Months of salary per year of insurance. */
  perSiYear: Basis & ByCategory & { months: number };
  /** Months of salary to look for work, for these categories (all when `categories` is null). */
  jobSearch: Basis & { months: number; categories: readonly PayoutCategory[] | null };
  /** Categories that get unemployment insurance instead (said in the result). */
  unemploymentInsurance: readonly PayoutCategory[];
  /** Resignation after vocational training (Decree 154 Art. 8.2); null: none. */
  afterTraining: null | (Basis & { leaving: number; perSiYear: number; maxAge: Basis & { years: number } });
}

export interface PayoutPolicy extends Basis {
  id: PolicyId;
  /** What the CLI's `--policy` takes. */
  short: string;
  title: string;
  /** ISO dates: in force from, and (when known) until. */
  effectiveFrom: string;
  effectiveTo?: string;
  time: TimeRules;
  earlyRetirement: EarlyRetirementRule;
  resignation: ResignationRule;
}

const TIME: TimeRules = { halfYearUpTo: 6 };
const TT01 = 'Thông tư 01/2025/TT-BNV';
const ND67 = 'Nghị định 67/2025/NĐ-CP';
/** Decree 178 clause `clause` of Art. 9 (cán bộ, công chức; Circular 01 Art. 5) or Art. 10 (viên chức, workers; Circular 01 Art. 6). */
const byArticle = (clause: number, ttClause: number): Record<PayoutCategory, string> => {
  const art10 = `Nghị định 178/2024/NĐ-CP, Điều 10 khoản ${clause}; ${TT01}, Điều 6 khoản ${ttClause}`;
  return {
    'cong-chuc': `Nghị định 178/2024/NĐ-CP, Điều 9 khoản ${clause}; ${TT01}, Điều 5 khoản ${ttClause}`,
    'vien-chuc': art10,
    'nguoi-lao-dong': art10,
  };
};

export const PAYOUT_POLICIES: readonly PayoutPolicy[] = [
  {
    id: 'nd178-2024',
    short: '178',
    title: 'Nghị định 178/2024/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 67/2025/NĐ-CP)',
    citation: `Nghị định 178/2024/NĐ-CP, Điều 5, 7, 7a, 7b, 9, 10; ${ND67}; ${TT01}`,
    // The weakest of its sources: Decree 67's amendments are known from secondary quotes (each part says its own).
    confidence: 'C2',
    effectiveFrom: '2025-01-01',
    // Conclusion 183-KL/TW: the lump-sum regime for restructuring ended on 31/08/2025.
    effectiveTo: '2025-08-31',
    time: TIME,
    earlyRetirement: {
      minMonthsEarly: 1,
      maxMonthsEarly: 120,
      // Art. 7.2.c/đ: on the Appendix II ages only up to 5 years early.
      maxMonthsEarlyLower: 60,
      minSiYears: 15,
      under2: 'one-time',
      perMonthEarly: {
        citation: `Nghị định 178/2024/NĐ-CP, Điều 7 khoản 1; ${TT01}, Điều 4`,
        confidence: 'C',
        bandMonths: 60,
        fixedMonths: 60,
        within12: { upTo: 100, beyond: 90 },
        after12: { upTo: 50, beyond: 45 },
        // Circular 01 Art. 4.3 (read in the primary text): under 2 years early, the one-time allowance is
        // worked out "as within the first 12 months" (× 1,0) whenever the person leaves. Decree 178 Art. 7.1.b
        // (seen only in a secondary quote) and Circular 19/2025/TT-BQP's example halve it from month 13: the
        // primary text wins, and the other reading is said in a notice.
        under2After12: { factor: 100, citation: `${TT01}, Điều 4 khoản 3`, confidence: 'C' },
      },
      perYearEarly: {
        from2to5: { months: 500, citation: `${TT01}, Điều 4 khoản 1 điểm b`, confidence: 'C' },
        over5: { months: 400, citation: `${TT01}, Điều 4 khoản 2 điểm b`, confidence: 'C' },
      },
      si: [
        {
          fromYears: 15,
          toYears: 20,
          firstYears: 15,
          months: 400,
          perYearAfter: 50,
          citation: `${ND67}, Điều 7 khoản 2 (sửa đổi)`,
          confidence: 'C2',
        },
        {
          fromYears: 20,
          toYears: Infinity,
          firstYears: 20,
          months: 500,
          perYearAfter: 50,
          citation: `${TT01}, Điều 4 khoản 1 điểm c`,
          citationOver5: `${TT01}, Điều 4 khoản 2 điểm c`,
          confidence: 'C',
        },
      ],
      groups: {
        downsizing: { from: '2025-03-15', within12: 100, after12: 50, citation: `${ND67}, Điều 7a`, confidence: 'C2' },
        'not-re-elected': { factor: 100, citation: `${ND67}, Điều 7b`, confidence: 'C2' },
      },
    },
    resignation: {
      minMonthsEarly: 24,
      byCategory: true,
      severance: {
        within12: 80,
        after12: 40,
        citation: `Nghị định 178/2024/NĐ-CP, Điều 9, 10 khoản 1; ${TT01}, Điều 5, 6`,
        citationOf: byArticle(1, 1),
        confidence: 'C',
        months: { capMonths: 60, citation: 'Nghị định 178/2024/NĐ-CP, Điều 5 khoản 2', confidence: 'M' },
      },
      perSiYear: {
        months: 150,
        citation: `Nghị định 178/2024/NĐ-CP, Điều 9, 10 khoản 2; ${TT01}, Điều 5, 6`,
        citationOf: byArticle(2, 2),
        confidence: 'C',
      },
      jobSearch: {
        months: 300,
        categories: ['cong-chuc'],
        citation: `Nghị định 178/2024/NĐ-CP, Điều 9 khoản 4; ${TT01}, Điều 5 khoản 3`,
        confidence: 'C',
      },
      unemploymentInsurance: ['vien-chuc', 'nguoi-lao-dong'],
      afterTraining: null,
    },
  },
  {
    id: 'nd154-2025',
    short: '154',
    title: 'Nghị định 154/2025/NĐ-CP về tinh giản biên chế',
    citation: 'Nghị định 154/2025/NĐ-CP, Điều 6, 8',
    confidence: 'C2',
    effectiveFrom: '2025-06-16',
    effectiveTo: '2030-12-31',
    time: TIME,
    earlyRetirement: {
      minMonthsEarly: 24,
      maxMonthsEarly: 60,
      maxMonthsEarlyLower: 60,
      minSiYears: 15,
      under2: 'unverified',
      perMonthEarly: null,
      perYearEarly: {
        from2to5: { months: 500, citation: 'Nghị định 154/2025/NĐ-CP, Điều 6', confidence: 'C2' },
        over5: { months: 0, citation: 'Nghị định 154/2025/NĐ-CP, Điều 6', confidence: 'C2' },
      },
      si: [
        {
          fromYears: 15,
          toYears: 20,
          firstYears: 15,
          months: 500,
          perYearAfter: 0,
          citation: 'Nghị định 154/2025/NĐ-CP, Điều 6',
          confidence: 'C2',
          weak: true,
        },
        {
          fromYears: 20,
          toYears: Infinity,
          firstYears: 20,
          months: 500,
          perYearAfter: 50,
          citation: 'Nghị định 154/2025/NĐ-CP, Điều 6',
          confidence: 'C2',
          weak: true,
        },
      ],
      groups: null,
    },
    resignation: {
      minMonthsEarly: 1,
      byCategory: false,
      severance: null,
      perSiYear: { months: 150, citation: 'Nghị định 154/2025/NĐ-CP, Điều 8 khoản 1', confidence: 'C2' },
      jobSearch: {
        months: 300,
        categories: null,
        citation: 'Nghị định 154/2025/NĐ-CP, Điều 8 khoản 1 điểm a',
        confidence: 'C2',
      },
      unemploymentInsurance: [],
      afterTraining: {
        leaving: 300,
        perSiYear: 100,
        citation: 'Nghị định 154/2025/NĐ-CP, Điều 8 khoản 2',
        confidence: 'C2',
        weak: true,
        maxAge: { years: 45, citation: 'Nghị định 154/2025/NĐ-CP, Điều 8 khoản 2', confidence: 'M' },
      },
    },
  },
];

export const policyById = (id: string) => PAYOUT_POLICIES.find((p) => p.id === id || p.short === id);

/** The policies in force on a decision date (ISO yyyy-mm-dd). */
export const policiesInForce = (date: string) =>
  PAYOUT_POLICIES.filter((p) => p.effectiveFrom <= date && (!p.effectiveTo || date <= p.effectiveTo));

/** The personnel list's categories as the payout articles read them. */
export const PAYOUT_CATEGORY_OF = {
  civil_servant: 'cong-chuc',
  public_employee: 'vien-chuc',
  contract: 'nguoi-lao-dong',
} as const satisfies Record<string, PayoutCategory>;
