/**
 * What a quota cut does, as its preview says it: `cutQuotas` sets each unit's quota to
 * floor(quota × (100 − P) / 100) (each unit rounded down), so the whole cut is at least P% and a
 * small unit can lose far more than P% (a leadership of 3 cut by 10% keeps 2: −33%). The total
 * is over the units in scope just before and just after the cut (their own quotas), field by
 * field; a unit whose rounding takes at least half a person more than P% asks and whose cut is
 * above 1,5 × P% is listed, for the officer to see before adding it.
 */
import type { UnitFigures } from './figures.ts';

export type QuotaField = 'civilServantQuota' | 'publicEmployeeQuota';

export interface CutSummary {
  fields: Array<{ field: QuotaField; before: number; cut: number; pct: number }>;
  /** Units cut well beyond P% by the rounding down, largest share first. */
  sharp: Array<{ code: string; field: QuotaField; before: number; after: number; pct: number }>;
}

export function cutSummary(
  percent: number,
  fields: readonly QuotaField[],
  figures: Record<string, { before: UnitFigures | null; after: UnitFigures | null }>,
): CutSummary {
  const rows = Object.entries(figures).flatMap(([code, f]) =>
    f.before && f.after
      ? fields.map((field) => ({ code, field, before: f.before!.own[field], after: f.after!.own[field] }))
      : [],
  );
  const pct = (cut: number, of: number) => (of > 0 ? (cut * 100) / of : 0);
  return {
    fields: fields.map((field) => {
      const of = rows.filter((r) => r.field === field);
      const before = of.reduce((s, r) => s + r.before, 0);
      const cut = of.reduce((s, r) => s + r.before - r.after, 0);
      return { field, before, cut, pct: pct(cut, before) };
    }),
    sharp: rows
      .filter((r) => {
        const cut = r.before - r.after;
        return r.before > 0 && cut - (r.before * percent) / 100 >= 0.5 && pct(cut, r.before) > 1.5 * percent;
      })
      .map((r) => ({ ...r, pct: pct(r.before - r.after, r.before) }))
      .sort((a, b) => b.pct - a.pct),
  };
}
