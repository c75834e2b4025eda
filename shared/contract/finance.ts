/** finance.*: the figures of public service units by year, their autonomy groups (Decree 60/2021) and the summary over the years. */
import { z } from 'zod';
import { codeSchema } from '../model/unit.ts';
import { AMOUNT_UNITS, type AmountUnit, type FinanceRow } from '../autonomy/finance-row.ts';
import { GROUP_KEYS, type BandCheck, type GroupKey, type UpgradeCheck } from '../autonomy/summary.ts';
import type { Demotion } from '../autonomy/demotions.ts';
import { DECIMAL_MARKS } from '../import/numbers.ts';
import { ClassifiedFigureSchema } from '../autonomy/classified.ts';
import { download, noArgs, rowVersion, upload, yearArg } from './common.ts';

export interface FinanceSummary {
  years: Array<{
    year: number;
    units: number;
    counts: Record<GroupKey, number>;
    sectors: Array<{ sector: string; counts: Record<GroupKey, number> }>;
    /** Direct state-budget support (Σ B − A), formatted, and as a number for charts. */
    support: string;
    supportValue: number;
    share12: number;
    /** Public service units now (`units` of them have figures for the year); complete: all have. */
    psus: number;
    complete: boolean;
    /** Against the previous year with figures, on the `units` with figures in both years (shared/autonomy/trend.ts); null for the first. */
    change: { from: number; units: number; before: string; after: string; hundredths: number | null } | null;
  }>;
  /** Groups 1–2 out of all PSUs in the target year (null when that year has no figures). */
  target: {
    year: number;
    percent: number;
    citation: string;
    share: number | null;
    met: boolean | null;
    count: number;
    psus: number;
    withFigures: number;
  };
  /** The first 5-year stability period (Art. 35.1) from the first year with figures. */
  period: { from: number; to: number } | null;
  /** Art. 35.4, comparing the period's first year with the first year after it, when both have figures. */
  check:
    | (Omit<UpgradeCheck, 'bands'> & {
        bands: Array<
          Omit<BandCheck, 'supportFrom' | 'supportTo' | 'supportAllowed'> & {
            supportFrom: string;
            supportTo: string;
            supportAllowed: string;
          }
        >;
      })
    | null;
  /** Art. 35.5: units of groups 1–2 found in group 3 or 4 in a later year (after any change of figures or group). */
  demotions: Array<Demotion & { name: string }>;
  /** The unit of every amount above: the years' common unit, else đồng. */
  amountUnit: AmountUnit;
}

const amountUnit = z.enum(AMOUNT_UNITS);
const FinanceRowSchema: z.ZodType<FinanceRow> = z.object({
  version: z.string().optional(),
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  sector: z.string(),
  year: z.number(),
  revenue: z.string().nullable(),
  spending: z.string().nullable(),
  investmentFunding: z.string().nullable(),
  depreciation: z.string().nullable(),
  assignedGroup: z.string().nullable(),
  overrideGroup: z.string().nullable(),
  overrideReason: z.string().nullable(),
  note: z.string().nullable(),
  computed: z
    .object({
      group: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      band: z.enum(['a', 'b', 'c']).nullable(),
      rateHundredths: z.number(),
      reading: z.literal('zeroInvestment').optional(),
    })
    .nullable(),
  effective: z.string().nullable(),
  mismatch: z.boolean(),
});
const counts = z.record(z.enum(GROUP_KEYS), z.number());
const movedAt = z.object({ year: z.number(), group: z.string() });
const FinanceSummarySchema: z.ZodType<FinanceSummary> = z.object({
  years: z.array(
    z.object({
      year: z.number(),
      units: z.number(),
      counts,
      sectors: z.array(z.object({ sector: z.string(), counts })),
      support: z.string(),
      supportValue: z.number(),
      share12: z.number(),
      psus: z.number(),
      complete: z.boolean(),
      change: z
        .object({
          from: z.number(),
          units: z.number(),
          before: z.string(),
          after: z.string(),
          hundredths: z.number().nullable(),
        })
        .nullable(),
    }),
  ),
  target: z.object({
    year: z.number(),
    percent: z.number(),
    citation: z.string(),
    share: z.number().nullable(),
    met: z.boolean().nullable(),
    count: z.number(),
    psus: z.number(),
    withFigures: z.number(),
  }),
  period: z.object({ from: z.number(), to: z.number() }).nullable(),
  check: z
    .object({
      from: z.number(),
      to: z.number(),
      supportMet: z.boolean(),
      bands: z.array(
        z.object({
          band: z.enum(['3a', '3b', '3c']),
          units: z.number(),
          movedUp: z.number(),
          required: z.number(),
          met: z.boolean(),
          candidates: z.array(z.string()),
          supportFrom: z.string(),
          supportTo: z.string(),
          supportAllowed: z.string(),
          supportMet: z.boolean(),
        }),
      ),
    })
    .nullable(),
  demotions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      basis: z.enum(['effective', 'assigned']),
      from: movedAt,
      to: movedAt,
    }),
  ),
  amountUnit,
});

const figureYear = z
  .number({ error: 'err.figureYear' })
  .int({ error: 'err.figureYear' })
  .min(1990, { error: 'err.figureYear' })
  .max(2100, { error: 'err.figureYear' });

/** What finance.set takes for one PSU and year (finance.setMany: per row, the year and unit once). */
const figureFields = {
  code: codeSchema,
  year: figureYear,
  revenue: z.string().max(40),
  spending: z.string().max(40),
  investmentFunding: z.string().max(40).optional(),
  depreciation: z.string().max(40).optional(),
  assignedGroup: z.string().max(10).optional(),
  note: z.string().max(1000).optional(),
  /** The unit the amounts are typed in: must be the year's (a year never mixes two units). */
  amountUnit,
  /** The row's version as read (FinanceRow.version): refused if someone changed it since. */
  version: rowVersion,
};

export const financeChannels = {
  'finance.list': {
    args: z.object({ year: yearArg.optional() }).strict(),
    /** amountUnit: the unit the year's figures are entered and shown in (null until chosen or imported). */
    result: z.object({
      year: z.number(),
      years: z.array(z.number()),
      amountUnit: amountUnit.nullable(),
      rows: z.array(FinanceRowSchema),
    }),
  },
  'finance.set': {
    args: z.object(figureFields).strict(),
    result: FinanceRowSchema,
  },
  /** Several PSUs' figures of one year at once (a block pasted into the grid): one step, all or none. */
  'finance.setMany': {
    args: z
      .object({
        year: figureYear,
        amountUnit,
        rows: z
          .array(z.object(figureFields).omit({ year: true, amountUnit: true }).strict())
          .min(1)
          .max(100_000),
      })
      .strict(),
    result: z.object({ rows: z.array(FinanceRowSchema) }),
  },
  'finance.override': {
    args: z
      .object({
        code: codeSchema,
        year: yearArg,
        group: z.string().max(10).nullable(),
        reason: z.string().max(1000),
        version: rowVersion,
      })
      .strict(),
    result: FinanceRowSchema,
  },
  'finance.summary': { args: noArgs, result: FinanceSummarySchema },
  // The unit a year is entered and shown in; its stored figures keep their value (converted exactly).
  'finance.configure': {
    args: z.object({ year: yearArg, amountUnit }).strict(),
    result: z.object({ year: z.number(), amountUnit }),
  },
  // unit: for a file that declares none; decimal / decimals (by column header): for columns whose numbers read two ways.
  'finance.import': {
    args: z
      .object({
        ...upload,
        unit: amountUnit.optional(),
        decimal: z.enum(DECIMAL_MARKS).optional(),
        decimals: z.record(z.string().max(200), z.enum(DECIMAL_MARKS)).optional(),
      })
      .strict(),
    result: z.object({ imported: z.number(), years: z.array(z.number()) }),
  },
  'finance.template': { args: noArgs, result: download },
  /** A filled-in template classified without storing it: needs no workspace (`tinhgon autonomy INPUT.xlsx`). */
  'finance.classify': {
    args: z
      .object({ ...upload, unit: z.enum(AMOUNT_UNITS).optional(), decimal: z.enum(DECIMAL_MARKS).optional() })
      .strict(),
    result: z.object({ rows: z.array(ClassifiedFigureSchema) }),
  },
} as const;
