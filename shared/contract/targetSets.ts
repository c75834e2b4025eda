/** targetSets.*: the built-in and the workspace's own sets of targets a plan is measured against. */
import { z } from 'zod';
import { TargetSetSchema } from '../scenario/target-sets.ts';
import type { TargetSet } from '../scenario/targets.ts';

export const targetSetsChannels = {
  'targetSets.list': {
    args: z.object({}).strict(),
    result: z.object({ builtIn: z.array(TargetSetSchema), own: z.array(TargetSetSchema) }) satisfies z.ZodType<{
      builtIn: TargetSet[];
      own: TargetSet[];
    }>,
  },
  'targetSets.save': { args: z.object({ set: TargetSetSchema }).strict(), result: z.object({ id: z.string() }) },
  'targetSets.delete': {
    args: z.object({ id: z.string().min(1).max(100) }).strict(),
    result: z.object({ id: z.string() }),
  },
} as const;
