/** history.*: the history of the workspace's edits (tree, plans, figures…); undo, redo and going back to an entry. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { history, nextStep, redo, revert, stepRef, undo } from '../../db/undo-log.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { editedTree } from '../services/tree-edit-answer.ts';
import { editorName } from '../caller.ts';

export function historyHandlers(current: CurrentWorkspace): HandlersOf<'history'> {
  const db = () => current().db;
  /** Undoes or redoes the next step, answering with the step it replayed (its label read before: a refusal throws). */
  const replay = (which: 'undo' | 'redo', deltaOnly: boolean | undefined) => {
    const next = nextStep(db(), which);
    const step = stepRef(db(), next);
    const answer = editedTree(db, deltaOnly, () => (which === 'undo' ? undo : redo)(db()), next);
    return { ...answer, step };
  };
  return {
    'history.list': () => history(db()),
    'history.undo': ({ deltaOnly }) => replay('undo', deltaOnly),
    'history.redo': ({ deltaOnly }) => replay('redo', deltaOnly),
    'history.revert': ({ id, deltaOnly }) => editedTree(db, deltaOnly, () => revert(db(), id, editorName())),
  };
}
