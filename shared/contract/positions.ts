/**
 * positions.*: units' job positions (vị trí việc làm): listed with what they justify (beside the
 * quota), a unit's list replaced whole (version-checked), imported from and exported to the template.
 */
import { z } from 'zod';
import { codeSchema } from '../model/unit.ts';
import { PositionSchema } from '../positions/model.ts';
import { WORKFORCES } from '../positions/classes.ts';
import type { FromPositions } from '../positions/derive.ts';
import type { PositionSkipped } from '../import/positions.ts';
import { ScenarioFileSchema } from '../scenario/exchange.ts';
import { download, noArgs, upload } from './common.ts';
import { confidenceSchema } from './findings.ts';
import type { NormResult } from '../positions/norms.ts';

const count = z.number().int().min(0);
export const FromPositionsSchema: z.ZodType<FromPositions> = z.object({
  code: z.string(),
  workforce: z.enum(WORKFORCES),
  civilServants: count,
  publicEmployees: count,
  contract: count,
  presentQuota: count,
  presentContract: count,
  defaultedStaffing: count,
  leadership: z.object({
    headTitle: z.string().nullable(),
    heads: count,
    deputies: count.nullable(),
    otherLeaders: count,
  }),
  positions: count,
});

const normValue = z.number();
const NormResultSchema: z.ZodType<NormResult> = z.object({
  norm: z.enum(['preschool', 'primary', 'lower-secondary', 'upper-secondary', 'commune-health-station']),
  bound: z.enum(['max', 'min']),
  covers: z.enum(['teachers', 'whole-unit']),
  validFrom: z.string(),
  low: normValue,
  high: normValue,
  parts: z.array(
    z.object({
      label: z.string(),
      low: normValue,
      high: normValue,
      basis: z.literal(true).optional(),
      citation: z.string(),
      confidence: confidenceSchema,
    }),
  ),
  confidence: confidenceSchema,
  partial: z.boolean(),
});
/** A unit's norm figures (null: none), the normed headcount they give and the quota it stands beside. */
const UnitNormSchema = z.object({
  code: z.string(),
  /** Validated by NormInputsSchema on the way in; sent back as stored. */
  inputs: z.record(z.string(), z.unknown()).nullable(),
  norm: NormResultSchema.nullable(),
  quota: count,
});

/** One unit's positions, their version (sent back by an edit) and what they justify. */
const UnitPositionsSchema = z.object({
  code: z.string(),
  version: z.string(),
  positions: z.array(PositionSchema),
  fromPositions: FromPositionsSchema,
});
const skipped: z.ZodType<PositionSkipped> = z.object({
  row: z.number(),
  reason: z.enum(['heading', 'subtotal', 'column-numbers']),
  text: z.string(),
});

export const positionsChannels = {
  /** One unit's positions (its entry even when empty), or every unit that has positions, in the tree's order. */
  'positions.list': {
    args: z.object({ unit: codeSchema.optional() }).strict(),
    result: z.object({ units: z.array(UnitPositionsSchema) }),
  },
  /**
   * Replaces a unit's list (in order; empty clears it); refused if it changed since `version` was read.
   * A renamed position keeps its people: they hold the new name (`renamedPeople` of them).
   */
  'positions.replace': {
    args: z
      .object({
        code: codeSchema,
        positions: z.array(z.unknown()).max(2000),
        version: z.string().max(64).optional(),
        /** Positions renamed in the editor (the name stored → the name sent): the people holding one follow it. */
        renames: z
          .array(z.object({ from: z.string().min(1).max(300), to: z.string().min(1).max(300) }).strict())
          .max(2000)
          .optional(),
      })
      .strict(),
    result: UnitPositionsSchema.extend({ renamedPeople: z.number().int().nonnegative() }),
  },
  /**
   * Reads the template (or a đề án table) and stores it, all or nothing. Without `replace`, units
   * that already have positions are refused; with it, the file's units get the file's lists.
   */
  'positions.import': {
    args: z.object({ ...upload, replace: z.boolean().optional() }).strict(),
    result: z.object({
      imported: count,
      units: z.array(z.string()),
      skipped: z.array(skipped),
      backupFile: z.string(),
      /**
       * Units whose positions counted in the quota are held by more people (`present`) than the unit
       * has civil servants (agency) or public employees (PSU): imported, but the roadmap would take
       * leavers from positions nobody holds.
       */
      presentAbove: z.array(z.object({ code: z.string(), name: z.string(), present: count, actual: count })),
    }),
  },
  /**
   * One unit's positions in a plan, year by year (base year to horizon): the list as the plan
   * leaves it at each year end, what it justifies beside the unit's own assigned quota, and the
   * names of the lines a merge that year added together (for the officer to reduce). A year the
   * unit is not there has `exists: false`.
   */
  'positions.plan': {
    args: z.object({ scenario: ScenarioFileSchema, unit: codeSchema }).strict(),
    result: z.object({
      code: z.string(),
      years: z.array(
        z.object({
          year: z.number(),
          exists: z.boolean(),
          quota: count,
          positions: z.array(PositionSchema),
          fromPositions: FromPositionsSchema,
          added: z.array(z.string()),
        }),
      ),
    }),
  },
  /** A unit's sector-norm figures and the normed headcount beside its quota. */
  'positions.norm': { args: z.object({ unit: codeSchema }).strict(), result: UnitNormSchema },
  /** Sets a unit's sector-norm figures (validated by shared/positions/norm-inputs.ts), or clears them with null. */
  'positions.setNorm': {
    args: z.object({ code: codeSchema, inputs: z.record(z.string(), z.unknown()).nullable() }).strict(),
    result: UnitNormSchema,
  },
  'positions.export': { args: z.object({ format: z.enum(['xlsx', 'csv']) }).strict(), result: download },
  'positions.template': { args: noArgs, result: download },
} as const;
