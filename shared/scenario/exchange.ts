/** A scenario as a JSON file (export, import, and `tinhgon scenario --from`). */
import { z } from 'zod';
import { CONTROL_CHARS } from '../model/unit.ts';
import { OperationSchema } from './operations.ts';
import { TargetSetRefSchema } from './target-sets.ts';

/** A plan's name: trimmed, not empty, no control characters. */
export const scenarioNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'err.scenarioName' })
  .max(200)
  .refine((s) => !CONTROL_CHARS.test(s), { error: 'err.controlChars' });

export const ScenarioFileSchema = z
  .object({
    name: scenarioNameSchema,
    description: z.string().max(5000).optional(),
    baseYear: z.number().int().min(1990).max(2100).optional(),
    horizon: z.number().int().min(1990).max(2100).optional(),
    ruleSet: z.string().max(100).optional(),
    /** Ids of built-in or workspace target sets, or sets given inline; none: every built-in target within the years. */
    targetSets: z.array(TargetSetRefSchema).optional(),
    operations: z.array(OperationSchema),
  })
  .strict();
export type ScenarioFile = z.output<typeof ScenarioFileSchema>;
