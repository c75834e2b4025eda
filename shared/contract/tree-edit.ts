/** What the tree edits of units.* and history.* answer: the units after the edit and the history. */
import { z } from 'zod';
import type { EditLabel } from '../edits/edit.ts';
import { UnitSchema } from '../model/unit.ts';
import type { UnitChanges } from '../unit-changes.ts';
import { messageKeySchema, messageParamsSchema } from './common.ts';

/** A step of the history by its label (what the toolbar says it undoes, redoes or did). */
export interface HistoryStep {
  id: number;
  label: EditLabel;
}
export interface HistoryView {
  entries: Array<{ id: number; label: EditLabel; done: boolean; user: string; at: string }>;
  canUndo: boolean;
  canRedo: boolean;
  /** The step the next undo would undo, the next redo redo (null: none): named on the buttons before they are pressed. */
  nextUndo: HistoryStep | null;
  nextRedo: HistoryStep | null;
}
const editLabel: z.ZodType<EditLabel> = z.object({ key: messageKeySchema, params: messageParamsSchema });
export const HistoryStepSchema: z.ZodType<HistoryStep> = z.object({ id: z.number(), label: editLabel });
export const HistoryViewSchema: z.ZodType<HistoryView> = z.object({
  entries: z.array(z.object({ id: z.number(), label: editLabel, done: z.boolean(), user: z.string(), at: z.string() })),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  nextUndo: HistoryStepSchema.nullable(),
  nextRedo: HistoryStepSchema.nullable(),
});

/**
 * The units after a tree edit: the whole list, or (asked for with `deltaOnly`, and when the back
 * end held the list from before the edit) only what changed (see shared/unit-changes.ts).
 */
export const treeAfterEdit = z.union([
  z.object({ units: z.array(UnitSchema), history: HistoryViewSchema }),
  z.object({
    delta: z.object({
      upsert: z.array(UnitSchema),
      remove: z.array(z.string()),
      order: z.array(z.string()).nullable(),
      count: z.number(),
    }) satisfies z.ZodType<UnitChanges>,
    history: HistoryViewSchema,
  }),
]);
export type TreeAfterEdit = z.output<typeof treeAfterEdit>;
/** Asks a tree edit to answer with the changed units only (the UI holds the rest). */
export const deltaOnly = { deltaOnly: z.boolean().optional() };
