/** A scenario as a JSON file (export, import, and `tinhgon scenario --from`). */
import { z } from 'zod';
import { OperationSchema } from './operations.ts';

export const ScenarioFileSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'err.scenarioName' }).max(200),
    description: z.string().max(5000).optional(),
    baseYear: z.number().int().min(1990).max(2100).optional(),
    horizon: z.number().int().min(1990).max(2100).optional(),
    ruleSet: z.string().max(100).optional(),
    targetSets: z.array(z.string().max(100)).optional(),
    operations: z.array(OperationSchema),
  })
  .strict();
export type ScenarioFile = z.output<typeof ScenarioFileSchema>;
