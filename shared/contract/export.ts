/** export.*: the workbooks (xlsx or csv) of the units, the import template, the findings, the figures and a plan's tables. */
import { z } from 'zod';
import { download, noArgs, planName } from './common.ts';

const format = z.enum(['xlsx', 'csv']);

export const exportChannels = {
  'export.units': { args: z.object({ format }).strict(), result: download },
  'export.template': { args: noArgs, result: download },
  'export.findings': { args: z.object({ format }).strict(), result: download },
  'export.finance': { args: z.object({ format }).strict(), result: download },
  'export.scenario': {
    args: z.object({ name: planName, format, table: z.enum(['metrics', 'targets', 'roadmap']).optional() }).strict(),
    result: download,
  },
} as const;
