/**
 * Recorded figures of a year (số liệu gốc): what a target's base year had, when that year is
 * before the years the workspace models (e.g. 2021 for Conclusion 40 in a workspace of 2025).
 * One record per year, each figure optional: a target is judged only on figures that exist.
 */
import { z } from 'zod';
import { countSchema } from '../model/unit.ts';

/** The figures a year's record may hold, named by the metric they stand for. */
export const BASELINE_FIELDS = [
  'units',
  'psus',
  'civilServantQuota',
  'publicEmployeeQuota',
  'autonomyGroups12',
  'communeCivilServantQuota',
] as const;
export type BaselineField = (typeof BASELINE_FIELDS)[number];

export type YearBaseline = { year: number } & { [K in BaselineField]: number | null };

const figure = countSchema
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const BaselineSchema = z
  .object({
    year: z
      .number({ error: 'err.baselineYear' })
      .int({ error: 'err.baselineYear' })
      .min(1990, { error: 'err.baselineYear' })
      .max(2100, { error: 'err.baselineYear' }),
    units: figure,
    psus: figure,
    civilServantQuota: figure,
    publicEmployeeQuota: figure,
    autonomyGroups12: figure,
    communeCivilServantQuota: figure,
  })
  .strict()
  .refine((b) => BASELINE_FIELDS.some((f) => b[f] !== null), { error: 'err.baselineEmpty', path: ['units'] })
  .refine((b) => b.psus === null || b.units === null || b.psus <= b.units, {
    error: 'err.baselinePsusAboveUnits',
    path: ['psus'],
  })
  .refine((b) => b.autonomyGroups12 === null || b.psus === null || b.autonomyGroups12 <= b.psus, {
    error: 'err.baselineAutonomyAbovePsus',
    path: ['autonomyGroups12'],
  })
  .refine(
    (b) =>
      b.communeCivilServantQuota === null ||
      b.civilServantQuota === null ||
      b.communeCivilServantQuota <= b.civilServantQuota,
    {
      error: 'err.baselineCommuneAboveTotal',
      path: ['communeCivilServantQuota'],
    },
  );

/** The recorded figures of a year, by metric (a figure not recorded is absent). */
export function recordedFigures(
  baselines: readonly YearBaseline[],
): (year: number) => Partial<Record<BaselineField, number>> | undefined {
  const byYear = new Map(
    baselines.map((b) => [
      b.year,
      Object.fromEntries(BASELINE_FIELDS.flatMap((f) => (b[f] === null ? [] : [[f, b[f]]]))),
    ]),
  );
  return (year) => byYear.get(year);
}
