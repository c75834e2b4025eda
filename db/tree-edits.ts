/**
 * Tree edits (add, change, delete, move), each validated against the tree as it is and applied as
 * one step of the history (db/undo-log.ts records the rows it changes, which makes undo, redo and
 * reverting a single step possible, also after a restart).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import type { EditLabel } from '../shared/edits/edit.ts';
import { canBeUnder } from '../shared/edits/hierarchy.ts';
import type { Unit, UnitPatch } from '../shared/model/unit.ts';
import { deleteFiguresOfUnits } from './finance-repo.ts';
import { inStep } from './undo-log.ts';
import {
  childCodes,
  deleteUnit,
  getPlacedUnit,
  getUnit,
  insertUnitAt,
  nextPosition,
  setParent,
  updateUnit,
} from './units-repo.ts';

type PlacedUnit = Unit & { position: number };

/** Runs a tree edit as one step of the history, by `user`. */
const treeStep = <T>(db: Database, user: string, label: EditLabel, fn: () => T): T =>
  inStep(db, { user, aggregate: 'tree', label }, fn);

const kindLabel = (u: Pick<Unit, 'kind'>) => `kind.${u.kind}`;

function mustGet(db: Database, code: string): PlacedUnit {
  const u = getPlacedUnit(db, code);
  if (!u) throw new AppError('not_found', 'err.unitNotFound', { code });
  return u;
}

function checkPlacement(
  db: Database,
  unit: Pick<Unit, 'kind' | 'name' | 'level'>,
  parentCode: string | null,
  parentOverride?: Unit,
): void {
  const parent = parentOverride ?? (parentCode === null ? null : (getUnit(db, parentCode) ?? null));
  if (parentCode !== null && !parent) throw new AppError('not_found', 'err.unknownParent', { code: parentCode });
  if (!canBeUnder(unit.kind, parent, unit.level)) {
    throw new AppError('validation', 'err.placement', {
      kind: kindLabel(unit),
      parentKind: parent ? kindLabel(parent) : 'edit.noParent',
    });
  }
}

/** A new kind or level must still fit under the parent, and the children under the unit. */
function checkKindChange(db: Database, before: Unit, after: Unit): void {
  checkPlacement(db, after, after.parentCode);
  for (const c of childCodes(db, before.code)) checkPlacement(db, mustGet(db, c), before.code, after);
}

/** The codes of a unit's subtree, parents before children. */
function subtree(db: Database, code: string): string[] {
  const out: string[] = [];
  const stack = [code];
  while (stack.length > 0) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...childCodes(db, c).reverse());
  }
  return out;
}

// --- the user's commands, each one step of the history -------------------------------------

/** A value in a step's name: a figure not entered (the heads cleared) as "∅". */
const said = (v: string | number | null | undefined) => (v === null || v === undefined ? '∅' : String(v));

export function editUpdate(db: Database, code: string, patch: UnitPatch, user: string): Unit {
  const before = mustGet(db, code);
  const changed = (Object.keys(patch) as Array<keyof UnitPatch>).filter(
    (k) => patch[k] !== undefined && patch[k] !== before[k],
  );
  if (changed.length === 0) return before;
  const after = Object.fromEntries(changed.map((k) => [k, patch[k]])) as Partial<Unit>;
  const old = Object.fromEntries(changed.map((k) => [k, before[k]])) as Partial<Unit>;
  const field = changed.length === 1 ? `field.${changed[0]}` : 'edit.severalFields';
  const label: EditLabel =
    changed.length === 1
      ? {
          key: 'edit.updateField',
          params: { unit: before.name, field, from: said(old[changed[0]!]), to: said(after[changed[0]!]) },
        }
      : { key: 'edit.update', params: { unit: before.name } };
  treeStep(db, user, label, () => applyUpdate(db, before, after));
  return getUnit(db, patch.code ?? code)!;
}

/** The fields of `patch` that differ from `before`, written (a new kind or level checked first). */
function applyUpdate(db: Database, before: Unit, after: Partial<Unit>): void {
  if (after.kind !== undefined || after.level !== undefined) checkKindChange(db, before, { ...before, ...after });
  updateUnit(db, before.code, after);
}

/**
 * Several units changed at once (a column pasted into the grid) as one step of the history: all
 * of them or, when one is refused, none. The changes of one unit are merged; one unit changed is
 * recorded as editUpdate records it. Answers the units after it, one per unit changed.
 */
export function editUpdateMany(
  db: Database,
  changes: ReadonlyArray<{ code: string; patch: UnitPatch }>,
  user: string,
): Unit[] {
  // Several changes of one unit (cells of one row) are one change.
  const byCode = new Map<string, UnitPatch>();
  for (const { code, patch } of changes) byCode.set(code, { ...byCode.get(code), ...patch });
  if (byCode.size === 1) {
    const [code, patch] = [...byCode][0]!;
    return [editUpdate(db, code, patch, user)];
  }
  const edits = [...byCode].map(([code, patch]) => {
    const before = mustGet(db, code);
    const after = Object.fromEntries(
      (Object.keys(patch) as Array<keyof UnitPatch>)
        .filter((k) => patch[k] !== undefined && patch[k] !== before[k])
        .map((k) => [k, patch[k]]),
    ) as Partial<Unit>;
    return { before, after, code: patch.code ?? code };
  });
  const changed = edits.filter((e) => Object.keys(e.after).length > 0);
  if (changed.length > 0) {
    const label: EditLabel = { key: 'edit.updateMany', params: { count: changed.length } };
    treeStep(db, user, label, () => {
      for (const e of changed) applyUpdate(db, e.before, e.after);
    });
  }
  return edits.map((e) => getUnit(db, e.code)!);
}

export function editCreate(db: Database, unit: Unit, user: string): Unit {
  const label: EditLabel = {
    key: 'edit.create',
    params: {
      unit: unit.name,
      parent: unit.parentCode ? (getUnit(db, unit.parentCode)?.name ?? unit.parentCode) : '—',
    },
  };
  treeStep(db, user, label, () => {
    if (getUnit(db, unit.code))
      throw new AppError('validation', 'err.duplicateCode', { code: unit.code }, [
        { field: 'code', key: 'err.duplicateCode', params: { code: unit.code } },
      ]);
    if (unit.parentCode !== null && !getUnit(db, unit.parentCode))
      throw new AppError('conflict', 'err.treeChanged', { code: unit.parentCode });
    checkPlacement(db, unit, unit.parentCode);
    insertUnitAt(db, unit, nextPosition(db));
  });
  return getUnit(db, unit.code)!;
}

/** Deletes a unit with its subtree (and their finance figures), or lifts its children to its parent first. */
export function editDelete(db: Database, code: string, mode: 'subtree' | 'lift', user: string): number {
  const unit = mustGet(db, code);
  const codes = mode === 'subtree' ? subtree(db, code) : [code];
  const lifted = mode === 'lift' ? childCodes(db, code) : [];
  for (const c of lifted) checkPlacement(db, mustGet(db, c), unit.parentCode);
  const label: EditLabel = {
    key:
      mode === 'subtree' && codes.length > 1
        ? 'edit.deleteSubtree'
        : lifted.length > 0
          ? 'edit.deleteLift'
          : 'edit.delete',
    params: { unit: unit.name, count: codes.length - 1, lifted: lifted.length },
  };
  treeStep(db, user, label, () => {
    for (const c of lifted) setParent(db, c, unit.parentCode, mustGet(db, c).position);
    deleteFiguresOfUnits(db, codes);
    for (const c of [...codes].reverse()) deleteUnit(db, c); // children first
  });
  return codes.length;
}

export function editMove(db: Database, code: string, to: string | null, user: string): Unit {
  const unit = mustGet(db, code);
  if (unit.parentCode === to) return unit;
  if (to === code) throw new AppError('validation', 'err.moveCycle', { code, target: to });
  const target = to === null ? null : (getUnit(db, to) ?? null);
  treeStep(db, user, { key: 'edit.move', params: { unit: unit.name, to: target?.name ?? '—' } }, () => {
    if (to !== null && subtree(db, code).includes(to))
      throw new AppError('validation', 'err.moveCycle', { code, target: to });
    checkPlacement(db, unit, to);
    setParent(db, code, to, nextPosition(db));
  });
  return getUnit(db, code)!;
}
