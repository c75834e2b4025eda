/**
 * Scenario operations: the exchange format (JSON) of a plan as dated steps over the baseline.
 * Operations of the same year apply in the order given.
 */
import { z } from 'zod';
import { UNIT_KINDS, codeSchema, nameSchema, countSchema } from '../model/unit.ts';

const year = z.number({ error: 'err.figureYear' }).int({ error: 'err.figureYear' }).min(1990, { error: 'err.figureYear' }).max(2100, { error: 'err.figureYear' });

/** A unit a merge establishes. */
export const NewUnitSchema = z.object({ code: codeSchema, name: nameSchema, kind: z.enum(UNIT_KINDS, { error: 'err.kind' }), parentCode: codeSchema.nullable() }).strict();

/** How many of each count go to one part of a split. */
const share = z
  .object({
    code: codeSchema,
    name: nameSchema,
    civilServantQuota: countSchema.optional(),
    civilServantActual: countSchema.optional(),
    publicEmployeeQuota: countSchema.optional(),
    publicEmployeeActual: countSchema.optional(),
    selfFundedEmployees: countSchema.optional(),
    contractWorkers: countSchema.optional(),
    deputies: countSchema.optional(),
  })
  .strict();

export const OperationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('merge'), year, units: z.array(codeSchema).min(2), into: z.union([codeSchema, NewUnitSchema]) }).strict(),
  z.object({ type: z.literal('split'), year, unit: codeSchema, into: z.array(share).min(2) }).strict(),
  z.object({ type: z.literal('transfer'), year, unit: codeSchema, parentCode: codeSchema.nullable() }).strict(),
  z.object({ type: z.literal('dissolve'), year, unit: codeSchema, staffTo: codeSchema.nullable() }).strict(),
  z.object({ type: z.literal('convert'), year, unit: codeSchema }).strict(),
  z.object({ type: z.literal('rename'), year, unit: codeSchema, name: nameSchema }).strict(),
  z.object({ type: z.literal('setQuota'), year, unit: codeSchema, civilServantQuota: countSchema.optional(), publicEmployeeQuota: countSchema.optional() }).strict(),
  z.object({ type: z.literal('setDeputies'), year, unit: codeSchema, deputies: countSchema }).strict(),
]);
export type Operation = z.output<typeof OperationSchema>;
