import { HEADCOUNT_FIELDS, type Headcount, type Unit } from './model/unit.ts';
import { ancestorsOf, type UnitTree } from './tree.ts';

/** Subtree totals of a unit: every headcount field summed over the unit and all its descendants. */
export interface Rollup extends Headcount {
  /** People in post: civil servants + state-paid employees + self-funded employees + contract workers. */
  totalPeople: number;
  /** Number of units in the subtree, the unit itself included. */
  unitCount: number;
}

/** People in post in one unit (not counting subordinate units). */
export function peopleInPost(u: Headcount): number {
  return u.civilServantActual + u.publicEmployeeActual + u.selfFundedEmployees + u.contractWorkers;
}

/** A unit's own figures as a rollup (its subtree's is this plus its children's, see `addInto`). */
export function ownRollup(u: Unit): Rollup {
  // Written out field by field (not a loop over HEADCOUNT_FIELDS): one object shape, fast to add up.
  return {
    totalPeople: peopleInPost(u),
    unitCount: 1,
    civilServantQuota: u.civilServantQuota,
    civilServantActual: u.civilServantActual,
    publicEmployeeQuota: u.publicEmployeeQuota,
    publicEmployeeActual: u.publicEmployeeActual,
    selfFundedEmployees: u.selfFundedEmployees,
    contractWorkers: u.contractWorkers,
    deputies: u.deputies,
  };
}

export function addInto(r: Rollup, k: Rollup): void {
  r.totalPeople += k.totalPeople;
  r.unitCount += k.unitCount;
  r.civilServantQuota += k.civilServantQuota;
  r.civilServantActual += k.civilServantActual;
  r.publicEmployeeQuota += k.publicEmployeeQuota;
  r.publicEmployeeActual += k.publicEmployeeActual;
  r.selfFundedEmployees += k.selfFundedEmployees;
  r.contractWorkers += k.contractWorkers;
  r.deputies += k.deputies;
}

/** Whether two rollups have the same figures. */
export function sameRollup(a: Rollup, b: Rollup): boolean {
  return (
    a.totalPeople === b.totalPeople &&
    a.unitCount === b.unitCount &&
    a.civilServantQuota === b.civilServantQuota &&
    a.civilServantActual === b.civilServantActual &&
    a.publicEmployeeQuota === b.publicEmployeeQuota &&
    a.publicEmployeeActual === b.publicEmployeeActual &&
    a.selfFundedEmployees === b.selfFundedEmployees &&
    a.contractWorkers === b.contractWorkers &&
    a.deputies === b.deputies
  );
}

/** Rollups for every unit of the tree, in one post-order pass (linear in the number of units). */
export function computeRollups(tree: UnitTree): Map<string, Rollup> {
  const out = new Map<string, Rollup>();
  for (let i = tree.preorder.length - 1; i >= 0; i--) {
    const code = tree.preorder[i]!;
    const r = ownRollup(tree.byCode.get(code)!);
    const kids = tree.children.get(code);
    if (kids) {
      for (const k of kids) {
        const kr = out.get(k);
        if (kr) addInto(r, kr);
      }
    }
    out.set(code, r);
  }
  return out;
}

/**
 * The rollups after one unit's own headcount figures changed from `before` to `after`, its place
 * in the tree unchanged: the difference is added to the unit's rollup and to each ancestor's, so
 * the cost is the unit's depth, not the size of the tree. Equal to `computeRollups` on the changed
 * tree. `rollups` is updated in place, each changed entry replaced by a new object (what holds
 * the old ones does not see them change); returns the codes whose rollup changed, the unit first.
 */
export function applyHeadcountChange(
  tree: UnitTree,
  rollups: Map<string, Rollup>,
  code: string,
  before: Headcount,
  after: Headcount,
): string[] {
  if (!rollups.has(code)) return []; // a unit on a cycle has no rollup, nor have its ancestors
  const delta = { totalPeople: peopleInPost(after) - peopleInPost(before) } as Record<keyof Rollup, number>;
  for (const f of HEADCOUNT_FIELDS) delta[f] = after[f] - before[f];
  const changed = [code, ...ancestorsOf(tree, code)];
  for (const c of changed) {
    const r = { ...rollups.get(c)! };
    for (const f of HEADCOUNT_FIELDS) r[f] += delta[f];
    r.totalPeople += delta.totalPeople;
    rollups.set(c, r);
  }
  return changed;
}

/** Whether the unit's own actual exceeds its own quota (allowed, but shown). */
export function overQuota(u: Headcount): { civilServants: boolean; publicEmployees: boolean } {
  return {
    civilServants: u.civilServantActual > u.civilServantQuota,
    publicEmployees: u.publicEmployeeActual > u.publicEmployeeQuota,
  };
}

/**
 * The subtree totals of one unit of a flat list (a plan's state in a year), or null when the list
 * lacks it: its own figures and every unit under it, added up.
 */
export function subtreeRollup(units: readonly Unit[], code: string): Rollup | null {
  const children = new Map<string, Unit[]>();
  let root: Unit | undefined;
  for (const u of units) {
    if (u.code === code) root = u;
    if (u.parentCode === null) continue;
    const kids = children.get(u.parentCode);
    if (kids) kids.push(u);
    else children.set(u.parentCode, [u]);
  }
  if (!root) return null;
  const total = ownRollup(root);
  const stack = [...(children.get(code) ?? [])];
  for (let u = stack.pop(); u; u = stack.pop()) {
    addInto(total, ownRollup(u));
    stack.push(...(children.get(u.code) ?? []));
  }
  return total;
}
