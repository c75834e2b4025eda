import os from 'node:os';
import { noteUnitSaved, totalChanges } from '../../db/unit-model-cache.ts';
import type { HandlerTable } from '../../shared/contract.ts';
import { levelUnder } from '../../shared/edits/hierarchy.ts';
import { HEADCOUNT_FIELDS, type Unit } from '../../shared/model/unit.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { editCreate, editDelete, editMove, editUpdate, history, redo, revert, undo } from '../../db/tree-edits.ts';
import type { CurrentWorkspace } from './index.ts';

type EditHandlers = Pick<
  HandlerTable,
  'units.update' | 'units.create' | 'units.delete' | 'units.move' | 'history.list' | 'history.undo' | 'history.redo' | 'history.revert'
>;

/** The OS user name, recorded with every step (who changed what, when). */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? '?';
  }
}

export function treeEditHandlers(current: CurrentWorkspace): EditHandlers {
  const db = () => current().db;
  const after = () => ({ units: listUnits(db()), history: history(db()) });
  return {
    'units.update': ({ code, changes }) => {
      const before = totalChanges(db());
      const unit = editUpdate(db(), code, changes, osUser());
      noteUnitSaved(db(), before, code, unit);
      return { unit };
    },
    'units.create': ({ parentCode, code, name, kind, level, sector }) => {
      const parent = parentCode === null ? null : (getUnit(db(), parentCode) ?? null);
      const counts = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, 0])) as Pick<Unit, (typeof HEADCOUNT_FIELDS)[number]>;
      editCreate(db(), { code, name, parentCode, kind, level: level ?? levelUnder(parent, kind), sector: sector ?? parent?.sector ?? 'other', ...counts }, osUser());
      return after();
    },
    'units.delete': ({ code, mode }) => {
      editDelete(db(), code, mode, osUser());
      return after();
    },
    'units.move': ({ code, parentCode }) => {
      editMove(db(), code, parentCode, osUser());
      return after();
    },
    'history.list': () => history(db()),
    'history.undo': () => {
      undo(db());
      return after();
    },
    'history.redo': () => {
      redo(db());
      return after();
    },
    'history.revert': ({ id }) => {
      revert(db(), id, osUser());
      return after();
    },
  };
}
