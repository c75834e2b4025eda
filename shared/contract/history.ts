/** history.*: the history of the workspace's edits (tree, plans, figures…), undo, redo and going back to an entry. */
import { z } from 'zod';
import { noArgs } from './common.ts';
import { HistoryStepSchema, HistoryViewSchema, deltaOnly, treeAfterEdit } from './tree-edit.ts';

/** An undo's or redo's answer: the tree edit's, and the step it replayed (null: there was none), said to the person. */
const replayed = treeAfterEdit.and(z.object({ step: HistoryStepSchema.nullable() }));

export const historyChannels = {
  'history.list': { args: noArgs, result: HistoryViewSchema },
  'history.undo': { args: z.object(deltaOnly).strict(), result: replayed },
  'history.redo': { args: z.object(deltaOnly).strict(), result: replayed },
  'history.revert': {
    args: z.object({ id: z.number().int().positive(), ...deltaOnly }).strict(),
    result: treeAfterEdit,
  },
} as const;
