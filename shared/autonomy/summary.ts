/**
 * What finance staff track over the years (Decree 60/2021, Resolution 19): units per group and
 * sector, the share in groups 1–2 against the 20% target, direct state-budget support, and the
 * Art. 35.4 upgrade check after a 5-year stability period (Art. 35.1).
 */
import type { Amount } from './amount.ts';

export const GROUP_KEYS = ['1', '2', '3a', '3b', '3c', '4'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface YearFigures {
  code: string;
  sector: string;
  group: GroupKey;
  revenue: Amount;
  spending: Amount;
  /** Rate in hundredths of a percent, to rank who is closest to the next band. */
  rateHundredths: number;
}

export const RESOLUTION_19_TARGET = {
  year: 2025,
  groups12SharePercent: 20,
  citation: 'Nghị quyết 19-NQ/TW (2017): đến năm 2025 có ít nhất 20% đơn vị tự chủ tài chính',
};
export const STABILITY_YEARS = 5; // Decree 60/2021, Art. 35.1
export const UPGRADE_SHARE_PERCENT = 30; // Art. 35.4: of each group-3 band, moving up one band
export const SUPPORT_DECLINE_PER_MILLE = 25; // Art. 35.4: direct support down at least 2.5% a year

export function groupCounts(rows: readonly Pick<YearFigures, 'group'>[]): Record<GroupKey, number> {
  const counts = Object.fromEntries(GROUP_KEYS.map((g) => [g, 0])) as Record<GroupKey, number>;
  for (const r of rows) counts[r.group]++;
  return counts;
}

/**
 * Units in groups 1–2 out of all `total` public service units (those without figures count as not
 * self-financing): the count, the share in hundredths of a percent (rounded down, for display),
 * and whether it reaches `percent` — decided exactly, not on the rounded share.
 */
export function groups12Share(
  rows: readonly Pick<YearFigures, 'group'>[],
  total: number,
  percent: number,
): { count: number; share: number; met: boolean } {
  const count = rows.filter((r) => r.group === '1' || r.group === '2').length;
  return {
    count,
    share: total === 0 ? 0 : Math.floor((count * 10000) / total),
    met: total > 0 && count * 100 >= percent * total,
  };
}

/** Direct state-budget support of recurrent spending: Σ (B − A) over units that do not cover B. */
export function directSupport(rows: readonly Pick<YearFigures, 'revenue' | 'spending'>[]): Amount {
  return rows.reduce((s, r) => (r.spending > r.revenue ? s + (r.spending - r.revenue) : s), 0n);
}

const RANK: Record<GroupKey, number> = { '4': 0, '3c': 1, '3b': 2, '3a': 3, '2': 4, '1': 5 };

export interface BandCheck {
  band: '3a' | '3b' | '3c';
  units: number;
  movedUp: number;
  required: number;
  met: boolean;
  /** Units of the band that have not moved up, closest to the next band first: who must move. */
  candidates: string[];
  /** Direct support of the band's units (those in it at the start), at the start and at the end. */
  supportFrom: Amount;
  supportTo: Amount;
  /** Support of the band's units at the end may be at most this (2.5% less each year, compounded). */
  supportAllowed: Amount;
  supportMet: boolean;
}

export interface UpgradeCheck {
  from: number;
  to: number;
  bands: BandCheck[];
  /** Every band's support fell enough (Art. 35.4 applies band by band, not over all units together). */
  supportMet: boolean;
}

/**
 * Art. 35.4 after a period, band by band: at least 30% of each group-3 band up one band or more,
 * and the direct support of each band's units down ≥ 2.5% a year. Only units with figures in both
 * years are compared (the same units on both sides).
 */
export function upgradeCheck(
  from: number,
  startAll: readonly YearFigures[],
  to: number,
  endAll: readonly YearFigures[],
): UpgradeCheck {
  const inEnd = new Set(endAll.map((r) => r.code));
  const start = startAll.filter((r) => inEnd.has(r.code));
  const later = new Map(endAll.map((r) => [r.code, r]));
  const years = Math.max(0, to - from);
  const factor = 1000n - BigInt(SUPPORT_DECLINE_PER_MILLE);
  const bands = (['3a', '3b', '3c'] as const).map((band) => {
    const members = start.filter((r) => r.group === band);
    const moved = members.filter((r) => RANK[later.get(r.code)!.group] > RANK[band]);
    const required = Math.ceil((members.length * UPGRADE_SHARE_PERCENT) / 100);
    const candidates = members
      .filter((r) => !moved.includes(r))
      .sort((a, b) => later.get(b.code)!.rateHundredths - later.get(a.code)!.rateHundredths)
      .slice(0, Math.max(0, required - moved.length))
      .map((r) => r.code);
    const supportFrom = directSupport(members);
    const supportTo = directSupport(members.map((r) => later.get(r.code)!));
    const supportAllowed = (supportFrom * factor ** BigInt(years)) / 1000n ** BigInt(years);
    return {
      band,
      units: members.length,
      movedUp: moved.length,
      required,
      met: moved.length >= required,
      candidates,
      supportFrom,
      supportTo,
      supportAllowed,
      supportMet: supportTo <= supportAllowed,
    };
  });
  return { from, to, bands, supportMet: bands.every((b) => b.supportMet) };
}
