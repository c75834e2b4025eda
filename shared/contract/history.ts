/** history.*: the history of the workspace's edits (tree, plans, figures…), undo, redo and going back to an entry. */
import { z } from 'zod';
import { noArgs } from './common.ts';
import { HistoryViewSchema, deltaOnly, treeAfterEdit } from './tree-edit.ts';

export const historyChannels = {
  'history.list': { args: noArgs, result: HistoryViewSchema },
  'history.undo': { args: z.object(deltaOnly).strict(), result: treeAfterEdit },
  'history.redo': { args: z.object(deltaOnly).strict(), result: treeAfterEdit },
  'history.revert': {
    args: z.object({ id: z.number().int().positive(), ...deltaOnly }).strict(),
    result: treeAfterEdit,
  },
} as const;
