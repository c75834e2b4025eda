/**
 * Tree edits (add, change, delete, move) applied in one transaction each and recorded with their
 * inverse in `edit_history`, which makes undo, redo and reverting a single step possible, also
 * after a restart. Every edit is validated against the tree as it is when applied.
 */
import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import { inverse, type Edit, type EditLabel, type PlacedUnit, type StoredFigures } from '../shared/edits/edit.ts';
import { canBeUnder } from '../shared/edits/hierarchy.ts';
import type { Unit, UnitPatch } from '../shared/model/unit.ts';
import { deleteFiguresOfUnits, figuresOfUnits, putFigures } from './finance-repo.ts';
import { relinkPeople } from './people-repo.ts';
import { relinkPositions } from './positions-repo.ts';
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

export interface HistoryEntry {
  id: number;
  label: EditLabel;
  done: boolean;
  user: string;
  at: string;
}

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

const sortFigures = (fs: readonly StoredFigures[]) =>
  [...fs].sort((a, b) => `${a.code}|${a.year}`.localeCompare(`${b.code}|${b.year}`));

/** Same stored values (the position aside). */
function sameUnit(a: Unit, b: Unit): boolean {
  return (Object.keys(b) as Array<keyof Unit | 'position'>).every((k) => k === 'position' || a[k] === b[k]);
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

/**
 * Applies an edit to the tree, checking it against the tree as it is now. `placement`: check the
 * placement rules too — for the user's new edits; replaying a recorded step (undo, redo, revert)
 * only puts back a state the tree already had, so it checks for conflicts alone.
 */
export function applyEdit(db: Database, edit: Edit, placement = false): void {
  switch (edit.type) {
    case 'update': {
      const unit = mustGet(db, edit.code);
      // The step must find the values it expects (else later work would be overwritten).
      for (const [k, v] of Object.entries(edit.before))
        if (unit[k as keyof Unit] !== v) throw new AppError('conflict', 'err.treeChanged', { code: edit.code });
      if (placement && (edit.after.kind !== undefined || edit.after.level !== undefined))
        checkKindChange(db, unit, { ...unit, ...edit.after });
      updateUnit(db, edit.code, edit.after);
      return;
    }
    case 'create':
    case 'restore': {
      const units = edit.type === 'create' ? [edit.unit] : edit.units;
      for (const u of units) {
        if (getUnit(db, u.code))
          throw new AppError('validation', 'err.duplicateCode', { code: u.code }, [
            { field: 'code', key: 'err.duplicateCode', params: { code: u.code } },
          ]);
        if (u.parentCode !== null && !getUnit(db, u.parentCode))
          throw new AppError('conflict', 'err.treeChanged', { code: u.parentCode });
        if (placement) checkPlacement(db, u, u.parentCode);
        const { position, ...unit } = u;
        insertUnitAt(db, unit, position);
      }
      if (edit.type === 'restore') {
        putFigures(db, edit.figures ?? []);
        relinkPeople(db); // the people of a deleted unit (kept, unattached) join it again
        relinkPositions(db); // and so do its job positions
        for (const l of edit.lifted) {
          const child = mustGet(db, l.code);
          if (child.parentCode !== l.to) throw new AppError('conflict', 'err.treeChanged', { code: l.code });
          setParent(db, l.code, l.from, child.position);
        }
      }
      return;
    }
    case 'delete': {
      for (const l of edit.lifted) setParent(db, l.code, l.to, mustGet(db, l.code).position);
      // The figures deleted must be those recorded (a redo must not erase figures entered since).
      const now = figuresOfUnits(
        db,
        edit.units.map((u) => u.code),
      );
      if (JSON.stringify(sortFigures(now)) !== JSON.stringify(sortFigures(edit.figures ?? [])))
        throw new AppError('conflict', 'err.treeChanged', { code: edit.units[0]!.code });
      deleteFiguresOfUnits(
        db,
        edit.units.map((u) => u.code),
      );
      const removing = new Set(edit.units.map((u) => u.code));
      for (const u of [...edit.units].reverse()) {
        // What is deleted must be what was recorded (a revert must not delete later work).
        const current = mustGet(db, u.code);
        if (!sameUnit(current, u)) throw new AppError('conflict', 'err.treeChanged', { code: u.code });
        const stray = childCodes(db, u.code).filter((c) => !removing.has(c));
        if (stray.length > 0) throw new AppError('conflict', 'err.treeChanged', { code: u.code });
        deleteUnit(db, u.code);
      }
      return;
    }
    case 'move': {
      const unit = mustGet(db, edit.code);
      if (unit.parentCode !== edit.from) throw new AppError('conflict', 'err.treeChanged', { code: edit.code });
      if (edit.to !== null && subtree(db, edit.code).includes(edit.to))
        throw new AppError('validation', 'err.moveCycle', { code: edit.code, target: edit.to });
      if (placement) checkPlacement(db, unit, edit.to);
      setParent(db, edit.code, edit.to, edit.toPosition);
      return;
    }
  }
}

function record(db: Database, edit: Edit, label: EditLabel, user: string): void {
  db.prepare('DELETE FROM edit_history WHERE done = 0').run(); // a new step drops the redo stack
  db.prepare('INSERT INTO edit_history (label, forward, backward, user, at) VALUES (?, ?, ?, ?, ?)').run(
    JSON.stringify(label),
    JSON.stringify(edit),
    JSON.stringify(inverse(edit)),
    user,
    stamp(db),
  );
}

/** Applies and records one edit, all or nothing. */
export function commitEdit(db: Database, edit: Edit, label: EditLabel, user: string, placement = true): void {
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    applyEdit(db, edit, placement);
    record(db, edit, label, user);
  }).immediate();
}

// --- the user's commands, turned into edits -------------------------------------------------

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
          params: { unit: before.name, field, from: String(old[changed[0]!]), to: String(after[changed[0]!]) },
        }
      : { key: 'edit.update', params: { unit: before.name } };
  commitEdit(db, { type: 'update', code, before: old, after }, label, user);
  return getUnit(db, patch.code ?? code)!;
}

export function editCreate(db: Database, unit: Unit, user: string): Unit {
  commitEdit(
    db,
    { type: 'create', unit: { ...unit, position: nextPosition(db) } },
    {
      key: 'edit.create',
      params: {
        unit: unit.name,
        parent: unit.parentCode ? (getUnit(db, unit.parentCode)?.name ?? unit.parentCode) : '—',
      },
    },
    user,
  );
  return getUnit(db, unit.code)!;
}

/** Deletes a unit with its subtree, or lifts its children to its parent first. */
export function editDelete(db: Database, code: string, mode: 'subtree' | 'lift', user: string): number {
  const unit = mustGet(db, code);
  const codes = mode === 'subtree' ? subtree(db, code) : [code];
  const units = codes.map((c) => mustGet(db, c));
  const lifted = mode === 'lift' ? childCodes(db, code).map((c) => ({ code: c, from: code, to: unit.parentCode })) : [];
  if (mode === 'lift') for (const l of lifted) checkPlacement(db, mustGet(db, l.code), unit.parentCode);
  const label: EditLabel = {
    key:
      mode === 'subtree' && units.length > 1
        ? 'edit.deleteSubtree'
        : lifted.length > 0
          ? 'edit.deleteLift'
          : 'edit.delete',
    params: { unit: unit.name, count: units.length - 1, lifted: lifted.length },
  };
  commitEdit(db, { type: 'delete', units, lifted, figures: figuresOfUnits(db, codes) }, label, user);
  return units.length;
}

export function editMove(db: Database, code: string, to: string | null, user: string): Unit {
  const unit = mustGet(db, code);
  if (unit.parentCode === to) return unit;
  if (to === code) throw new AppError('validation', 'err.moveCycle', { code, target: to });
  const target = to === null ? null : (getUnit(db, to) ?? null);
  commitEdit(
    db,
    { type: 'move', code, from: unit.parentCode, to, fromPosition: unit.position, toPosition: nextPosition(db) },
    { key: 'edit.move', params: { unit: unit.name, to: target?.name ?? '—' } },
    user,
  );
  return getUnit(db, code)!;
}

// --- undo, redo, revert ---------------------------------------------------------------------

interface Row {
  id: number;
  label: string;
  forward: string;
  backward: string;
  done: number;
  user: string;
  at: string;
}

export function history(db: Database, limit = 200): { entries: HistoryEntry[]; canUndo: boolean; canRedo: boolean } {
  const rows = db
    .prepare('SELECT id, label, done, user, at FROM edit_history ORDER BY id DESC LIMIT ?')
    .all(limit) as Row[];
  const canUndo = db.prepare('SELECT 1 FROM edit_history WHERE done = 1 LIMIT 1').get() !== undefined;
  const canRedo = db.prepare('SELECT 1 FROM edit_history WHERE done = 0 LIMIT 1').get() !== undefined;
  return {
    entries: rows.map((r) => ({
      id: r.id,
      label: JSON.parse(r.label) as EditLabel,
      done: r.done === 1,
      user: r.user,
      at: r.at,
    })),
    canUndo,
    canRedo,
  };
}

const NEXT_UNDO = 'SELECT id, backward AS edit FROM edit_history WHERE done = 1 ORDER BY id DESC LIMIT 1';
const NEXT_REDO = 'SELECT id, forward AS edit FROM edit_history WHERE done = 0 ORDER BY id ASC LIMIT 1';

/** The last step done (its id and the edit it applied), or null when there is none. */
export function lastStepDone(db: Database): { id: number; edit: Edit } | null {
  const row = db
    .prepare('SELECT id, forward AS edit FROM edit_history WHERE done = 1 ORDER BY id DESC LIMIT 1')
    .get() as { id: number; edit: string } | undefined;
  return row ? { id: row.id, edit: JSON.parse(row.edit) as Edit } : null;
}

/** The edit the next undo or redo would apply (null when there is none). */
export function nextStep(db: Database, which: 'undo' | 'redo'): Edit | null {
  const row = db.prepare(which === 'undo' ? NEXT_UNDO : NEXT_REDO).get() as { edit: string } | undefined;
  return row ? (JSON.parse(row.edit) as Edit) : null;
}

function step(db: Database, which: 'undo' | 'redo'): boolean {
  return db
    .transaction(() => {
      const row = db.prepare(which === 'undo' ? NEXT_UNDO : NEXT_REDO).get() as
        { id: number; edit: string } | undefined;
      if (!row) return false;
      db.pragma('defer_foreign_keys = ON');
      applyEdit(db, JSON.parse(row.edit) as Edit);
      db.prepare('UPDATE edit_history SET done = ? WHERE id = ?').run(which === 'undo' ? 0 : 1, row.id);
      return true;
    })
    .immediate();
}

export const undo = (db: Database): boolean => step(db, 'undo');
export const redo = (db: Database): boolean => step(db, 'redo');

/** Undoes one earlier step on its own, as a new step (refused if the tree has changed too much since). */
export function revert(db: Database, id: number, user: string): void {
  const row = db.prepare('SELECT id, label, backward, done FROM edit_history WHERE id = ?').get(id) as Row | undefined;
  if (!row || row.done !== 1) throw new AppError('not_found', 'err.historyStep', { id });
  const already = db
    .prepare(
      "SELECT 1 FROM edit_history WHERE done = 1 AND json_extract(label, '$.key') = 'edit.revert' AND json_extract(label, '$.params.step') = ?",
    )
    .get(id);
  if (already) throw new AppError('conflict', 'err.historyReverted', { id });
  const label = JSON.parse(row.label) as EditLabel;
  // The inverse is applied only if the tree still holds what the step left (checked in applyEdit).
  commitEdit(
    db,
    JSON.parse(row.backward) as Edit,
    { key: 'edit.revert', params: { step: id, ...label.params, what: label.key } },
    user,
    false,
  );
}

/** After an import replaced units wholesale, old steps no longer describe the tree. */
export function clearHistory(db: Database): void {
  db.prepare('DELETE FROM edit_history').run();
}
