/** units.*: the org tree's units, listed and edited (every tree edit answers with the tree after it). */
import { z } from 'zod';
import { LEVELS, SECTORS, UNIT_KINDS, UnitPatchSchema, UnitSchema, codeSchema, nameSchema } from '../model/unit.ts';
import { noArgs } from './common.ts';
import { deltaOnly, treeAfterEdit } from './tree-edit.ts';

/** The most units one units.updateMany changes (a pasted column of a whole province). */
export const MAX_BATCH = 100_000;

export const unitsChannels = {
  'units.list': { args: noArgs, result: z.object({ units: z.array(UnitSchema) }) },
  'units.update': {
    args: z.object({ code: codeSchema, patch: UnitPatchSchema }).strict(),
    result: z.object({ unit: UnitSchema }),
  },
  /** Several units changed at once (a column pasted into the grid): one step of the history, all or none. */
  'units.updateMany': {
    args: z
      .object({
        changes: z
          .array(z.object({ code: codeSchema, patch: UnitPatchSchema }).strict())
          .min(1)
          .max(MAX_BATCH),
        ...deltaOnly,
      })
      .strict(),
    result: treeAfterEdit,
  },
  'units.create': {
    args: z
      .object({
        parentCode: codeSchema.nullable(),
        code: codeSchema,
        name: nameSchema,
        kind: z.enum(UNIT_KINDS, { error: 'err.kind' }),
        level: z.enum(LEVELS, { error: 'err.level' }).optional(),
        sector: z.enum(SECTORS, { error: 'err.sector' }).optional(),
        ...deltaOnly,
      })
      .strict(),
    result: treeAfterEdit,
  },
  'units.delete': {
    args: z.object({ code: codeSchema, mode: z.enum(['subtree', 'lift']), ...deltaOnly }).strict(),
    result: treeAfterEdit,
  },
  'units.move': {
    args: z.object({ code: codeSchema, parentCode: codeSchema.nullable(), ...deltaOnly }).strict(),
    result: treeAfterEdit,
  },
} as const;
