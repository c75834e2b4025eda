import type { Database } from 'better-sqlite3';
import { cachedUnitModel, heldUnitModel, noteUnitSaved, noteUnitsChanged, totalChanges } from '../../db/unit-model-cache.ts';
import { applyUnitChanges, unitChanges, type UnitChanges } from '../../shared/unit-changes.ts';
import type { HandlerTable } from '../../shared/contract/index.ts';
import { levelUnder } from '../../shared/edits/hierarchy.ts';
import { HEADCOUNT_FIELDS, type Unit } from '../../shared/model/unit.ts';
import { getUnit, listUnits, unitCodesInOrder } from '../../db/units-repo.ts';
import { editCreate, editDelete, editMove, editUpdate, history, lastStepDone, nextStep, redo, revert, undo } from '../../db/tree-edits.ts';
import { unitsTouched, type Edit } from '../../shared/edits/edit.ts';
import type { CurrentWorkspace } from './index.ts';
import { editorName } from '../caller.ts';

type EditHandlers = Pick<
  HandlerTable,
  'units.update' | 'units.create' | 'units.delete' | 'units.move' | 'history.list' | 'history.undo' | 'history.redo' | 'history.revert'
>;

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

export function treeEditHandlers(current: CurrentWorkspace): EditHandlers {
  const db = () => current().db;
  /**
   * Runs a tree edit and answers with the units after it: the whole list, or with `changesOnly`
   * (the UI) only what changed against the units held from before the edit (the UI holds the same
   * list: every change of units reaches it), when they were held. An undo or redo of a field
   * change that keeps the unit's code (`known`) changed that one unit: it is read alone.
   */
  const edited = (changesOnly: boolean | undefined, run: () => unknown, known: Edit | null = null) => {
    const base = changesOnly ? heldUnitModel(db()) : null;
    const changesBefore = totalChanges(db());
    const lastBefore = known ? null : (lastStepDone(db())?.id ?? 0);
    run();
    const hist = history(db());
    if (!base) return { units: listUnits(db()), history: hist };
    const one = known?.type === 'update' && known.after.code === undefined ? getUnit(db(), known.code) : undefined;
    if (one) {
      noteUnitSaved(db(), changesBefore, one.code, one);
      return { changes: { upsert: [one], remove: [], order: null, count: base.units.length }, history: hist };
    }
    // The step just applied names the units it touched: those are read, with the order of all codes.
    const last = lastBefore === null ? null : lastStepDone(db());
    const applied = known ?? (last && last.id > lastBefore! ? last.edit : null);
    const touched = applied && unitsTouched(applied);
    if (touched) {
      const changes = touchedChanges(db(), base.units, touched);
      const units = applyUnitChanges(base.units, changes);
      if (units) {
        noteUnitsChanged(db(), changesBefore, units);
        return { changes, history: hist };
      }
    }
    return { changes: unitChanges(base.units, cachedUnitModel(db()).units), history: hist };
  };
  return {
    'units.update': ({ code, changes }) => {
      const before = totalChanges(db());
      const unit = editUpdate(db(), code, changes, editorName());
      noteUnitSaved(db(), before, code, unit);
      return { unit };
    },
    'units.create': ({ parentCode, code, name, kind, level, sector, changesOnly }) =>
      edited(changesOnly, () => {
        const parent = parentCode === null ? null : (getUnit(db(), parentCode) ?? null);
        const counts = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, 0])) as Pick<Unit, (typeof HEADCOUNT_FIELDS)[number]>;
        editCreate(db(), { code, name, parentCode, kind, level: level ?? levelUnder(parent, kind), sector: sector ?? parent?.sector ?? 'other', ...counts }, editorName());
      }),
    'units.delete': ({ code, mode, changesOnly }) => edited(changesOnly, () => editDelete(db(), code, mode, editorName())),
    'units.move': ({ code, parentCode, changesOnly }) => edited(changesOnly, () => editMove(db(), code, parentCode, editorName())),
    'history.list': () => history(db()),
    'history.undo': ({ changesOnly }) => edited(changesOnly, () => undo(db()), nextStep(db(), 'undo')),
    'history.redo': ({ changesOnly }) => edited(changesOnly, () => redo(db()), nextStep(db(), 'redo')),
    'history.revert': ({ id, changesOnly }) => edited(changesOnly, () => revert(db(), id, editorName())),
  };
}
