/**
 * Scenario operations: the exchange format (JSON) of a plan as dated steps over the baseline.
 * Operations of the same year apply in the order given.
 */
import { z } from 'zod';
import { UNIT_KINDS, UnitSchema, codeSchema, nameSchema, countSchema } from '../model/unit.ts';

export const yearSchema = z.number({ error: 'err.figureYear' }).int({ error: 'err.figureYear' }).min(1990, { error: 'err.figureYear' }).max(2100, { error: 'err.figureYear' });

const year = yearSchema;

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

/** An amount in đồng: a number, or text in Vietnamese format ("1.234.567,5"); checked when applied. */
const amount = z.union([z.number(), z.string().max(40)]);
/** Put before every code of an annexed province, so that its codes do not clash with the home province's. */
export const codePrefixSchema = z.string().trim().max(20, { error: 'err.codeTooLong' }).regex(/^[\p{L}\p{N}._\-/]*$/u, { error: 'err.codeFormat' });

/**
 * Another province's units joining the plan (a provincial merger): the units as they were in
 * that province's workspace, carried in the plan itself so that it re-imports without that file.
 */
const annex = z
  .object({
    type: z.literal('annex'),
    year,
    province: z.string({ error: 'err.provinceName' }).trim().min(1, { error: 'err.provinceName' }).max(120, { error: 'err.provinceName' }),
    units: z.array(UnitSchema.strict()).min(1, { error: 'err.annexEmpty' }),
    /** Where the annexed roots go; null: they stay roots. */
    parentCode: codeSchema.nullable(),
    codePrefix: codePrefixSchema.optional(),
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
  /** New Decree 60 figures of a public service unit and/or the group decided for it ("1".."4", "3a"…; null: the computed group). */
  z
    .object({ type: z.literal('setAutonomy'), year, unit: codeSchema, revenue: amount.optional(), spending: amount.optional(), investmentFunding: amount.optional(), depreciation: amount.optional(), group: z.string().max(10).nullable().optional() })
    .strict(),
  annex,
]);
export type Operation = z.output<typeof OperationSchema>;
export type AnnexOperation = Extract<Operation, { type: 'annex' }>;
