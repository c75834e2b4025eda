import { HEADCOUNT_FIELDS, type Unit } from './model/unit.ts';
import { buildTree, type UnitTree } from './tree.ts';
import { applyHeadcountChange, computeRollups, sameRollup, type Rollup } from './rollup.ts';

/** The units of a workspace with their tree index and rollups, as the UI holds them. */
export interface UnitModel {
  units: Unit[];
  tree: UnitTree;
  rollups: Map<string, Rollup>;
  /**
   * Set when this model was made from `from` (the previous model's tree) by a headcount change:
   * the codes whose unit or rollup differ from it (the unit and its ancestors); the structure is
   * the same. Lets views update only those rows.
   */
  delta?: { from: UnitTree; codes: readonly string[] };
}

/**
 * Tree and all rollups built from scratch. Given the model before a change, a unit's rollup that
 * has the same figures as before is that same object, so that views keyed on it (the grid's rows)
 * see only the units whose totals changed.
 */
export function unitModel(units: Unit[], previous?: UnitModel): UnitModel {
  const tree = buildTree(units);
  const rollups = computeRollups(tree);
  if (previous) {
    for (const [code, r] of rollups) {
      const was = previous.rollups.get(code);
      if (was && sameRollup(was, r)) rollups.set(code, was);
    }
  }
  return { units, tree, rollups };
}

// The heads in post are no part of any total: a change of them alone is saved the same way.
const HEADCOUNT = new Set<string>([...HEADCOUNT_FIELDS, 'heads']);

/** Whether `after` differs from `before` in headcount fields only (code, parent, name, kind… all equal). */
export function onlyHeadcountChanged(before: Unit, after: Unit): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (HEADCOUNT.has(k)) continue;
    if (!Object.is((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * In place: when `unit` differs from the held unit `code` in headcount fields only, puts it in the
 * model and updates the rollups along its ancestors; returns the codes whose unit or rollup
 * changed (the unit and its ancestors). Otherwise returns null and leaves the model as it was.
 * For a model one owner keeps and nobody else holds (the back end's, see db/unit-model-cache.ts).
 */
export function saveHeadcountInPlace(model: UnitModel, code: string, unit: Unit): string[] | null {
  const before = model.tree.byCode.get(code);
  if (!before || unit.code !== code || !model.rollups.has(code) || !onlyHeadcountChanged(before, unit)) return null;
  model.units[model.units.indexOf(before)] = unit;
  model.tree.byCode.set(code, unit);
  return applyHeadcountChange(model.tree, model.rollups, code, before, unit);
}

/**
 * The model after the unit `code` was saved as `unit` (its children follow a change of code).
 * When only its headcount changed, the tree's structure is kept (`children`, `depth`, `preorder`
 * are the same objects, so what depends on the structure alone need not be recomputed) and the
 * rollups are updated along the unit's ancestors; otherwise everything is rebuilt. Equal to
 * `unitModel` on the changed units either way; `model` itself is not changed.
 */
export function withUnitSaved(model: UnitModel, code: string, unit: Unit): UnitModel {
  const copy: UnitModel = {
    units: model.units.slice(),
    tree: { ...model.tree, byCode: new Map(model.tree.byCode) },
    rollups: new Map(model.rollups),
  };
  const codes = saveHeadcountInPlace(copy, code, unit);
  if (codes) return { ...copy, delta: { from: model.tree, codes } };
  return unitModel(
    model.units.map((u) =>
      u.code === code ? unit : u.parentCode === code && unit.code !== code ? { ...u, parentCode: unit.code } : u,
    ),
  );
}
