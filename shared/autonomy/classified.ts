/**
 * A unit's Decree 60/2021 classification as one line (the `tinhgon autonomy` output): the rate,
 * group and band computed, the group assigned as written, and A and B exactly as in the unit of
 * the figures (Vietnamese format).
 */
import { z } from 'zod';
import { amountIn, AMOUNT_UNITS } from './money-unit.ts';
import type { FigureRow } from './read-figures.ts';

export const ClassifiedFigureSchema = z.object({
  code: z.string(),
  year: z.number().int(),
  /** Percent, to the hundredth (exact: computed in hundredths). */
  rate: z.number(),
  group: z.number().int(),
  band: z.enum(['a', 'b', 'c']).nullable(),
  assignedGroup: z.string().nullable(),
  mismatch: z.boolean(),
  unit: z.enum(AMOUNT_UNITS),
  revenue: z.string().nullable(),
  spending: z.string().nullable(),
});
export type ClassifiedFigure = z.output<typeof ClassifiedFigureSchema>;

/** The line of a figure row read from a template. */
export function classifiedFigure(f: FigureRow): ClassifiedFigure {
  return {
    code: f.code,
    year: f.year,
    rate: f.computed.rateHundredths / 100,
    group: f.computed.group,
    band: f.computed.band,
    assignedGroup: f.assignedText,
    mismatch: f.mismatch,
    unit: f.unit,
    revenue: amountIn(f.revenue, f.unit),
    spending: amountIn(f.spending, f.unit),
  };
}
