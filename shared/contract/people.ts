/** people.*: the personnel list, base salary periods, retirements, and proposals for early retirement or resignation with their payouts. */
import { z } from 'zod';
import type { BaseSalaryView, PersonRow, RetirementsView } from '../people/view.ts';
import { ProposalInputSchema, type ProposalResult, type ProposalTotal } from '../people/proposals.ts';
import { DECIMAL_MARKS } from '../import/numbers.ts';
import { download, noArgs, upload, yearArg } from './common.ts';
import { confidenceSchema } from './findings.ts';

const baseSalary: z.ZodType<BaseSalaryView> = z.object({ amount: z.number(), from: z.string(), citation: z.string(), confidence: confidenceSchema.nullable(), id: z.number().nullable() });
const baseSalaries = z.object({ baseSalaries: z.array(baseSalary) });

export const peopleChannels = {
  /**
   * The list with salaries at the base salary in force in `month` (MM/yyyy; default: the current
   * month), said back as `month` with that `baseSalary`; and every base salary period (built in and added).
   */
  'people.list': {
    args: z.object({ month: z.string().max(20).optional() }).strict(),
    result: z.custom<{ people: PersonRow[]; month: string; baseSalary: BaseSalaryView | null; baseSalaries: BaseSalaryView[] }>(),
  },
  /** Adds a base salary period to the workspace; every bad field is named. */
  'people.addBaseSalary': {
    args: z.object({ amount: z.string().max(40), from: z.string().max(20), citation: z.string().max(1000) }).strict(),
    result: baseSalaries,
  },
  'people.removeBaseSalary': { args: z.object({ id: z.number().int().positive() }).strict(), result: baseSalaries },
  /** Every proposal with its payout worked out, and the payouts per unit and leaving year. */
  'people.proposals': {
    args: noArgs,
    result: z.custom<{ proposals: ProposalResult[]; totals: { rows: ProposalTotal[]; byYear: Array<{ year: number; people: number; paid: number; total: number }>; total: number } }>(),
  },
  /** Proposes a person for early retirement or resignation (replacing a former proposal); the payout as worked out. */
  'people.propose': { args: ProposalInputSchema, result: z.custom<ProposalResult>() },
  'people.withdraw': { args: z.object({ personId: z.number().int().positive() }).strict(), result: z.object({ personId: z.number() }) },
  'people.retirements': {
    args: z.object({ fromYear: yearArg.optional(), toYear: yearArg.optional() }).strict(),
    result: z.custom<RetirementsView>(),
  },
  /** Replaces the whole personnel list (after a backup); every bad row refuses the file. */
  'people.import': { args: z.object({ ...upload, decimal: z.enum(DECIMAL_MARKS).optional() }).strict(), result: z.object({ imported: z.number(), previous: z.number(), backupFile: z.string() }) },
  'people.template': { args: noArgs, result: download },
  /** Deletes every person and erases them from the file (backups keep them). */
  'people.remove': { args: noArgs, result: z.object({ removed: z.number() }) },
} as const;
