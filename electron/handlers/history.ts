/** history.*: the history of the workspace's edits (tree, plans, figures…); undo, redo and going back to an entry. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { history, nextStep, redo, revert, undo } from '../../db/undo-log.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { editedTree } from '../services/tree-edit-answer.ts';
import { editorName } from '../caller.ts';

export function historyHandlers(current: CurrentWorkspace): HandlersOf<'history'> {
  const db = () => current().db;
  return {
    'history.list': () => history(db()),
    'history.undo': ({ deltaOnly }) => editedTree(db, deltaOnly, () => undo(db()), nextStep(db(), 'undo')),
    'history.redo': ({ deltaOnly }) => editedTree(db, deltaOnly, () => redo(db()), nextStep(db(), 'redo')),
    'history.revert': ({ id, deltaOnly }) => editedTree(db, deltaOnly, () => revert(db(), id, editorName())),
  };
}
