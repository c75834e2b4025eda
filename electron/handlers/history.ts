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
    'history.undo': ({ changesOnly }) => editedTree(db, changesOnly, () => undo(db()), nextStep(db(), 'undo')),
    'history.redo': ({ changesOnly }) => editedTree(db, changesOnly, () => redo(db()), nextStep(db(), 'redo')),
    'history.revert': ({ id, changesOnly }) => editedTree(db, changesOnly, () => revert(db(), id, editorName())),
  };
}
