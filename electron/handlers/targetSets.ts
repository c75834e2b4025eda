/** targetSets.*: the built-in target sets and the workspace's own. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { BUILT_IN_TARGET_SETS } from '../../shared/scenario/targets.ts';
import { deleteTargetSet, listTargetSets, saveTargetSet } from '../../db/target-sets-repo.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';

export function targetSetsHandlers(current: CurrentWorkspace): HandlersOf<'targetSets'> {
  return {
    'targetSets.list': () => ({ builtIn: [...BUILT_IN_TARGET_SETS], own: listTargetSets(current().db) }),
    'targetSets.save': ({ set }) => {
      saveTargetSet(current().db, set);
      return { id: set.id };
    },
    'targetSets.delete': ({ id }) => {
      deleteTargetSet(current().db, id);
      return { id };
    },
  };
}
