/**
 * A unit's figures as a reader of a plan needs them: the totals of its whole subtree (a sở with
 * its phòng, chi cục and đơn vị sự nghiệp), its own row second; and its name, with its parent's
 * where the name alone is ambiguous ("Thanh tra Sở — Sở Y tế").
 */
import type { Unit } from '../model/unit.ts';
import { addInto, computeRollups, ownRollup, type Rollup } from '../rollup.ts';
import { buildTree, type UnitTree } from '../tree.ts';

/** The four figures a plan's operations are read by (CLI `operations`, printed operation table). */
export const FIGURE_FIELDS = [
  'civilServantQuota',
  'civilServantActual',
  'publicEmployeeQuota',
  'publicEmployeeActual',
] as const;
export type Figures = Record<(typeof FIGURE_FIELDS)[number], number>;

/** A unit's subtree totals and its own row; `subordinates`: how many units are under it (0: total = own). */
export interface UnitFigures {
  total: Rollup;
  own: Rollup;
  subordinates: number;
}

/** The four figures of a rollup. */
export const figuresOf = (r: Rollup): Figures => ({
  civilServantQuota: r.civilServantQuota,
  civilServantActual: r.civilServantActual,
  publicEmployeeQuota: r.publicEmployeeQuota,
  publicEmployeeActual: r.publicEmployeeActual,
});

/** Assigned state payroll (civil servants + state-paid public employees) and people in post. */
export const quotaOfRollup = (r: Rollup) => r.civilServantQuota + r.publicEmployeeQuota;

/** Subtree totals from a children index: the unit and everything under it (a cycle is walked once). */
export function subtreeFigures(
  code: string,
  unitOf: (code: string) => Unit | undefined,
  childrenOf: (code: string) => readonly string[] | undefined,
): UnitFigures | null {
  const u = unitOf(code);
  if (!u) return null;
  const total = ownRollup(u);
  const seen = new Set([code]);
  const queue = [...(childrenOf(code) ?? [])];
  for (let i = 0; i < queue.length; i++) {
    const c = queue[i]!;
    const k = unitOf(c);
    if (!k || seen.has(c)) continue;
    seen.add(c);
    addInto(total, ownRollup(k));
    for (const g of childrenOf(c) ?? []) queue.push(g);
  }
  return { total, own: ownRollup(u), subordinates: total.unitCount - 1 };
}

/** Every unit's figures in a list of units (one pass over the tree). */
export function unitFiguresOf(units: readonly Unit[], tree: UnitTree = buildTree(units)): Map<string, UnitFigures> {
  const rollups = computeRollups(tree);
  const out = new Map<string, UnitFigures>();
  for (const [code, total] of rollups) {
    const own = ownRollup(tree.byCode.get(code)!);
    out.set(code, { total, own, subordinates: total.unitCount - 1 });
  }
  return out;
}

/**
 * Names to print for units: the name, and " — parent's name" where two units share the name (in
 * any of the lists given: the baseline and a plan's years; a unit's first appearance gives its name
 * and parent), and its code too where even that repeats. Codes never seen are said as they are.
 */
export function unitLabels(
  ...lists: ReadonlyArray<readonly Pick<Unit, 'code' | 'name' | 'parentCode'>[]>
): (code: string) => string {
  const first = new Map<string, Pick<Unit, 'code' | 'name' | 'parentCode'>>();
  for (const list of lists) for (const u of list) if (!first.has(u.code)) first.set(u.code, u);
  // A name as compared: case folded once per unit (Vietnamese has no casing rule of its own, so the
  // plain lower case is the 'vi' one: toLocaleLowerCase('vi') over 50,000 units took most of a view's time).
  const keys = new Map<string, string>();
  const count = new Map<string, number>();
  for (const u of first.values()) {
    const key = u.name.trim().toLowerCase();
    keys.set(u.code, key);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const withParent = (u: Pick<Unit, 'code' | 'name' | 'parentCode'>) => {
    if ((count.get(keys.get(u.code)!) ?? 0) < 2 || u.parentCode === null) return u.name;
    const parent = first.get(u.parentCode);
    return parent ? `${u.name} — ${parent.name}` : u.name;
  };
  // Two units of one name under parents of one name (or one parent) still read alike: their codes tell them apart.
  const labels = new Map<string, string>();
  for (const u of first.values()) labels.set(u.code, withParent(u));
  const uses = new Map<string, number>();
  for (const l of labels.values()) uses.set(l, (uses.get(l) ?? 0) + 1);
  return (code) => {
    const l = labels.get(code);
    if (l === undefined) return code;
    return (uses.get(l) ?? 0) > 1 ? `${l} (${code})` : l;
  };
}

/** A unit's whole (it and the units under it) before and after: assigned quota and people in post; null where it does not exist. */
export interface WholeFigures {
  quota: { before: number | null; after: number | null };
  staff: { before: number | null; after: number | null };
}

/**
 * The plan's changes as a reader needs them: each unit named (with its parent where its name
 * repeats) and, for a unit with units under it on either side, its whole before and after; its
 * field changes stay its own row's.
 */
export function withWholes<C extends { code: string }>(
  before: readonly Unit[],
  after: readonly Unit[],
  changes: readonly C[],
): Array<C & { label: string; whole: WholeFigures | null }> {
  const was = unitFiguresOf(before);
  const now = unitFiguresOf(after);
  const labelOf = unitLabels(after, before);
  return changes.map((c) => {
    const b = was.get(c.code);
    const a = now.get(c.code);
    const whole =
      (b?.subordinates ?? 0) > 0 || (a?.subordinates ?? 0) > 0
        ? {
            quota: { before: b ? quotaOfRollup(b.total) : null, after: a ? quotaOfRollup(a.total) : null },
            staff: { before: b?.total.totalPeople ?? null, after: a?.total.totalPeople ?? null },
          }
        : null;
    return { ...c, label: labelOf(c.code), whole };
  });
}
