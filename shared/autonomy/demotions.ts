/**
 * Decree 60/2021 Art. 35.5: a unit of group 1 or 2 may not be reclassified to group 3 or 4,
 * during or after its stability period, except in force majeure or when its functions change.
 * Checked over every year stored, so any change of figures or of a group (typed, imported or
 * decided) is seen: by the group in force (the decided one, else the figures') and by the group
 * the competent body assigned.
 */
export type DemotionBasis = 'effective' | 'assigned';

export interface Demotion {
  code: string;
  basis: DemotionBasis;
  /** The last year in group 1–2 before the drop, and the first year in group 3–4 after it. */
  from: { year: number; group: string };
  to: { year: number; group: string };
}

const high = (g: string) => g === '1' || g === '2';
const low = (g: string) => g.startsWith('3') || g === '4';

/** The first drop from group 1–2 to group 3–4 of each unit, by each basis. */
export function demotions(
  rows: ReadonlyArray<{ code: string; year: number; effective: string | null; assigned: string | null }>,
): Demotion[] {
  const out: Demotion[] = [];
  const byUnit = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byUnit.set(r.code, [...(byUnit.get(r.code) ?? []), r]);
  for (const [code, list] of byUnit) {
    const years = [...list].sort((a, b) => a.year - b.year);
    for (const basis of ['effective', 'assigned'] as const) {
      let last: { year: number; group: string } | null = null;
      for (const r of years) {
        const g = r[basis];
        if (g === null) continue;
        if (high(g)) last = { year: r.year, group: g };
        else if (low(g) && last) {
          out.push({ code, basis, from: last, to: { year: r.year, group: g } });
          break;
        }
      }
    }
  }
  return out;
}
