/** province.*: another province's workspace file, read to be annexed to a plan. */
import { z } from 'zod';
import { UnitSchema } from '../model/unit.ts';
import { filePath } from './common.ts';

export const provinceChannels = {
  'province.read': {
    args: z.object({ file: filePath }).strict(),
    result: z.object({ file: z.string(), provinceName: z.string(), baseYear: z.number(), units: z.array(UnitSchema) }),
  },
} as const;
