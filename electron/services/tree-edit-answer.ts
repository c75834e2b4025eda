/**
 * What a tree edit (units.* and history.*) answers: the units after it — the whole list, or only
 * what changed — and the history.
 */
import type { Database } from 'better-sqlite3';
import {
  cachedUnitModel,
  heldUnitModel,
  noteUnitsChanged,
  noteUnitSaved,
  totalChanges,
} from '../../db/unit-model-cache.ts';
import { applyUnitChanges, unitChanges, type UnitChanges } from '../../shared/unit-changes.ts';
import type { TreeAfterEdit } from '../../shared/contract/index.ts';
import type { Unit } from '../../shared/model/unit.ts';
import { getUnit, listUnits, unitCodesInOrder } from '../../db/units-repo.ts';
import { history, lastStepId, unitsOfStep } from '../../db/undo-log.ts';

/**
 * The changes of the units after an edit that touched `codes` (as units), against `before`: those
 * units read again (or gone), and the order of all codes when it is not the one before.
 */
function touchedChanges(db: Database, before: readonly Unit[], codes: readonly string[]): UnitChanges {
  const upsert: Unit[] = [];
  const remove: string[] = [];
  for (const code of new Set(codes)) {
    const unit = getUnit(db, code);
    if (unit) upsert.push(unit);
    else remove.push(code);
  }
  const order = unitCodesInOrder(db);
  const same = order.length === before.length && order.every((c, i) => c === before[i]!.code);
  return { upsert, remove, order: same ? null : order, count: order.length };
}

/**
 * Runs a tree edit and answers with the units after it: the whole list, or with `deltaOnly`
 * (the UI) only what changed against the units held from before the edit (the UI holds the same
 * list: every change of units reaches it), when they were held. The step applied — recorded by
 * the edit, or `replayed` by an undo or redo — names the units it touched (db/undo-log.ts): those
 * are read again, alone when only their fields changed, else with the order of all codes.
 */
export function editedTree(
  db: () => Database,
  deltaOnly: boolean | undefined,
  run: () => unknown,
  replayed: number | null = null,
): TreeAfterEdit {
  const base = deltaOnly ? heldUnitModel(db()) : null;
  const changesBefore = totalChanges(db());
  const lastBefore = lastStepId(db());
  run();
  const hist = history(db());
  if (!base) return { units: listUnits(db()), history: hist };
  const last = lastStepId(db());
  const step = replayed ?? (last > lastBefore ? last : null);
  const touched = step === null ? null : unitsOfStep(db(), step);
  if (touched?.codes.length === 0) {
    // A step of another aggregate (a plan, figures…): the units are as held.
    noteUnitsChanged(db(), changesBefore, base.units);
    return { delta: { upsert: [], remove: [], order: null, count: base.units.length }, history: hist };
  }
  if (touched?.sameOrder && touched.codes.length === 1) {
    const one = getUnit(db(), touched.codes[0]!);
    if (one) {
      noteUnitSaved(db(), changesBefore, one.code, one);
      return { delta: { upsert: [one], remove: [], order: null, count: base.units.length }, history: hist };
    }
  }
  if (touched) {
    const changes = touchedChanges(db(), base.units, touched.codes);
    const units = applyUnitChanges(base.units, changes);
    if (units) {
      noteUnitsChanged(db(), changesBefore, units);
      return { delta: changes, history: hist };
    }
  }
  return { delta: unitChanges(base.units, cachedUnitModel(db()).units), history: hist };
}
