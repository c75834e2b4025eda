/** baselines.*: recorded figures of base years (Số liệu gốc), used by every target whose base year it is. */
import { z } from 'zod';
import { BaselineSchema, type YearBaseline } from '../scenario/baselines.ts';
import { yearArg } from './common.ts';

export const baselinesChannels = {
  'baselines.list': {
    args: z.object({}).strict(),
    result: z.object({ baselines: z.array(BaselineSchema) }) satisfies z.ZodType<{ baselines: YearBaseline[] }>,
  },
  'baselines.save': { args: z.object({ baseline: BaselineSchema }).strict(), result: z.object({ year: z.number() }) },
  'baselines.delete': { args: z.object({ year: yearArg }).strict(), result: z.object({ year: z.number() }) },
} as const;
