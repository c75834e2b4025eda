/** units.*: the org tree's units, listed and edited (each edit recorded in the history, by its editor). */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { levelUnder } from '../../shared/edits/hierarchy.ts';
import { HEADCOUNT_FIELDS, type Unit } from '../../shared/model/unit.ts';
import { noteUnitSaved, totalChanges } from '../../db/unit-model-cache.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { editCreate, editDelete, editMove, editUpdate, editUpdateMany } from '../../db/tree-edits.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { editedTree } from '../services/tree-edit-answer.ts';
import { editorName } from '../caller.ts';

export function unitsHandlers(current: CurrentWorkspace): HandlersOf<'units'> {
  const db = () => current().db;
  return {
    'units.list': () => ({ units: listUnits(db()) }),
    'units.update': ({ code, patch }) => {
      const before = totalChanges(db());
      const unit = editUpdate(db(), code, patch, editorName());
      noteUnitSaved(db(), before, code, unit);
      return { unit };
    },
    'units.updateMany': ({ changes, deltaOnly }) =>
      editedTree(db, deltaOnly, () => editUpdateMany(db(), changes, editorName())),
    'units.create': ({ parentCode, code, name, kind, level, sector, deltaOnly }) =>
      editedTree(db, deltaOnly, () => {
        const parent = parentCode === null ? null : (getUnit(db(), parentCode) ?? null);
        const counts = Object.fromEntries(HEADCOUNT_FIELDS.map((f) => [f, 0])) as Pick<
          Unit,
          (typeof HEADCOUNT_FIELDS)[number]
        >;
        editCreate(
          db(),
          {
            code,
            name,
            parentCode,
            kind,
            level: level ?? levelUnder(parent, kind),
            sector: sector ?? parent?.sector ?? 'other',
            ...counts,
          },
          editorName(),
        );
      }),
    'units.delete': ({ code, mode, deltaOnly }) =>
      editedTree(db, deltaOnly, () => editDelete(db(), code, mode, editorName())),
    'units.move': ({ code, parentCode, deltaOnly }) =>
      editedTree(db, deltaOnly, () => editMove(db(), code, parentCode, editorName())),
  };
}
