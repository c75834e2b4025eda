/**
 * Scenario operations: the exchange format (JSON) of a plan as dated steps over the baseline.
 * Each operation has a `date` (YYYY-MM-DD) and/or a `year` (a year alone is read as 01/01 of that
 * year, so that older files and stored plans keep working; given both, they must agree). The
 * operations of a year apply in date order, those of the same date in the order given.
 */
import { z } from 'zod';
import {
  CONTROL_CHARS,
  LEVELS,
  SECTORS,
  UNIT_KINDS,
  UnitSchema,
  codeSchema,
  nameSchema,
  countSchema,
} from '../model/unit.ts';
import { PROVINCE_CLASSES } from '../model/workspace.ts';
import { isIsoDate } from '../rules/rule-sets.ts';
import { PositionSchema } from '../positions/model.ts';

/** A job position as a plan sets it: its unit is the operation's. */
export const PlanPositionSchema = PositionSchema.omit({ unitCode: true }).strict();

export const yearSchema = z
  .number({ error: 'err.figureYear' })
  .int({ error: 'err.figureYear' })
  .min(1990, { error: 'err.figureYear' })
  .max(2100, { error: 'err.figureYear' });

/** A day that exists, as YYYY-MM-DD. */
export const operationDateSchema = z.string({ error: 'err.isoDate' }).refine(isIsoDate, { error: 'err.isoDate' });

/** When an operation applies: a year, a date, or both (checked to agree by `dated`). */
const year = yearSchema.optional();
const date = operationDateSchema.optional();

/** Checks an operation's year and date against each other and fills the year from the date. */
const dated = <T extends z.ZodType<{ year?: number | undefined; date?: string | undefined }>>(schema: T) =>
  schema
    .superRefine((o, ctx) => {
      if (o.year === undefined && o.date === undefined)
        ctx.addIssue({ code: 'custom', message: 'err.scenarioWhen', path: ['year'] });
      else if (o.year !== undefined && o.date !== undefined && Number(o.date.slice(0, 4)) !== o.year)
        ctx.addIssue({ code: 'custom', message: 'err.scenarioDateYear', path: ['date'] });
    })
    .transform((o) => ({ ...o, year: o.year ?? Number(o.date!.slice(0, 4)) }));

/** A unit a merge establishes. */
export const NewUnitSchema = z
  .object({
    code: codeSchema,
    name: nameSchema,
    kind: z.enum(UNIT_KINDS, { error: 'err.kind' }),
    parentCode: codeSchema.nullable(),
  })
  .strict();

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
export const codePrefixSchema = z
  .string()
  .trim()
  .max(20, { error: 'err.codeTooLong' })
  .regex(/^[\p{L}\p{N}._\-/]*$/u, { error: 'err.codeFormat' });

/**
 * Another province's units joining the plan (a provincial merger): the units as they were in
 * that province's workspace, carried in the plan itself so that it re-imports without that file.
 */
const annex = z
  .object({
    type: z.literal('annex'),
    year,
    date,
    province: z
      .string({ error: 'err.provinceName' })
      .trim()
      .min(1, { error: 'err.provinceName' })
      .max(120, { error: 'err.provinceName' }),
    units: z.array(UnitSchema.strict()).min(1, { error: 'err.annexEmpty' }),
    /** Where the annexed roots go; null: they stay roots. */
    parentCode: codeSchema.nullable(),
    codePrefix: codePrefixSchema.optional(),
  })
  .strict();

/** Why people leave the payroll in a staff-reduction roadmap (legal-reference §3, §7). */
export const EXIT_REASONS = ['retirement', 'early-retirement', 'resignation', 'transfer', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
/** Reasons paid under a payout policy (Decree 178/2024, Decree 154/2025): the cost inputs apply to these only. */
export const PAID_REASONS: readonly ExitReason[] = ['early-retirement', 'resignation'];

/**
 * What one person leaving is paid, as the inputs of the policy's calculator: the average monthly
 * salary in đồng, months ahead of the statutory retirement, years of compulsory social insurance
 * (whole or half years), and whether they leave after the first 12 months of the decision.
 */
export const ExitPayoutSchema = z
  .object({
    policy: z.enum(['178', '154'], { error: 'err.exitPolicy' }),
    salary: z
      .number({ error: 'err.exitSalary' })
      .int({ error: 'err.exitSalary' })
      .min(0, { error: 'err.exitSalary' })
      .max(1_000_000_000, { error: 'err.exitSalary' }),
    monthsEarly: z
      .number({ error: 'err.exitMonthsEarly' })
      .int({ error: 'err.exitMonthsEarly' })
      .min(0, { error: 'err.exitMonthsEarly' })
      .max(600, { error: 'err.exitMonthsEarly' }),
    siYears: z
      .number({ error: 'err.exitSiYears' })
      .min(0, { error: 'err.exitSiYears' })
      .max(60, { error: 'err.exitSiYears' })
      .refine((v) => Number.isInteger(v * 2), { error: 'err.exitSiYears' }),
    after12Months: z.boolean().optional(),
  })
  .strict();
export type ExitPayout = z.output<typeof ExitPayoutSchema>;

/** Counts of civil servants and state-paid public employees: at least one above zero. */
const someone = (o: { civilServants: number; publicEmployees: number }) => o.civilServants + o.publicEmployees > 0;

/**
 * The exact cost in whole đồng of the people of one exit, when it is known person by person (the
 * payouts of the people proposed in the personnel list, added up) rather than from an average.
 */
export const exitCostSchema = z
  .number({ error: 'err.exitCost' })
  .int({ error: 'err.exitCost' })
  .min(0, { error: 'err.exitCost' })
  .max(1e14, { error: 'err.exitCost' });

/** People leaving a unit's payroll in a year, and why; their cost from `payout` inputs (per person) or an exact `cost` (all of them). */
const staffExit = z
  .object({
    type: z.literal('staffExit'),
    year,
    date,
    unit: codeSchema,
    civilServants: countSchema,
    publicEmployees: countSchema,
    reason: z.enum(EXIT_REASONS, { error: 'err.exitReason' }),
    /** The job position they leave (issue 21): its present falls; none given, the exit is not assigned to a position. */
    position: PositionSchema.shape.name.optional(),
    payout: ExitPayoutSchema.optional(),
    cost: exitCostSchema.optional(),
  })
  .strict()
  .refine(someone, { error: 'err.exitNobody', path: ['civilServants'] })
  .refine((o) => !o.payout || PAID_REASONS.includes(o.reason), { error: 'err.exitPayoutReason', path: ['payout'] })
  .refine((o) => o.cost === undefined || PAID_REASONS.includes(o.reason), {
    error: 'err.exitPayoutReason',
    path: ['cost'],
  })
  .refine((o) => o.cost === undefined || !o.payout, { error: 'err.exitCostAndPayout', path: ['cost'] });

/** People recruited into a unit in a year. */
const recruit = z
  .object({
    type: z.literal('recruit'),
    year,
    unit: codeSchema,
    civilServants: countSchema,
    publicEmployees: countSchema,
  })
  .strict()
  .refine(someone, { error: 'err.exitNobody', path: ['civilServants'] });

const kindSchema = z.enum(UNIT_KINDS, { error: 'err.kind' });
const levelSchema = z.enum(LEVELS, { error: 'err.level' });
const sectorSchema = z.enum(SECTORS, { error: 'err.sector' });
/** Staff of a unit the plan creates: none (people join by recruitment, or with a dissolved unit's staff). */
const noStaff = countSchema.optional().refine((n) => !n, { error: 'err.createStaff' });

/** A unit the plan creates: its place, class and quotas; it starts with no one. */
export const CreatedUnitSchema = z
  .object({
    code: codeSchema,
    name: nameSchema,
    parentCode: codeSchema.nullable(),
    kind: kindSchema,
    level: levelSchema,
    sector: sectorSchema,
    civilServantQuota: countSchema.optional(),
    publicEmployeeQuota: countSchema.optional(),
    deputies: countSchema.optional(),
    /** The heads appointed with the new unit (none given: not entered). */
    heads: countSchema.nullable().optional(),
    civilServantActual: noStaff,
    publicEmployeeActual: noStaff,
    selfFundedEmployees: noStaff,
    contractWorkers: noStaff,
  })
  .strict();

/** The quota fields a cut may lower. */
export const QUOTA_FIELDS = ['civilServantQuota', 'publicEmployeeQuota'] as const;

/** Which units a quota cut reaches: all given conditions hold (none: every unit). */
export const CutScopeSchema = z
  .object({
    under: codeSchema.optional(),
    kind: z.array(kindSchema).min(1).optional(),
    sector: z.array(sectorSchema).min(1).optional(),
    level: z.array(levelSchema).min(1).optional(),
  })
  .strict();

/** A cut in percent: above 0, at most 100, in tenths at most (2,5%). */
const percentSchema = z
  .number({ error: 'err.cutPercent' })
  .gt(0, { error: 'err.cutPercent' })
  .max(100, { error: 'err.cutPercent' })
  .refine((p) => Math.abs(Math.round(p * 10) - p * 10) < 1e-9, { error: 'err.cutPercent' });

/** The province's identity from an operation's date (after a provincial merger: "thành phố Cần Thơ"). */
const setProvince = z
  .object({
    type: z.literal('setProvince'),
    year,
    date,
    name: z
      .string({ error: 'err.provinceName' })
      .trim()
      .min(1, { error: 'err.provinceName' })
      .max(120, { error: 'err.provinceName' })
      .refine((x) => !CONTROL_CHARS.test(x), { error: 'err.controlChars' }),
    class: z.enum(PROVINCE_CLASSES, { error: 'err.provinceClass' }).optional(),
    shortName: z
      .string()
      .trim()
      .min(1, { error: 'err.provinceName' })
      .max(40, { error: 'err.provinceName' })
      .refine((x) => !CONTROL_CHARS.test(x), { error: 'err.controlChars' })
      .optional(),
  })
  .strict();

export const OperationSchema = z.discriminatedUnion('type', [
  dated(
    z
      .object({
        type: z.literal('merge'),
        year,
        date,
        units: z.array(codeSchema).min(2),
        into: z.union([codeSchema, NewUnitSchema]),
      })
      .strict(),
  ),
  dated(z.object({ type: z.literal('split'), year, date, unit: codeSchema, into: z.array(share).min(2) }).strict()),
  dated(
    z.object({ type: z.literal('transfer'), year, date, unit: codeSchema, parentCode: codeSchema.nullable() }).strict(),
  ),
  dated(
    z.object({ type: z.literal('dissolve'), year, date, unit: codeSchema, staffTo: codeSchema.nullable() }).strict(),
  ),
  dated(z.object({ type: z.literal('convert'), year, date, unit: codeSchema }).strict()),
  dated(z.object({ type: z.literal('rename'), year, date, unit: codeSchema, name: nameSchema }).strict()),
  dated(
    z
      .object({
        type: z.literal('setQuota'),
        year,
        date,
        unit: codeSchema,
        civilServantQuota: countSchema.optional(),
        publicEmployeeQuota: countSchema.optional(),
      })
      .strict(),
  ),
  dated(z.object({ type: z.literal('setDeputies'), year, date, unit: codeSchema, deputies: countSchema }).strict()),
  /** New Decree 60 figures of a public service unit and/or the group decided for it ("1".."4", "3a"…; null: the computed group). */
  dated(
    z
      .object({
        type: z.literal('setAutonomy'),
        year,
        date,
        unit: codeSchema,
        revenue: amount.optional(),
        spending: amount.optional(),
        investmentFunding: amount.optional(),
        depreciation: amount.optional(),
        group: z.string().max(10).nullable().optional(),
      })
      .strict(),
  ),
  dated(annex),
  dated(staffExit),
  dated(recruit),
  dated(z.object({ type: z.literal('create'), year, date, unit: CreatedUnitSchema }).strict()),
  /** A unit changes level, kind or sector (at least one), checked against placement. */
  dated(
    z
      .object({
        type: z.literal('reclassify'),
        year,
        date,
        unit: codeSchema,
        level: levelSchema.optional(),
        kind: kindSchema.optional(),
        sector: sectorSchema.optional(),
      })
      .strict()
      .refine((o) => o.level !== undefined || o.kind !== undefined || o.sector !== undefined, {
        error: 'err.reclassifyNothing',
        path: ['unit'],
      }),
  ),
  /** Every unit in scope loses at least `percent` of each field: floor(quota × (100 − P) / 100). */
  dated(
    z
      .object({
        type: z.literal('cutQuotas'),
        year,
        date,
        scope: CutScopeSchema,
        percent: percentSchema,
        fields: z.array(z.enum(QUOTA_FIELDS, { error: 'err.cutFields' })).min(1, { error: 'err.cutFields' }),
      })
      .strict(),
  ),
  dated(setProvince),
  /** A unit's job positions from the date on (an empty list removes them): the officer's reduction of a merged list. */
  dated(
    z
      .object({
        type: z.literal('setPositions'),
        year,
        date,
        unit: codeSchema,
        positions: z.array(PlanPositionSchema).max(2000),
      })
      .strict(),
  ),
  /** Every UBND of a level dissolved in one step, each into the receiving unit named for it (by UBND code). */
  dated(
    z
      .object({
        type: z.literal('abolishLevel'),
        year,
        date,
        level: z.enum(['district', 'commune'], { error: 'err.level' }),
        receivers: z.record(z.string().max(40), codeSchema),
      })
      .strict()
      .refine((o) => Object.keys(o.receivers).length > 0, { error: 'err.abolishReceivers', path: ['receivers'] }),
  ),
]);
export type Operation = z.output<typeof OperationSchema>;
export type AnnexOperation = Extract<Operation, { type: 'annex' }>;
export type StaffExitOperation = Extract<Operation, { type: 'staffExit' }>;
export type RecruitOperation = Extract<Operation, { type: 'recruit' }>;
export type CutQuotasOperation = Extract<Operation, { type: 'cutQuotas' }>;
